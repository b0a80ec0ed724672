import type { JsonSchema } from './compileValidators.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { flattenAllOf, isClosedObject } from './flattenAllOf.js';

/**
 * Small readers of dereferenced schemas, shared by every folder that walks the spec's schemas
 * rather than validating with them.
 */

/**
 * Whether a validator would accept null at the schema's top level: `const`, `enum`, `type` and
 * the alternatives of oneOf/anyOf are followed; a schema that constrains none of them accepts null.
 */
export function acceptsNull(schema: JsonSchema): boolean {
  schema = flattenAllOf(schema);
  if ('const' in schema && schema.const !== null) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) return false;
  if (Array.isArray(schema.type) && !schema.type.includes('null')) return false;
  if (typeof schema.type === 'string' && schema.type !== 'null') return false;
  const alternatives = schema.oneOf ?? schema.anyOf;
  return !Array.isArray(alternatives) || alternatives.some(acceptsNull);
}

/** The alternatives of a schema (`oneOf`/`anyOf`, its `allOf` merged in), or undefined when it has none. */
export function alternativesOf(schema: JsonSchema): JsonSchema[] | undefined {
  schema = flattenAllOf(schema);
  const alternatives = schema.oneOf ?? schema.anyOf;
  return Array.isArray(alternatives) ? alternatives : undefined;
}

/** The leaf schemas of nested `oneOf`/`anyOf` alternatives (a schema without alternatives is its own leaf). */
export function leavesOf(schema: JsonSchema): JsonSchema[] {
  schema = flattenAllOf(schema);
  const alternatives = alternativesOf(schema);
  return alternatives ? alternatives.flatMap(leavesOf) : [schema];
}

/** The declared properties of a schema, its `allOf` merged in. */
export function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  schema = flattenAllOf(schema);
  return schema.properties ?? {};
}

/** The JSON types a value can have, as JSON Schema names them ('integer' is a kind of 'number'). */
export type JsonType = 'null' | 'boolean' | 'number' | 'integer' | 'string' | 'array' | 'object';
export const JSON_TYPES: readonly JsonType[] = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'];

export function typeOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  return typeof value === 'string' ? 'string' : 'object';
}

/**
 * Every reader below sees a schema with its `allOf` merged in (spec/flattenAllOf): the request
 * bodies close nested objects with `{ allOf: [X], unevaluatedProperties: false }`.
 */

/** The `type` keyword as a list (empty when absent). */
export function declaredTypes(schema: JsonSchema): JsonType[] {
  schema = flattenAllOf(schema);
  const type = schema.type;
  if (Array.isArray(type)) return type;
  return typeof type === 'string' ? [type] : [];
}

/**
 * The JSON types a schema accepts at its top level, or undefined when it accepts any type.
 * Follows `const`, `enum`, `type` and the alternatives of `oneOf`/`anyOf`.
 */
export function acceptedTypes(schema: JsonSchema): Set<JsonType> | undefined {
  schema = flattenAllOf(schema);
  let accepted: Set<JsonType> | undefined;
  const narrow = (types: Iterable<JsonType>) => {
    const next = new Set(types);
    if (next.has('number')) next.add('integer');
    accepted = accepted ? new Set([...accepted].filter((t) => next.has(t))) : next;
  };
  if ('const' in schema) narrow([typeOfValue(schema.const)]);
  if (Array.isArray(schema.enum)) narrow(schema.enum.map(typeOfValue));
  const declared = declaredTypes(schema);
  if (declared.length > 0) narrow(declared);
  const alternatives = alternativesOf(schema);
  if (alternatives) {
    const union = new Set<JsonType>();
    for (const branch of alternatives) {
      const types = acceptedTypes(branch);
      if (!types) return accepted;
      for (const t of types) union.add(t);
    }
    narrow(union);
  }
  return accepted;
}

/** The schema with null taken out: the branch or type list a non-null value must match. */
export function withoutNull(schema: JsonSchema): JsonSchema {
  schema = flattenAllOf(schema);
  const alternatives = alternativesOf(schema);
  if (alternatives) {
    const rest = alternatives.filter((b) => !(declaredTypes(b).length === 1 && declaredTypes(b)[0] === 'null'));
    const [only, ...others] = rest;
    if (
      only &&
      others.length === 0 &&
      Object.keys(schema).every((k) => k === 'oneOf' || k === 'anyOf' || k === 'description')
    )
      return only;
    return { ...schema, [schema.oneOf ? 'oneOf' : 'anyOf']: rest };
  }
  const declared = declaredTypes(schema);
  if (declared.includes('null')) {
    const rest = declared.filter((t) => t !== 'null');
    return { ...schema, type: rest.length === 1 ? rest[0] : rest };
  }
  return schema;
}

/** The enum values of a schema, directly or in one of its alternatives. */
export function enumOf(schema: JsonSchema): unknown[] | undefined {
  schema = flattenAllOf(schema);
  if (Array.isArray(schema.enum)) return schema.enum;
  const found = leavesOf(schema).flatMap((leaf) => (leaf === schema ? [] : (enumOf(leaf) ?? [])));
  return found.length > 0 ? found : undefined;
}

export function requiredOf(schema: JsonSchema): string[] {
  schema = flattenAllOf(schema);
  return Array.isArray(schema.required) ? schema.required : [];
}

/** The string examples a schema gives (`examples`, then `example`), in order. */
export function stringExamplesOf(schema: JsonSchema): string[] {
  schema = flattenAllOf(schema);
  const given: unknown[] = [
    ...(Array.isArray(schema.examples) ? schema.examples : []),
    ...('example' in schema ? [schema.example] : []),
  ];
  return given.filter((example): example is string => typeof example === 'string');
}

/**
 * `value` with every object property its schema does not declare taken out (at any depth), where
 * the schema closes the object (`additionalProperties: false`, or `unevaluatedProperties: false`
 * beside an allOf, read merged). A oneOf branch is chosen by its `const` properties
 * (provider_metadata's `kind`).
 */
export function withoutUnknownProperties(schema: JsonSchema | undefined, value: unknown): unknown {
  if (!schema) return value;
  const leaves = leavesOf(schema);
  if (Array.isArray(value)) {
    const items = leaves.map((l) => l.items).find((i): i is JsonSchema => isJsonObject(i));
    return items ? value.map((v) => withoutUnknownProperties(items, v)) : value;
  }
  if (!isJsonObject(value)) return value;
  const objects = leaves.filter(
    (l) => isJsonObject(l.properties) || l.additionalProperties !== undefined || l.unevaluatedProperties !== undefined,
  );
  const matching = objects.filter((l) =>
    Object.entries(propertiesOf(l)).every(([k, s]) => !('const' in s) || value[k] === s.const),
  );
  const chosen = matching.length > 0 ? matching : objects;
  if (chosen.length === 0) return value;
  const closed = chosen.every(isClosedObject);
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    const declared = chosen.map((l) => propertiesOf(l)[key]).find((s) => s !== undefined);
    if (declared) out[key] = withoutUnknownProperties(declared, inner);
    else if (!closed) {
      const additional = chosen.map((l) => l.additionalProperties).find((a): a is JsonSchema => isJsonObject(a));
      out[key] = withoutUnknownProperties(additional, inner);
    }
  }
  return out;
}
