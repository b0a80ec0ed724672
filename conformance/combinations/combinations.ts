import type { AwkwardCase, InvalidCase, InvalidRequest, ScopingIds } from '../../generators/index.js';
import { awkwardUpdateCases, invalidUpdateCases } from '../../generators/index.js';
import {
  isJsonObject,
  acceptsNull,
  withoutNull,
  hasParam,
  listParameters,
  type Contract,
  type JsonSchema,
} from '../../spec/index.js';
import { combination, type Combination } from './Combination.js';
import { nameFilterTraps, type NameFilterTrap } from './nameFilterTraps.js';

/**
 * The combinations the contract names, read from the spec and the generators (never written out):
 * what the systematic phase of the rules covers, and what the coverage reports count.
 */

/** A list boundary: no item, one, several distinct ones, the same item twice. A map's: no entry, one, several, serialized exactly at its byte limit. */
export type Boundary = 'empty' | 'one' | 'several' | 'duplicates' | 'at-limit';

/** A list or map field of the update body, and the boundaries the contract names for it. */
export interface CollectionField {
  readonly field: string;
  readonly shape: 'list' | 'map';
  readonly boundaries: readonly Boundary[];
  /** The item schema of a list, the value schema of a map. */
  readonly items: JsonSchema;
  /** The byte limit of a map (a rule with params.maxBytes on the field). */
  readonly maxBytes?: number;
}

/** Combinations a run cannot exercise for want of an input (e.g. scoping ids), with the reason. */
export interface Unreachable {
  readonly combination: Combination;
  readonly reason: string;
}

export interface NamedCombinations {
  /** Every combination this run can exercise. */
  readonly named: readonly Combination[];
  /** Named by the contract, but out of this run's reach, and why. */
  readonly unreachable: readonly Unreachable[];
}

/** What the contract names for a run with these inputs. */
export function namedCombinations(
  contract: Contract,
  inputs: { readonly scopingIds?: ScopingIds } = {},
): NamedCombinations {
  const boundaries = boundaryCombinations(contract, inputs.scopingIds ?? {});
  return {
    named: [
      ...invalidCombinations(contract).map((c) => c.combination),
      ...nullCombinations(contract),
      ...boundaries.reachable.map((b) => b.combination),
      ...listCombinations(contract).map((l) => l.combination),
      ...BURST_KINDS.map(burstCombination),
      ...ACCOUNT_SIZE_CHECKS.map(accountSizeCombination),
      ...awkwardCombinations(contract, inputs.scopingIds ?? {}).map((a) => a.combination),
    ],
    unreachable: boundaries.unreachable,
  };
}

/** The combination of an invalid request, as invalidUpdateCases names it. */
export function invalidCombination(request: Pick<InvalidRequest, 'family' | 'field' | 'variant'>): Combination {
  return combination('invalid', request.family, request.field, request.variant);
}

/** Every invalid combination (invalidUpdateCases), with the case that draws it. */
export function invalidCombinations(contract: Contract): Array<{ combination: Combination; invalid: InvalidCase }> {
  return invalidUpdateCases(contract).map((invalid) => ({ combination: invalidCombination(invalid), invalid }));
}

/** Every free-text place of the bodies × every awkward kind of text (awkwardUpdateCases), with the case that draws it. */
export function awkwardCombinations(
  contract: Contract,
  scopingIds: ScopingIds = {},
): Array<{ combination: Combination; awkward: AwkwardCase }> {
  return awkwardUpdateCases(contract, { scopingIds }).map((awkward) => ({
    combination: combination('awkward', awkward.kind, awkward.place),
    awkward,
  }));
}

/** Every update body field that accepts null, set to null. */
export function nullCombinations(contract: Contract): Combination[] {
  return Object.entries(updateProperties(contract))
    .filter(([, schema]) => acceptsNull(schema))
    .map(([field]) => nullCombination(field));
}

export function nullCombination(field: string): Combination {
  return combination('null', 'null', field);
}

/** The list and map fields of the update body, with their boundaries (duplicates only where the schema allows them, at-limit only with a byte limit). */
export function collectionFields(contract: Contract): CollectionField[] {
  const limits = contract.operation('update').rules.filter((r) => hasParam(r, 'maxBytes'));
  const out: CollectionField[] = [];
  for (const [field, property] of Object.entries(updateProperties(contract))) {
    const schema = withoutNull(property);
    if (schema.type === 'array' && isJsonObject(schema.items)) {
      out.push({
        field,
        shape: 'list',
        items: schema.items,
        boundaries: ['empty', 'one', 'several', ...(schema.uniqueItems === true ? [] : ['duplicates' as const])],
      });
    } else if (
      schema.type === 'object' &&
      !isJsonObject(schema.properties) &&
      isJsonObject(schema.additionalProperties)
    ) {
      const limit = limits.find((r) => r.fields.includes(field));
      const maxBytes = limit && hasParam(limit, 'maxBytes') ? limit.params.maxBytes : undefined;
      out.push({
        field,
        shape: 'map',
        items: schema.additionalProperties,
        boundaries: ['empty', 'one', 'several', ...(maxBytes === undefined ? [] : ['at-limit' as const])],
        ...(maxBytes === undefined ? {} : { maxBytes }),
      });
    }
  }
  return out;
}

export function boundaryCombination(field: string, boundary: Boundary): Combination {
  return combination('boundary', boundary, field);
}

/**
 * Every list or map field at each of its boundaries. A list of objects whose items the run can
 * only make one way (scopings without scoping ids: account-wide only) cannot hold several distinct
 * items: that boundary is out of reach, and says which input it needs.
 */
