import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidatorFactory, type JsonSchema } from '../../spec/compileValidators.js';
import { acceptedTypes, acceptsNull } from './jsonSchema.js';
import { arbitraryFor } from './schemaArbitrary.js';
import { brokenScalar, malformedInside, wrongTypeValue } from './invalidValues.js';

const factory = new ValidatorFactory();

const schemas: Record<string, JsonSchema> = {
  integer: { type: 'integer', minimum: 3, maximum: 9 },
  number: { type: ['number', 'null'], minimum: 0, maximum: 1 },
  pattern: { type: 'string', pattern: '^[a-f0-9]{4}$' },
  dateTime: { type: 'string', format: 'date-time' },
  bounded: { type: 'string', minLength: 2, maxLength: 5 },
  unique: { type: 'array', items: { enum: ['a', 'b', 'c'] }, uniqueItems: true, minItems: 1 },
  map: { type: 'object', additionalProperties: { type: 'integer' }, minProperties: 1 },
  nested: {
    type: 'object',
    additionalProperties: false,
    required: ['kind'],
    properties: { kind: { const: 'x' }, list: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { n: { type: 'boolean' } } } } },
  },
};

describe('arbitraryFor', () => {
  it.each(Object.entries(schemas))('produces values valid against %s', (_name, schema) => {
    const validate = factory.compile(schema, '');
    for (const value of fc.sample(arbitraryFor(schema), { seed: 1, numRuns: 200 })) expect(validate(value)).toEqual([]);
  });

  it.each(Object.entries(schemas))('breaks %s with wrong types, broken scalars and broken insides', (_name, schema) => {
    const validate = factory.compile(schema, '');
    const breakers = [wrongTypeValue(schema), brokenScalar(schema), malformedInside(schema, '', () => undefined)].filter((a) => a !== undefined);
    expect(breakers.length).toBeGreaterThan(0);
    for (const breaker of breakers) for (const value of fc.sample(breaker, { seed: 1, numRuns: 100 })) expect(validate(value), JSON.stringify(value)).not.toEqual([]);
  });

  it('reads the accepted types of type lists and null alternatives', () => {
    expect(acceptedTypes({ type: ['string', 'null'] })).toEqual(new Set(['string', 'null']));
    expect(acceptsNull({ oneOf: [{ type: 'object' }, { type: 'null' }] })).toBe(true);
    expect(acceptsNull({ enum: ['a', 'b'] })).toBe(false);
    expect(acceptedTypes({ description: 'anything' })).toBeUndefined();
  });
});
