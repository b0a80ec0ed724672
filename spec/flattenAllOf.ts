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
    result = (allOf as JsonSchema[]).reduce<JsonSchema>(
      (merged, member) => intersect(merged, flattenAllOf(member)),
      base,
    );
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
  if (!keyA && !keyB) return mergePlain(a, b);
  // Distribute over the alternatives of one side (both sides: the cross product, one level at a time).
  const [withAlternatives, other, key] = keyB ? [b, a, keyB] : [a, b, keyA!];
  const shared = mergePlain(withoutTopOnly(withAlternatives), withoutTopOnly(other));
  const branches = (withAlternatives[key] as JsonSchema[]).map((branch) => intersect(shared, flattenAllOf(branch)));
  return { ...mergePlain(withoutAlternatives(other), withoutAlternatives(withAlternatives)), [key]: branches };
}

function withoutTopOnly(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !TOP_ONLY.has(key)));
}

function withoutAlternatives(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'oneOf' && key !== 'anyOf'));
}

function mergePlain(a: JsonSchema, b: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (!(key in out)) {
      out[key] = value;
      continue;
    }
    const current = out[key];
    switch (key) {
      case 'properties': {
        const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
        for (const [name, schema] of Object.entries(value as Record<string, unknown>)) {
          merged[name] = name in merged ? { allOf: [merged[name], schema] } : schema;
        }
        out.properties = merged;
        break;
      }
      case 'required':
        out.required = [...new Set([...(current as string[]), ...(value as string[])])];
        break;
      case 'type': {
        const left = Array.isArray(current) ? current : [current];
        const right = new Set(Array.isArray(value) ? value : [value]);
        const both = left.filter((t) => right.has(t));
        out.type = both.length === 1 ? both[0] : both;
        break;
      }
      case 'additionalProperties':
      case 'unevaluatedProperties':
        if (value === false) out[key] = false;
        break;
      case 'description':
      case 'title':
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}
