import type { Contract } from '../contract/Contract.js';
import type { JsonSchema } from '../schema/compileValidators.js';
import { flattenAllOf } from '../schema/flattenAllOf.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { jsonEqual } from './jsonEqual.js';
import { perContract } from '../contract/perContract.js';
import { resourceFields } from './resourceFields.js';
import { acceptsNull } from '../schema/schemaReaders.js';

/**
 * Comparison by meaning, in one place. Two servers faithful to the contract may differ in key
 * order, absent vs null, extra members at any depth, timestamp precision and offset, and list
 * order; none of that is a difference here (contract, "When comparing states" and "What a
 * conformance kit may assume").
 */
export interface CompareOptions {
  /** Lists in order, duplicates kept (the project's decisions); otherwise lists compare as sets. */
  readonly strict?: boolean;
}

/**
 * The integration in canonical form: only the members the AiIntegration schema declares, at every
 * depth (a server may add others); keys sorted; an absent nullable member as null (so a scoping
 * `{}` equals one of nulls, and a cleared field shown absent equals one shown null); date-time
 * strings as UTC instants with nanoseconds; lists as sorted sets unless `strict`.
 */
export function canonicalIntegration(contract: Contract, value: unknown, options: CompareOptions = {}): JsonObject {
  const canonical = canonicalOf(contract.schemas.AiIntegration, value, options);
  if (!isJsonObject(canonical)) return {};
  if (!options.strict)
    for (const [field, meaning] of emptyListMeanings(contract))
      if (Array.isArray(canonical[field]) && canonical[field].length === 0) canonical[field] = meaning;
  return canonical;
}

/**
 * Without --strict an empty list of a field of `empty-scopings-stored` means what the field's create
 * default means (`scopings: []` read as account-wide): the project stores `[]`, but the public text
 * leaves open whether a server stores it so or as one account-wide scoping.
 */
const emptyListMeanings = perContract((contract): ReadonlyArray<readonly [string, unknown]> => {
  const declared = (id: string) => contract.rules.some((r) => r.id === id);
  const fields =
    declared('empty-scopings-stored') && declared('create-defaults')
      ? contract.rule('empty-scopings-stored').fields
      : [];
  const defaults = fields.length > 0 ? contract.rule('create-defaults').params.defaults : {};
  const resource = contract.schemas.AiIntegration;
  const properties = (resource && flattenAllOf(resource).properties) ?? {};
  return fields
    .filter((f) => Array.isArray(defaults[f]))
    .map((f) => [f, canonicalOf(properties[f], defaults[f])] as const);
});

/** The fields whose canonical values differ; server-managed fields (ids, timestamps) only when `serverFields`. */
export function differingFields(
  contract: Contract,
  a: unknown,
  b: unknown,
  options: CompareOptions & { readonly serverFields?: boolean } = {},
): string[] {
  const left = canonicalIntegration(contract, a, options);
  const right = canonicalIntegration(contract, b, options);
  const skipped = options.serverFields ? [] : resourceFields(contract).serverManaged;
  const fields = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...fields].filter((f) => !skipped.includes(f) && !jsonEqual(left[f], right[f])).sort();
}

/** The canonical values of some fields, to show what differs. */
export function pickCanonical(
  contract: Contract,
  value: unknown,
  fields: readonly string[],
  options: CompareOptions = {},
): JsonObject {
  const canonical = canonicalIntegration(contract, value, options);
  return Object.fromEntries(fields.map((f) => [f, canonical[f] ?? null]));
}

/** A value in canonical form against its (dereferenced) schema; see canonicalIntegration. */
export function canonicalOf(schema: JsonSchema | undefined, value: unknown, options: CompareOptions = {}): unknown {
  if (value === undefined || value === null || !schema) return value ?? null;
  schema = branchFor(flattenAllOf(schema), value);
  if (Array.isArray(value)) {
    const items = isJsonObject(schema.items) ? schema.items : undefined;
    const list = value.map((item) => canonicalOf(items, item, options));
    return options.strict ? list : asSet(list);
  }
  if (typeof value === 'string' && schema.format === 'date-time') return canonicalInstant(value) ?? value;
  if (!isJsonObject(value)) return value;
  const properties = isJsonObject(schema.properties) ? schema.properties : undefined;
  const additional = isJsonObject(schema.additionalProperties) ? schema.additionalProperties : undefined;
  const entries: Array<[string, unknown]> = [];
  if (properties) {
    for (const [name, property] of Object.entries(properties)) {
      if (Object.hasOwn(value, name)) entries.push([name, canonicalOf(property, value[name], options)]);
      else if (acceptsNull(property)) entries.push([name, null]);
    }
  } else if (additional) {
    for (const [name, inner] of Object.entries(value)) entries.push([name, canonicalOf(additional, inner, options)]);
  } else {
    entries.push(...Object.entries(value));
  }
  return sortedObject(entries);
}

