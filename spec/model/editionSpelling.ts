import { isJsonObject } from '../json.js';
import type { JsonSchema } from '../schema/compileValidators.js';
import { EDITIONS, SPELLED_FIELDS, type Edition, type SpelledField } from '../editions/editions.js';
import type { Contract } from '../contract/Contract.js';
import { leavesOf, propertiesOf } from '../schema/schemaReaders.js';

/**
 * Where the editions' spellings stand in a request body, and the body respelled: one reader for
 * the mock (which refuses or respells another edition's values), the generators and the kit.
 */

/** Where a spelled value stands in a body: the keys leading to it, and the member it is a value of. */
export interface SpelledPlace {
  readonly path: readonly string[];
  readonly field: SpelledField;
  readonly value: string;
}

/**
 * The spelled values of `value` (provider, auth_type, provider_metadata's kind), found through
 * `schema`: members named like a spelled field that the schema declares, at any depth of declared
 * properties and list items (never inside free-form maps such as headers).
 */
export function spelledPlaces(schema: JsonSchema, value: unknown, path: readonly string[] = []): SpelledPlace[] {
  const leaves = leavesOf(schema);
  if (Array.isArray(value)) {
    const items = leaves.map((l) => l.items).find((i) => i !== undefined);
    return items ? value.flatMap((item, index) => spelledPlaces(items, item, [...path, String(index)])) : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const places: SpelledPlace[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const declared = leaves.map((l) => propertiesOf(l)[key]).find((s) => s !== undefined);
    if (!declared) continue;
    const field = SPELLED_FIELDS.find((f) => f === key);
    if (field && typeof inner === 'string') places.push({ path: [...path, key], field, value: inner });
    else places.push(...spelledPlaces(declared, inner, [...path, key]));
  }
  return places;
}

/** A copy of `value` with the spelled values at `places` spelled as `edition` does (values no edition knows are left as they are). */
export function respellAt(
  contract: Contract,
  value: unknown,
  places: readonly SpelledPlace[],
  edition: Edition,
): unknown {
  if (places.length === 0) return value;
  const copy = structuredClone(value);
  for (const place of places) {
    const holder = place.path
      .slice(0, -1)
      .reduce<unknown>(
        (node, key) => (isJsonObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined),
        copy,
      );
    const last = place.path.at(-1);
    // The last step is a spelled member's name, so its holder is an object.
    if (!isJsonObject(holder) || last === undefined) continue;
    holder[last] = contract.editions.respell(place.field, place.value, edition) ?? place.value;
  }
  return copy;
}

/**
 * `body` (a request body of `operation`) with every spelled value any edition knows spelled as the
 * contract's edition spells it: what a server of that edition which also accepts the other
 * spellings (in transition) takes the body to say.
 */
export function inContractEdition(contract: Contract, operation: 'create' | 'update', body: unknown): unknown {
  const schema = contract.operation(operation).requestBody?.schema;
  return schema ? respellAt(contract, body, spelledPlaces(schema, body), contract.edition) : body;
}

/**
 * How editions other than the contract's spell `values` (values as the contract's edition spells
 * them, e.g. `openAI` → `OPEN_AI`): strings a server in transition may accept, so no family that
 * the kit checks without --strict may send them as invalid.
 */
export function otherEditionSpellings(contract: Contract, values: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    for (const field of SPELLED_FIELDS) {
      if (!contract.editions.editionsSpelling(field, value).includes(contract.edition)) continue;
      for (const edition of EDITIONS) {
        const spelled = contract.editions.respell(field, value, edition);
        if (spelled !== undefined && spelled !== value && !values.includes(spelled)) out.add(spelled);
      }
    }
  }
  return [...out];
}
