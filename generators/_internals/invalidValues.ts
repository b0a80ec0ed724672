import fc from 'fast-check';
import { isJsonObject, type JsonSchema } from '../../spec/index.js';
import {
  acceptedTypes,
  acceptsNull,
  declaredTypes,
  flattenAllOf,
  isClosedObject,
  leavesOf,
  propertiesOf,
  requiredOf,
  withoutNull,
  type JsonType,
} from '../../spec/index.js';
import { arbitraryFor, join, mapKey, type Flavour } from './schemaArbitrary.js';

/** A value of a JSON type outside `wanted`, as a client might send by mistake. */
const VALUES_OF_TYPE: Record<Exclude<JsonType, 'null' | 'integer'>, fc.Arbitrary<unknown>> = {
  string: fc.oneof(fc.constantFrom('true', '42', 'null', '[]', '{}', 'gpt-4o'), fc.string({ maxLength: 10 })),
  number: fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  ),
  boolean: fc.boolean(),
  array: fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -9, max: 99 })), { maxLength: 3 }),
  object: fc.dictionary(mapKey(), fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -9, max: 99 })), {
    maxKeys: 2,
    noNullPrototype: true,
  }),
};

/** The non-null JSON types `schema` rejects (empty when it accepts any type). */
export function wrongTypes(schema: JsonSchema): Array<Exclude<JsonType, 'null' | 'integer'>> {
  const accepted = acceptedTypes(schema);
  if (!accepted) return [];
  // Integers only: 'number' stays out of the list (its values include integers); fractions cover it.
  return (['string', 'number', 'boolean', 'array', 'object'] as const).filter(
    (t) => !accepted.has(t) && !(t === 'number' && accepted.has('integer')),
  );
}

/** Values of a JSON type `schema` rejects (null aside), or undefined when every type is accepted. */
export function wrongTypeValue(schema: JsonSchema): fc.Arbitrary<unknown> | undefined {
  const choices = wrongTypeVariants(schema).map((v) => v.values);
  return choices.length > 0 ? fc.oneof(...choices) : undefined;
}

/**
 * The values of each JSON type `schema` rejects (null aside), one entry per type: a fraction
 * counts as a type of its own for integer-only schemas. Empty when every type is accepted.
 */
export function wrongTypeVariants(
  schema: JsonSchema,
): Array<{ readonly type: string; readonly values: fc.Arbitrary<unknown> }> {
  const accepted = acceptedTypes(schema);
  const variants = wrongTypes(schema).map((type): { type: string; values: fc.Arbitrary<unknown> } => ({
    type,
    values: VALUES_OF_TYPE[type],
  }));
  // Integers only: a fraction is of the wrong type too.
  if (accepted?.has('integer') && !accepted.has('number'))
    variants.push({
      type: 'fraction',
      values: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
    });
  return variants;
}

/**
 * Values a schema's enum or const leaves out, given those it lists: how another edition of the API
 * spells them. Such a value is not invalid the way any other string is: a server in transition
 * may accept both editions' spellings, so the families checked without --strict never send it.
 */
export type OtherSpellings = (values: readonly unknown[]) => readonly string[];

/** Options of the breaking functions below. */
export interface BreakOptions {
  /** Strings never to send as an unknown enum or const value (default: none). */
  readonly otherSpellings?: OtherSpellings;
}

/**
 * Strings that are not in `values`: other spellings of the allowed ones (SCREAMING_SNAKE, lower
 * case, camelCase, a trailing space or digit) and random text, except `exclude`.
 */
export function unknownEnumValue(values: readonly unknown[], exclude: readonly string[] = []): fc.Arbitrary<unknown> {
  const strings = values.filter((v): v is string => typeof v === 'string');
  const camel = (v: string) => v.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  const variants = strings.flatMap((v) => [
    v.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase(),
    v.toLowerCase(),
    v.toUpperCase(),
    camel(v),
    `${v} `,
    `${v}2`,
  ]);
  const refused = (v: unknown) => !values.includes(v) && !(typeof v === 'string' && exclude.includes(v));
  const candidates = [...new Set(variants)].filter(refused);
  const random = fc.string({ minLength: 0, maxLength: 12 });
  return (
    candidates.length > 0
      ? fc.oneof({ arbitrary: fc.constantFrom(...candidates), weight: 3 }, { arbitrary: random, weight: 1 })
      : random
  ).filter(refused);
}

/**
 * Values that break `schema` at its own level: a wrong type, null where null is not allowed,
 * another enum or const value, and with `emptyStrings` a string shorter than minLength (a
 * project decision, rule non-empty-strings). Undefined when none applies.
 */
