import type { JsonSchema } from './compileValidators.js';

const flattened = new WeakMap<JsonSchema, JsonSchema>();

/**
 * `schema` with its `allOf` merged in, for readers that walk schemas (generators, tolerance) rather
 * than validate with them: the members' properties and `required` are united, `type` lists
 * intersected, and a closing keyword (`additionalProperties: false`, `unevaluatedProperties:
 * false`) wins. A member with alternatives (`oneOf`/`anyOf`) is distributed: every alternative
 * receives the rest of the schema, so `{ allOf: [{ oneOf: [A, B] }], unevaluatedProperties: false }`
 * reads as `{ oneOf: [A + closed, B + closed] }`; the properties a leaf declares are then exactly
 * the ones `unevaluatedProperties` sees as evaluated when that branch matches. A dereferenced
 * document has no `$ref` left; a schema without `allOf` is returned as is.
 */
export function flattenAllOf(schema: JsonSchema): JsonSchema {
  if (!Array.isArray(schema.allOf)) return schema;
  let result = flattened.get(schema);
  if (!result) {
    const { allOf, ...base } = schema;
    result = allOf.reduce<JsonSchema>((merged, member) => intersect(merged, flattenAllOf(member)), base);
    flattened.set(schema, result);
  }
  return result;
}

/** Whether a schema forbids properties it does not declare (either closing keyword). */
export function isClosedObject(schema: JsonSchema): boolean {
  return schema.additionalProperties === false || schema.unevaluatedProperties === false;
}

const ALTERNATIVES = ['oneOf', 'anyOf'] as const;
/** Keywords about the alternatives as a whole, kept at the top only. */
const TOP_ONLY = new Set(['oneOf', 'anyOf', 'discriminator', 'description', 'title', 'examples', 'example']);

function alternativesKey(schema: JsonSchema): 'oneOf' | 'anyOf' | undefined {
  return ALTERNATIVES.find((key) => Array.isArray(schema[key]));
}

function intersect(a: JsonSchema, b: JsonSchema): JsonSchema {
  const keyA = alternativesKey(a);
  const keyB = alternativesKey(b);
  // Distribute over the alternatives of one side (both sides: the cross product, one level at a time).
  const side = keyB
    ? { withAlternatives: b, other: a, key: keyB }
    : keyA
      ? { withAlternatives: a, other: b, key: keyA }
      : undefined;
  if (!side) return mergePlain(a, b);
  const { withAlternatives, other, key } = side;
  const shared = mergePlain(withoutTopOnly(withAlternatives), withoutTopOnly(other));
  const branches = (withAlternatives[key] ?? []).map((branch) => intersect(shared, flattenAllOf(branch)));
  return { ...mergePlain(withoutAlternatives(other), withoutAlternatives(withAlternatives)), [key]: branches };
}

function withoutTopOnly(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !TOP_ONLY.has(key)));
}

function withoutAlternatives(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'oneOf' && key !== 'anyOf'));
}

function mergePlain(a: JsonSchema, b: JsonSchema): JsonSchema {
  // b's keywords are added, and win where both have one, except those merged below.
  const out: JsonSchema = { ...a, ...b };
  if ('description' in a) out.description = a.description;
  if ('title' in a) out.title = a.title;
  if (a.properties && b.properties) {
    const merged: Record<string, JsonSchema> = { ...a.properties };
    for (const [name, schema] of Object.entries(b.properties))
      merged[name] = merged[name] ? { allOf: [merged[name], schema] } : schema;
    out.properties = merged;
  }
  if (a.required && b.required) out.required = [...new Set([...a.required, ...b.required])];
  if (a.type !== undefined && b.type !== undefined) {
    const left = Array.isArray(a.type) ? a.type : [a.type];
    const right = new Set(Array.isArray(b.type) ? b.type : [b.type]);
    const both = left.filter((t) => right.has(t));
    out.type = both.length === 1 ? both[0] : both;
  }
  for (const key of CLOSING) if (key in a && key in b && b[key] !== false) out[key] = a[key];
  return out;
}

/** The keywords that close an object: false on either side closes the merge. */
const CLOSING = ['additionalProperties', 'unevaluatedProperties'] as const;