/**
 * An RFC 3339 date-time as the UTC instant it names, with nanoseconds
 * (`2026-02-13T21:27:19.055000000Z`), so that precisions and offsets compare; undefined when the
 * text is not an RFC 3339 date-time.
 */
export function canonicalInstant(text: string): string | undefined {
  const nanos = instantNanos(text);
  if (nanos === undefined) return undefined;
  const second = nanos / 1_000_000_000n - (nanos % 1_000_000_000n < 0n ? 1n : 0n);
  const fraction = String(nanos - second * 1_000_000_000n).padStart(9, '0');
  return `${new Date(Number(second) * 1000).toISOString().slice(0, 19)}.${fraction}Z`;
}

/** -1, 0 or 1 as instant `a` is before, equal to or after `b`; undefined when either is not an RFC 3339 date-time. */
export function compareInstants(a: unknown, b: unknown): -1 | 0 | 1 | undefined {
  const left = typeof a === 'string' ? instantNanos(a) : undefined;
  const right = typeof b === 'string' ? instantNanos(b) : undefined;
  if (left === undefined || right === undefined) return undefined;
  return left < right ? -1 : left > right ? 1 : 0;
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:\d{2})$/;

function instantNanos(text: string): bigint | undefined {
  const [, date, hh, mm, ss, fraction = '', zone] = RFC3339.exec(text) ?? [];
  if (date === undefined || zone === undefined) return undefined;
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  const [hours, minutes, seconds] = [Number(hh), Number(mm), Number(ss)];
  // RFC 3339 ranges; Date.parse alone would roll 2026-02-30 over into March. A leap second (60)
  // is read as the last instant before the next minute.
  const midnight = Date.UTC(year, month - 1, day);
  if (month < 1 || month > 12 || new Date(midnight).getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 60)
    return undefined;
  const offsetMinutes =
    zone.toUpperCase() === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const wholeSeconds = BigInt(
    midnight / 1000 + hours * 3600 + minutes * 60 + Math.min(seconds, 59) - offsetMinutes * 60,
  );
  const nanos = seconds === 60 ? 999_999_999n : BigInt(fraction.padEnd(9, '0'));
  return wholeSeconds * 1_000_000_000n + nanos;
}

/** The alternative of a oneOf/anyOf a value belongs to: null to the null branch, objects by their const members (a discriminator). */
function branchFor(schema: JsonSchema, value: unknown): JsonSchema {
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (!Array.isArray(alternatives)) return schema;
  const branches = alternatives.map((a) => branchFor(flattenAllOf(a), value));
  const fits = branches.filter((branch) => {
    const types = typesOf(branch);
    if (value === null) return types.includes('null');
    if (
      types.length > 0 &&
      !types.some((t) => t === typeOfValue(value) || (t === 'integer' && typeof value === 'number'))
    )
      return false;
    if (!isJsonObject(value)) return true;
    const properties = isJsonObject(branch.properties) ? branch.properties : {};
    return Object.entries(properties).every(
      ([name, property]) => !('const' in property) || value[name] === property.const,
    );
  });
  return fits[0] ?? branches.find((b) => !typesOf(b).includes('null')) ?? schema;
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  return isJsonObject(schema.properties) || isJsonObject(schema.additionalProperties) ? ['object'] : [];
}

function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return 'number';
  return typeof value;
}

function asSet(list: unknown[]): unknown[] {
  const byText = new Map(list.map((item) => [JSON.stringify(item), item] as const));
  return [...byText.keys()].sort().map((key) => byText.get(key));
}

/** An object of the entries, keys sorted; built with fromEntries, so a key such as `__proto__` stays an own property. */
function sortedObject(entries: Array<[string, unknown]>): JsonObject {
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