export function brokenScalar(
  schema: JsonSchema,
  options: BreakOptions & { emptyStrings?: boolean } = {},
): fc.Arbitrary<unknown> | undefined {
  const others = options.otherSpellings ?? (() => []);
  const choices: fc.Arbitrary<unknown>[] = [];
  const wrong = wrongTypeValue(schema);
  if (wrong) choices.push(wrong);
  if (!acceptsNull(schema)) choices.push(fc.constant(null));
  const inner = withoutNull(schema);
  for (const leaf of leavesOf(inner)) {
    if (Array.isArray(leaf.enum)) choices.push(unknownEnumValue(leaf.enum, others(leaf.enum)));
    if ('const' in leaf) choices.push(unknownEnumValue([leaf.const], others([leaf.const])));
    if (
      options.emptyStrings &&
      typeof leaf.minLength === 'number' &&
      leaf.minLength > 0 &&
      declaredTypes(leaf).includes('string')
    )
      choices.push(fc.constant(''));
  }
  return choices.length > 0 ? fc.oneof(...choices) : undefined;
}

/**
 * How a value is broken inside. `contract`: what the contract itself rejects (an item of the wrong
 * kind, a missing required property, a wrong type, null or enum value of a property or map
 * value). `unknown-key`: only an unknown property in an object that declares none besides its
 * own, which rejecting is a project decision (rule unknown-properties-rejected, strict).
 */
export type InsideBreak = 'contract' | 'unknown-key';

/**
 * A value of the right outer shape (an array, an object) that breaks `schema` inside, the way
 * `kind` says. Undefined for schemas with no inner structure to break that way. Breaking one
 * branch of a oneOf may, rarely, match another: callers check the result with the validator.
 */
export function malformedInside(
  schema: JsonSchema,
  path: string,
  flavour: Flavour,
  kind: InsideBreak = 'contract',
  options: BreakOptions = {},
): fc.Arbitrary<unknown> | undefined {
  const choices: fc.Arbitrary<unknown>[] = [];
  for (const leaf of leavesOf(withoutNull(schema))) {
    const types = declaredTypes(leaf);
    const items = leaf.items;
    if (types.includes('array') && isJsonObject(items)) {
      const bad = broken(items, join(path, '[]'), flavour, kind, options);
      if (bad) {
        const valid = fc.array(arbitraryFor(items, { path: join(path, '[]'), flavour }), { maxLength: 2 });
        choices.push(fc.tuple(valid, bad, valid).map(([before, item, after]) => [...before, item, ...after]));
      }
    }
    if (types.includes('object') || leaf.properties)
      choices.push(...malformedObject(leaf, path, flavour, kind, options));
  }
  return choices.length > 0 ? fc.oneof(...choices) : undefined;
}

function broken(
  schema: JsonSchema,
  path: string,
  flavour: Flavour,
  kind: InsideBreak,
  options: BreakOptions,
): fc.Arbitrary<unknown> | undefined {
  const scalar = kind === 'contract' ? brokenScalar(schema, options) : undefined;
  const choices = [scalar, malformedInside(schema, path, flavour, kind, options)].filter(
    (a): a is fc.Arbitrary<unknown> => a !== undefined,
  );
  return choices.length > 0 ? fc.oneof(...choices) : undefined;
}

function malformedObject(
  schema: JsonSchema,
  path: string,
  flavour: Flavour,
  kind: InsideBreak,
  options: BreakOptions,
): fc.Arbitrary<unknown>[] {
  schema = flattenAllOf(schema);
  const choices: fc.Arbitrary<unknown>[] = [];
  const properties = propertiesOf(schema);
  const names = Object.keys(properties);
  const valid = arbitraryFor(schema, { path, flavour }).map((value) => (isJsonObject(value) ? value : {}));
  // Closed by additionalProperties or, in request bodies, by `unevaluatedProperties: false` beside an allOf.
  if (kind === 'unknown-key' && isClosedObject(schema)) {
    const unknownKeys = unknownKeysFor(names);
    choices.push(
      fc
        .tuple(
          valid,
          fc.constantFrom(...unknownKeys),
          fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null)),
        )
        .map(([object, key, value]) => ({ ...object, [key]: value })),
    );
  }
  const required = requiredOf(schema).filter((name) => names.includes(name));
  if (kind === 'contract' && required.length > 0) {
    choices.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([object, key]) => {
        const { [key]: _missing, ...rest } = object;
        return rest;
      }),
    );
  }
  for (const [name, property] of Object.entries(properties)) {
    const bad = broken(property, join(path, name), flavour, kind, options);
    if (bad) choices.push(fc.tuple(valid, bad).map(([object, value]) => ({ ...object, [name]: value })));
  }
  const additional = schema.additionalProperties;
  if (names.length === 0 && typeof additional === 'object' && additional !== null) {
    const bad = broken(additional, join(path, '{}'), flavour, kind, options);
    if (bad) choices.push(fc.tuple(valid, mapKey(), bad).map(([object, key, value]) => ({ ...object, [key]: value })));
  }
  return choices;
}

/** Property names a client might send by mistake: other spellings of the known ones, and extras. */
export function unknownKeysFor(known: readonly string[]): string[] {
  const camel = known.map((k) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()));
  const candidates = [...camel, ...known.map((k) => k.toUpperCase()), 'description', 'extra', 'x-debug'];
  return [...new Set(candidates)].filter((k) => !known.includes(k));
}
