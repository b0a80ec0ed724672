import fc from 'fast-check';
import { jsonUtf8Bytes } from '../../spec/index.js';
import type { BodyModel } from './bodyModel.js';
import { makeConsistent, sparesArbitrary, type StoredState } from './providerConsistency.js';
import { arbitraryFor } from './schemaArbitrary.js';
import { withScopingIds, type ScopingIds } from './scopingIds.js';

export interface ValidBodySettings {
  /** The properties the body may hold (required ones always come). */
  readonly fields: readonly string[];
  /** Fewest properties (the schema's minProperties for a whole body, 0 for companions of an invalid field). */
  readonly minProperties: number;
  /** Provider consistency: for any stored state, for this one, or not enforced. */
  readonly state: 'any' | StoredState | 'ignore';
  /** Names the body must not use (a name found here gets a suffix). */
  readonly takenNames: ReadonlySet<string>;
  /** When given, scopings use only these ids (none: account-wide only). */
  readonly scopingIds?: ScopingIds;
  /** A last repair of each body (e.g. a create body every faithful server must accept). */
  readonly repair?: (body: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Bodies valid against the schema and the stateless rules of the table (size limit), and
 * consistent as `settings.state` asks. Repairs happen in `map`, so every shrunk value is repaired
 * too; the remaining constraints are filters, which shrinking respects.
 */
export function validBodyArbitrary(
  model: BodyModel,
  settings: ValidBodySettings,
): fc.Arbitrary<Record<string, unknown>> {
  const entries = settings.fields.map((field) => {
    const schema = model.properties[field];
    if (!schema) throw new TypeError(`the body has no field ${field}`);
    return [field, arbitraryFor(schema, { path: field, flavour: model.flavour })] as const;
  });
  const requiredKeys = model.required.filter((f) => settings.fields.includes(f));
  const optional = settings.fields.filter((f) => !requiredKeys.includes(f));
  // Which optional fields come is drawn apart from their values, so subsets of every size show up
  // (fc.record alone keeps most keys) and shrinking drops fields first.
  let bodies = fc
    .tuple(fc.subarray(optional), fc.record(Object.fromEntries(entries), { noNullPrototype: true }))
    .map(([chosen, values]) => {
      const body: Record<string, unknown> = {};
      for (const field of settings.fields)
        if (requiredKeys.includes(field) || chosen.includes(field)) body[field] = values[field];
      return body;
    });

  const c = model.consistency;
  const state = settings.state;
  if (c && state !== 'ignore') {
    if (state === 'any' && !settings.fields.includes(c.providerField)) {
      // Without the provider field, metadata alone could clash with a stored provider: leave it out.
      bodies = bodies.map((body) => withoutKey(body, c.metadataField));
    } else if (settings.fields.includes(c.providerField) || settings.fields.includes(c.metadataField)) {
      bodies = fc.tuple(bodies, sparesArbitrary(c)).map(([body, spares]) => makeConsistent(body, c, spares, state));
    }
  }

  const { scopingIds, repair } = settings;
  if (scopingIds) bodies = bodies.map((body) => withScopingIds(body, scopingIds));
  if (repair) bodies = bodies.map(repair);

  const name = model.uniqueName?.field;
  if (name && settings.takenNames.size > 0)
    bodies = bodies.map((body) => {
      const value = body[name];
      return typeof value === 'string' ? { ...body, [name]: freeName(value, settings.takenNames) } : body;
    });

  const limit = model.sizeLimit;
  if (limit)
    bodies = bodies.filter(
      (body) =>
        body[limit.field] === undefined ||
        body[limit.field] === null ||
        jsonUtf8Bytes(body[limit.field]) <= limit.maxBytes,
    );
  return settings.minProperties > 0
    ? bodies.filter((body) => Object.keys(body).length >= settings.minProperties)
    : bodies;
}

function withoutKey(body: Record<string, unknown>, key: string): Record<string, unknown> {
  if (!(key in body)) return body;
  const { [key]: _dropped, ...rest } = body;
  return rest;
}

/** `name`, or the first of `name (2)`, `name (3)`, ... that is not taken. */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}
