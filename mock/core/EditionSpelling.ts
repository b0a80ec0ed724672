import { flattenAllOf, SPELLED_FIELDS, type Contract, type Edition, type JsonSchema, type SpelledField } from '../../spec/index.js';

/** A value of a request body spelled as another edition spells it, never as the served one. */
export interface ForeignSpelling {
  /** Where it stands, dotted (`provider`, `provider_metadata.kind`). */
  readonly at: string;
  readonly value: string;
  /** The editions that spell it so. */
  readonly editions: readonly Edition[];
  /** The served edition's spelling of the same value. */
  readonly served: string | undefined;
}

/**
 * How the served edition spells enum values, and where request bodies carry them: read from the
 * contract's edition table and its request body schemas, so no value is written here.
 */
export interface EditionSpelling {
  readonly served: Edition;
  /** The values of `body` that only other editions spell so (none for a body the schema accepts). */
  foreignValues(body: unknown): ForeignSpelling[];
  /** A copy of `body` with every value any edition knows spelled as the served edition does; others are left as they are. */
  respell(body: unknown): unknown;
  /** The detail of a request refused for `foreign` values: what to send instead, or which edition to serve. */
  describe(foreign: readonly ForeignSpelling[]): string;
}

type Location = { readonly path: readonly string[]; readonly field: SpelledField };

export function readEditionSpelling(contract: Contract, bodySchemas: readonly JsonSchema[]): EditionSpelling {
  const served = contract.edition;
  const table = contract.editions;
  const locations = uniqueLocations(bodySchemas.flatMap((schema) => spelledLocations(schema, [])));
  const each = (body: unknown, visit: (holder: Record<string, unknown>, location: Location, value: string) => void) => {
    for (const location of locations) {
      const holder = location.path.slice(0, -1).reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), body);
      const key = location.path[location.path.length - 1]!;
      if (isObject(holder) && Object.hasOwn(holder, key) && typeof holder[key] === 'string') visit(holder, location, holder[key]);
    }
  };
  return {
    served,
    foreignValues(body) {
      const found: ForeignSpelling[] = [];
      each(body, (_, { path, field }, value) => {
        const editions = table.editionsSpelling(field, value);
        if (editions.length === 0 || editions.includes(served)) return;
        found.push({ at: path.join('.'), value, editions, served: table.respell(field, value, served) });
      });
      return found;
    },
    respell(body) {
      if (!isObject(body)) return body;
      const copy = structuredClone(body);
      each(copy, (holder, { path, field }, value) => {
        holder[path[path.length - 1]!] = table.respell(field, value, served) ?? value;
      });
      return copy;
    },
    describe(foreign) {
      const others = [...new Set(foreign.flatMap((f) => f.editions))];
      // The edition that spells every one of them, if one does: the one to start the mock in.
      const switchTo = others.find((edition) => foreign.every((f) => f.editions.includes(edition)));
      const named = listed(foreign.map((f) => `${f.at} ${JSON.stringify(f.value)}`));
      const whose = switchTo === undefined ? "other editions'" : `the ${switchTo} edition's`;
      const verb = foreign.length === 1 ? `is ${whose} spelling` : `are ${whose} spellings`;
      const send = listed(foreign.map((f) => JSON.stringify(f.served)));
      return `${named} ${verb}; this mock serves the ${served} edition: send ${send}${switchTo === undefined ? '' : `, or start the mock with --edition ${switchTo}`}.`;
    },
  };
}

/** Paths to every property named like a spelled field whose schema lists its values (through allOf, oneOf and anyOf). */
function spelledLocations(schema: JsonSchema, path: readonly string[], depth = 0): Location[] {
  if (depth > 8) return [];
  const flat = flattenAllOf(schema);
  const found: Location[] = [];
  for (const alternative of [...asSchemas(flat.oneOf), ...asSchemas(flat.anyOf)]) found.push(...spelledLocations(alternative, path, depth + 1));
  for (const [name, property] of Object.entries((flat.properties ?? {}) as Record<string, JsonSchema>)) {
    const field = SPELLED_FIELDS.find((f) => f === name);
    if (field !== undefined && listsValues(flattenAllOf(property))) found.push({ path: [...path, name], field });
    else found.push(...spelledLocations(property, [...path, name], depth + 1));
  }
  return found;
}

function listsValues(schema: JsonSchema): boolean {
  return typeof schema.const === 'string' || Array.isArray(schema.enum) || [...asSchemas(schema.oneOf), ...asSchemas(schema.anyOf)].some(listsValues);
}

function uniqueLocations(locations: readonly Location[]): Location[] {
  const byPath = new Map(locations.map((location) => [location.path.join('\u0000'), location]));
  return [...byPath.values()];
}

function asSchemas(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? (value.filter(isObject) as JsonSchema[]) : [];
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
