import type { JsonSchema } from './compileValidators.js';
import { flattenAllOf } from './flattenAllOf.js';

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