export function boundaryCombinations(
  contract: Contract,
  scopingIds: ScopingIds,
): {
  reachable: Array<{ combination: Combination; collection: CollectionField; boundary: Boundary }>;
  unreachable: Unreachable[];
} {
  const reachable: Array<{ combination: Combination; collection: CollectionField; boundary: Boundary }> = [];
  const unreachable: Unreachable[] = [];
  for (const collection of collectionFields(contract)) {
    const distinct = distinctItemsAvailable(collection, scopingIds);
    for (const boundary of collection.boundaries) {
      const c = boundaryCombination(collection.field, boundary);
      if (boundary === 'several' && distinct < 2)
        unreachable.push({
          combination: c,
          reason: `needs --organization-id: without it every scoping the kit may send is account-wide, so ${collection.field} cannot hold several distinct items`,
        });
      else reachable.push({ combination: c, collection, boundary });
    }
  }
  return { reachable, unreachable };
}

/** How many distinct items the kit may put in a list: any number for scalars; for scopings (objects), account-wide plus one per given id. */
export function distinctItemsAvailable(collection: CollectionField, scopingIds: ScopingIds): number {
  if (collection.shape === 'map' || withoutNull(collection.items).type !== 'object') return Number.POSITIVE_INFINITY;
  return 1 + (scopingIds.organizationId ? 1 : 0) + (scopingIds.organizationId && scopingIds.spaceId ? 1 : 0);
}

/** The boundary a list or map value sits at (several for more than one distinct item or entry), or undefined for other values. */
export function boundaryOf(
  collection: CollectionField,
  value: unknown,
  bytes: (v: unknown) => number,
): Boundary | undefined {
  if (collection.shape === 'list') {
    if (!Array.isArray(value)) return undefined;
    if (value.length === 0) return 'empty';
    if (value.length === 1) return 'one';
    return new Set(value.map((v) => JSON.stringify(v))).size < value.length ? 'duplicates' : 'several';
  }
  if (!isJsonObject(value)) return undefined;
  if (collection.maxBytes !== undefined && bytes(value) === collection.maxBytes) return 'at-limit';
  const size = Object.keys(value).length;
  return size === 0 ? 'empty' : size === 1 ? 'one' : 'several';
}

/** A case of the list rule: a page-size parameter at a value, or the name filter spelled some way. */
export interface ListCase {
  readonly combination: Combination;
  readonly parameter: string;
  /** For the page size: the limit sent (undefined: the parameter left out, the server's default). */
  readonly limit?: number;
  /** Whether the target must refuse it (400). */
  readonly outOfRange?: boolean;
  /** For the name filter: how the filter is made from the names' common part. */
  readonly spelling?: 'same-case' | 'upper-case' | 'lower-case' | 'inner-substring';
  /** For the name filter: a name holding awkward characters, and names that match it only if they are read as a pattern. */
  readonly trap?: NameFilterTrap;
}

/** The list cases the contract names: the smallest page sizes, the largest, the default, one below and one above the range; the name filter in each case and as an inner part, and each name-filter trap (nameFilterTraps). */
export function listCombinations(contract: Contract): ListCase[] {
  const { pageSize, nameFilter } = listParameters(contract);
  const limit = (variant: string, value: number | undefined, outOfRange = false): ListCase => ({
    combination: combination('list', pageSize.name, `${variant}${value === undefined ? '' : ` (${value})`}`),
    parameter: pageSize.name,
    ...(value === undefined ? {} : { limit: value }),
    ...(outOfRange ? { outOfRange } : {}),
  });
  const spellings: Array<NonNullable<ListCase['spelling']>> = [
    'same-case',
    'upper-case',
    'lower-case',
    'inner-substring',
  ];
  return [
    limit('minimum', pageSize.minimum),
    limit('small', pageSize.minimum + 1),
    limit('maximum', pageSize.maximum),
    limit('default', undefined),
    limit('below the minimum', pageSize.minimum - 1, true),
    limit('above the maximum', pageSize.maximum + 1, true),
    ...spellings.map(
      (spelling): ListCase => ({
        combination: combination('list', nameFilter, spelling),
        parameter: nameFilter,
        spelling,
      }),
    ),
    ...nameFilterTraps(listParameters(contract).nameFilterMaxLength).map(
      (trap): ListCase => ({ combination: combination('list', nameFilter, trap.case), parameter: nameFilter, trap }),
    ),
  ];
}

function updateProperties(contract: Contract): Record<string, JsonSchema> {
  const schema = contract.operation('update').requestBody?.schema;
  return schema?.properties ?? {};
}

/** The bursts of simultaneous requests the contract's "Requests that arrive at the same time" names. */
export const BURST_KINDS = [
  'creates onto one name',
  'renames onto one name',
  'PATCHes of disjoint fields',
  'PATCH and DELETE',
] as const;
export type BurstKind = (typeof BURST_KINDS)[number];

export function burstCombination(kind: BurstKind): Combination {
  return combination('concurrent', 'burst', kind);
}

/** What is checked across an account grown past the largest page the spec allows. */
export const ACCOUNT_SIZE_CHECKS = [
  'create onto a name past the first page',
  'rename onto a name past the first page',
  'name filter',
  'pagination',
  'read-back',
] as const;
export type AccountSizeCheck = (typeof ACCOUNT_SIZE_CHECKS)[number];

export function accountSizeCombination(check: AccountSizeCheck): Combination {
  return combination('account-size', 'past the largest page', check);
}
