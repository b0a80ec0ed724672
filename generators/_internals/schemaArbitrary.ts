import fc from 'fast-check';
import { isJsonObject, type JsonSchema } from '../../spec/index.js';
import {
  alternativesOf,
  declaredTypes,
  flattenAllOf,
  propertiesOf,
  requiredOf,
  type JsonType,
} from '../../spec/index.js';

/**
 * A source of realistic values for one place of a body: given the path of the value (property
 * names joined by `/`, `[]` for array items, `{}` for map values) and the JSON type wanted, it
 * returns an arbitrary, or undefined to let the generic walker decide. A flavour must produce
 * values the schema accepts; the walker still enforces string lengths on them.
 */
export type Flavour = (path: string, type: JsonType, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;

export interface WalkOptions {
  /** Where the schema sits in the body ('' for the body itself). */
  readonly path?: string;
  readonly flavour?: Flavour;
  /** Weight of `null` against each other alternative of a nullable schema (default 1 to 3). */
  readonly nullWeight?: number;
}

const MAX_ITEMS = 4;

/**
 * An arbitrary of values valid against `schema` (a dereferenced JSON Schema 2020-12 subset:
 * const, enum, type lists, oneOf/anyOf, string lengths, pattern, common formats, numeric bounds,
 * array items and lengths, object properties, required, additionalProperties, minProperties,
 * allOf (merged: properties united, alternatives distributed) and unevaluatedProperties). Objects
 * get declared properties only, so closed objects (`additionalProperties: false` or
 * `unevaluatedProperties: false`) never get an extra key.
 */
export function arbitraryFor(schema: JsonSchema, options: WalkOptions = {}): fc.Arbitrary<unknown> {
  schema = flattenAllOf(schema);
  const path = options.path ?? '';
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const alternatives = alternativesOf(schema);
  if (alternatives)
    return weighted(
      alternatives.map((branch) => ({ isNull: isNullSchema(branch), arbitrary: arbitraryFor(branch, options) })),
      options,
    );
  const types = declaredTypes(schema);
  const wanted: JsonType[] = types.length > 0 ? types : guessTypes(schema);
  const [only, ...others] = wanted;
  if (only !== undefined && others.length === 0) return arbitraryForType(only, schema, path, options);
  return weighted(
    wanted.map((type) => ({ isNull: type === 'null', arbitrary: arbitraryForType(type, schema, path, options) })),
    options,
  );
}

function weighted(
  choices: Array<{ isNull: boolean; arbitrary: fc.Arbitrary<unknown> }>,
  options: WalkOptions,
): fc.Arbitrary<unknown> {
  const nullWeight = options.nullWeight ?? 1;
  // Non-null alternatives first: fast-check shrinks towards the first alternative.
  const ordered = [...choices.filter((c) => !c.isNull), ...choices.filter((c) => c.isNull)];
  return fc.oneof(...ordered.map((c) => ({ arbitrary: c.arbitrary, weight: c.isNull ? nullWeight : 3 })));
}

function isNullSchema(schema: JsonSchema): boolean {
  const types = declaredTypes(schema);
  return types.length === 1 && types[0] === 'null';
}

function guessTypes(schema: JsonSchema): JsonType[] {
  if (schema.properties || schema.additionalProperties) return ['object'];
  if (schema.items) return ['array'];
  if (typeof schema.minLength === 'number' || typeof schema.pattern === 'string') return ['string'];
  return ['string', 'number', 'boolean', 'null'];
}

function arbitraryForType(
  type: JsonType,
  schema: JsonSchema,
  path: string,
  options: WalkOptions,
): fc.Arbitrary<unknown> {
  const flavoured = options.flavour?.(path, type, schema);
  if (flavoured)
    return type === 'string'
      ? withinLength(
          flavoured.filter((value) => typeof value === 'string'),
          schema,
        )
      : flavoured;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: bound(schema, 'minimum', -1000), max: bound(schema, 'maximum', 1000) });
    case 'number':
      return fc
        .double({
          min: bound(schema, 'minimum', -1000),
          max: bound(schema, 'maximum', 1000),
          noNaN: true,
          noDefaultInfinity: true,
        })
        .map((n) => (Object.is(n, -0) ? 0 : n));
    case 'string':
      return stringFor(schema);
    case 'array':
      return arrayFor(schema, path, options);
    case 'object':
      return objectFor(schema, path, options);
  }
}

function bound(schema: JsonSchema, key: 'minimum' | 'maximum', fallback: number): number {
  const value = schema[key];
  return typeof value === 'number' ? value : fallback;
}

function withinLength(arbitrary: fc.Arbitrary<string>, schema: JsonSchema): fc.Arbitrary<string> {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  if (min === 0 && max === Infinity) return arbitrary;
  return arbitrary.filter((s) => [...s].length >= min && [...s].length <= max);
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Math.max(minLength, 24);
  if (typeof schema.pattern === 'string')
    return withinLength(fc.stringMatching(new RegExp(schema.pattern, 'u')), schema);
  switch (schema.format) {
    case 'date-time':
      return withinLength(
        fc
          .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        schema,
      );
    case 'uri':
    case 'url':
      return withinLength(fc.webUrl(), schema);
    case 'email':
      return withinLength(fc.emailAddress(), schema);
    case 'uuid':
      return withinLength(fc.uuid(), schema);
  }
  // Graphemes count at least as many code points as there are graphemes; ascii when a maximum holds.
  const unit = typeof schema.maxLength === 'number' ? 'grapheme-ascii' : 'grapheme';
  return fc.string({ unit, minLength, maxLength });
}

function arrayFor(schema: JsonSchema, path: string, options: WalkOptions): fc.Arbitrary<unknown[]> {
  const items = isJsonObject(schema.items) ? schema.items : {};
  const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const maxLength = typeof schema.maxItems === 'number' ? schema.maxItems : Math.max(minLength, MAX_ITEMS);
  const item = arbitraryFor(items, { ...options, path: join(path, '[]') });
  return schema.uniqueItems === true
    ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
    : fc.array(item, { minLength, maxLength });
}

function objectFor(schema: JsonSchema, path: string, options: WalkOptions): fc.Arbitrary<Record<string, unknown>> {
  const properties = propertiesOf(schema);
  const names = Object.keys(properties);
  const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  const additional = schema.additionalProperties;
  let arbitrary: fc.Arbitrary<Record<string, unknown>>;
  if (names.length === 0 && typeof additional === 'object' && additional !== null) {
    const maxKeys =
      typeof schema.maxProperties === 'number' ? schema.maxProperties : Math.max(minProperties, MAX_ITEMS);
    arbitrary = fc.dictionary(mapKey(), arbitraryFor(additional, { ...options, path: join(path, '{}') }), {
      minKeys: minProperties,
      maxKeys,
      noNullPrototype: true,
    });
  } else {
    const model = Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [
        name,
        arbitraryFor(property, { ...options, path: join(path, name) }),
      ]),
    );
    const required = requiredOf(schema).filter((name) => names.includes(name));
    arbitrary = fc.record(model, { requiredKeys: required, noNullPrototype: true });
  }
  return minProperties > 0 ? arbitrary.filter((o) => Object.keys(o).length >= minProperties) : arbitrary;
}

/** Keys of free-form maps: printable, and never a key JavaScript objects treat specially. */
export function mapKey(): fc.Arbitrary<string> {
  return fc.string({ minLength: 1, maxLength: 16 }).filter((k) => k !== '__proto__' && k !== 'constructor');
}

export function join(path: string, segment: string): string {
  return path === '' ? segment : `${path}/${segment}`;
}
