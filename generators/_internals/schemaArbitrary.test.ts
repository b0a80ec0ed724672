import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidatorFactory, type JsonSchema } from '../../spec/schema/compileValidators.js';
import { acceptedTypes, acceptsNull, isClosedObject, leavesOf, propertiesOf } from '../../spec/index.js';
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
    properties: {
      kind: { const: 'x' },
      list: {
        type: 'array',
        items: { type: 'object', additionalProperties: false, properties: { n: { type: 'boolean' } } },
      },
    },
  },
  // The request bodies' way to close an open component: allOf + unevaluatedProperties, over a discriminated oneOf.
  closedByAllOf: {
    type: 'object',
    allOf: [
      {
        type: 'object',
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'a'],
            properties: { kind: { type: 'string', const: 'a' }, a: { type: 'string', minLength: 1 } },
          },
          {
            type: 'object',
            required: ['kind'],
            properties: { kind: { type: 'string', const: 'b' }, b: { type: ['integer', 'null'] } },
          },
        ],
        discriminator: { propertyName: 'kind' },
      },
    ],
    unevaluatedProperties: false,
  },
  closedScoping: {
    type: 'object',
    allOf: [{ type: 'object', properties: { org: { type: ['string', 'null'], minLength: 1 } } }],
    unevaluatedProperties: false,
  },
};

describe('arbitraryFor', () => {
  it.each(Object.entries(schemas))('produces values valid against %s', (_name, schema) => {
    const validate = factory.compile(schema, '');
    for (const value of fc.sample(arbitraryFor(schema), { seed: 1, numRuns: 200 })) expect(validate(value)).toEqual([]);
  });

  it.each(Object.entries(schemas))('breaks %s with wrong types, broken scalars and broken insides', (_name, schema) => {
    const validate = factory.compile(schema, '');
    const breakers = [
      wrongTypeValue(schema),
      brokenScalar(schema),
      malformedInside(schema, '', () => undefined),
    ].filter((a) => a !== undefined);
    expect(breakers.length).toBeGreaterThan(0);
    for (const breaker of breakers)
      for (const value of fc.sample(breaker, { seed: 1, numRuns: 100 }))
        expect(validate(value), JSON.stringify(value)).not.toEqual([]);
  });

  it('reads allOf merged: properties of every member, closed by unevaluatedProperties, alternatives distributed', () => {
    expect(acceptedTypes(schemas.closedByAllOf!)).toEqual(new Set(['object']));
    const leaves = leavesOf(schemas.closedByAllOf!);
    expect(leaves.map((leaf) => Object.keys(propertiesOf(leaf)))).toEqual([
      ['kind', 'a'],
      ['kind', 'b'],
    ]);
    expect(leaves.every(isClosedObject)).toBe(true);
    expect(propertiesOf(schemas.closedScoping!)).toHaveProperty('org');
  });

  it.each(['closedByAllOf', 'closedScoping'])(
    'adds no key to %s and breaks it with an unknown key (unevaluatedProperties: false)',
    (name) => {
      const schema = schemas[name]!;
      const validate = factory.compile(schema, '');
      const declared = new Set(leavesOf(schema).flatMap((leaf) => Object.keys(propertiesOf(leaf))));
      for (const value of fc.sample(arbitraryFor(schema), { seed: 2, numRuns: 100 }))
        expect(Object.keys(value as object).every((k) => declared.has(k))).toBe(true);
      const unknownKey = malformedInside(schema, '', () => undefined, 'unknown-key');
      expect(unknownKey).toBeDefined();
      for (const value of fc.sample(unknownKey!, { seed: 2, numRuns: 100 })) {
        const issues = validate(value);
        expect(issues.length, JSON.stringify(value)).toBeGreaterThan(0);
        expect(
          issues.every((i) => i.message === 'is not a known property' && !declared.has(i.pointer.split('/').pop()!)),
          JSON.stringify(issues),
        ).toBe(true);
      }
    },
  );

  it('reads the accepted types of type lists and null alternatives', () => {
    expect(acceptedTypes({ type: ['string', 'null'] })).toEqual(new Set(['string', 'null']));
    expect(acceptsNull({ oneOf: [{ type: 'object' }, { type: 'null' }] })).toBe(true);
    expect(acceptsNull({ enum: ['a', 'b'] })).toBe(false);
    expect(acceptedTypes({ description: 'anything' })).toBeUndefined();
  });
});
