import fc from 'fast-check';
import { contractModel } from '../model/contractModel.js';
import { flattenAllOf } from '../schema/flattenAllOf.js';
import type { JsonSchema } from '../schema/compileValidators.js';
import type { Contract } from '../document/loadContract.js';

/**
 * Every member name of Object.prototype (constructor, toString, valueOf, hasOwnProperty,
 * __proto__, isPrototypeOf, ...): a validator that looks a key up in a plain object finds them
 * all "present", so they are the unknown keys most likely to slip through.
 */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype).sort();

/** Where an object sits in a request body: the path of keys to it (empty for the body itself). */
export type ObjectPath = readonly (string | number)[];

export interface UnknownKeyBodies {
  /**
   * Valid bodies, one per metadata kind, holding every object the request schemas close: the body
   * itself, a scoping item and provider_metadata. Each is valid as a create and as an update.
   */
  readonly bodies: readonly Record<string, unknown>[];
  /** The closed objects of every body, where any key not declared is unknown. */
  readonly closedObjects: readonly ObjectPath[];
  /** The headers map: open to any name, but every value must be a string. */
  readonly headersPath: ObjectPath;
  /** Every property name the request schemas declare at any depth. */
  readonly declaredNames: ReadonlySet<string>;
}

/**
 * Request bodies for probing unknown keys, read from the contract in its edition (no value is
 * written here): the providers that need metadata, each with a metadata object of its kind.
 */
export function unknownKeyBodies(contract: Contract): UnknownKeyBodies {
  const model = contractModel(contract);
  const create = contract.operation('create').requestBody!.schema;
  const update = contract.operation('update').requestBody!.schema;
  const properties = (flattenAllOf(create).properties ?? {}) as Record<string, JsonSchema>;
  const [providerField, metadataField] = contract.rule('provider-consistency').fields as [string, string];
  const branches = leaves(properties[metadataField] ?? {});
  const bodies = Object.entries(model.requiredMetadataKind).map(([provider, kind], i) => ({
    name: `Unknown keys ${i}`,
    [providerField]: provider,
    [metadataField]: metadataOf(branches, kind),
    scopings: [{ organization_id: 'T3JnYW5pemF0aW9uOjE6ZEVtbw==', space_id: 'U3BhY2U6MTpwUm9k' }],
    headers: { 'X-Team': 'ml' },
    model_names: ['m'],
    enable_default_models: true,
  }));
  const declaredNames = new Set<string>();
  collectNames(create, declaredNames);
  collectNames(update, declaredNames);
  return { bodies, closedObjects: [[], ['scopings', 0], [metadataField]], headersPath: ['headers'], declaredNames };
}

/** A deep copy of `body` with `key: value` added as an own property of the object at `path` (`__proto__` included). */
export function withKey(
  body: Record<string, unknown>,
  path: ObjectPath,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const holder = path.reduce<any>((node, step) => node[step], copy) as object;
  Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The JSON pointer of `key` in the object at `path`, under `root` ("/body"). */
export function pointerOf(root: string, path: ObjectPath, key: string): string {
  return [root, ...[...path, key].map((step) => String(step).replace(/~/g, '~0').replace(/\//g, '~1'))].join('/');
}

/** Unknown names for one closed object: every Object.prototype name, or a random name no request schema declares. */
export function unknownName(declared: ReadonlySet<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...PROTOTYPE_NAMES),
    fc.string({ minLength: 1, maxLength: 12 }).filter((name) => !declared.has(name)),
  );
}

/** Any JSON value an unknown key might carry. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant(['x']),
);

function leaves(schema: JsonSchema): JsonSchema[] {
  const flat = flattenAllOf(schema);
  const alternatives = [...((flat.oneOf ?? []) as JsonSchema[]), ...((flat.anyOf ?? []) as JsonSchema[])];
  return alternatives.length === 0 ? [flat] : alternatives.flatMap(leaves);
}

/** A metadata object of `kind`: the kind, and every other required member set to its own name. */
function metadataOf(branches: readonly JsonSchema[], kind: string): Record<string, unknown> {
  for (const branch of branches) {
    const members = (branch.properties ?? {}) as Record<string, JsonSchema>;
    const kindMember = Object.keys(members).find((name) => flattenAllOf(members[name]!).const === kind);
    if (kindMember === undefined) continue;
    const required = ((branch.required ?? []) as string[]).filter((name) => name !== kindMember);
    return { [kindMember]: kind, ...Object.fromEntries(required.map((name) => [name, name])) };
  }
  throw new Error(`The request schemas have no metadata branch of kind ${kind}`);
}

function collectNames(node: unknown, into: Set<string>): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node) collectNames(item, into);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.properties === 'object' && record.properties !== null)
    for (const name of Object.keys(record.properties)) into.add(name);
  for (const value of Object.values(record)) collectNames(value, into);
}
