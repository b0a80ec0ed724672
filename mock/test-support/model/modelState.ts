import { expect } from 'vitest';
import {
  canonicalIntegration,
  differingFields,
  isJsonObject,
  pickCanonical,
  type Contract,
} from '../../../spec/index.js';
import { MOCK_TIMESTAMP } from '../mockDecisions.js';
import type { AccountName } from './ModelTarget.js';

/**
 * What the model-based test knows beyond spec/contractModel (the one oracle of what a create or
 * PATCH does): per account, the integrations oldest first. Their fields are the oracle's `after`;
 * ids, timestamps and the creating user cannot be predicted, so they are recorded from the mock's
 * replies and then required to stay put (id, created_at, created_by_user_id) or move forward
 * (updated_at).
 */
export interface ModelIntegration {
  readonly id: string;
  /** The fields as the contract model computed them (server-managed fields excluded). */
  readonly fields: Record<string, unknown>;
  readonly created_at: string;
  readonly updated_at: string;
  readonly created_by_user_id: string;
}

export interface ModelState {
  readonly accounts: Record<AccountName, ModelIntegration[]>;
}

export function emptyModel(): ModelState {
  return { accounts: { A: [], B: [] } };
}

/**
 * The mock is exact, so a reply must be the model's integration:
 * - every field equal by meaning with lists in order (differingFields, strict), so absent ≡ null
 *   only where the spec makes a field nullable, as the contract says;
 * - nothing the schema does not declare, at any depth (differingFields ignores such members, a
 *   target may send them, the mock does not);
 * - the headers map entry by entry, own keys included (the model's arbitraries send headers
 *   named `__proto__` and `constructor` on purpose);
 * - the recorded id, created_at, updated_at and created_by_user_id as the same strings, timestamps
 *   written with milliseconds and Z (the mock's decision).
 */
export function expectIntegration(
  contract: Contract,
  actual: Record<string, unknown>,
  expected: ModelIntegration,
): void {
  const differing = differingFields(contract, actual, expected.fields, { strict: true });
  expect(
    differing,
    `fields differ: got ${JSON.stringify(pickCanonical(contract, actual, differing, { strict: true }))}, expected ${JSON.stringify(pickCanonical(contract, expected.fields, differing, { strict: true }))}`,
  ).toEqual([]);
  const [headers] = contract.rule('headers-size-limit').fields as [string];
  expect(ownEntries(actual[headers]), headers).toEqual(ownEntries(expected.fields[headers]));
  expect(
    undeclaredMembers(actual, canonicalIntegration(contract, actual, { strict: true }), '', `/${headers}`),
    'members the schema does not declare',
  ).toEqual([]);
  expect(actual.id).toBe(expected.id);
  expect(actual.created_at).toBe(expected.created_at);
  expect(actual.updated_at).toBe(expected.updated_at);
  expect(actual.created_by_user_id).toBe(expected.created_by_user_id);
  expect(actual.created_at).toMatch(MOCK_TIMESTAMP);
  expect(actual.updated_at).toMatch(MOCK_TIMESTAMP);
}

/**
 * Pointers to members of `actual` its canonical form dropped: those the schema does not declare
 * (lists compared in order). `map` is a map whose every name is declared, checked on its own.
 */
function undeclaredMembers(actual: unknown, canonical: unknown, pointer: string, map: string): string[] {
  if (pointer === map) return [];
  if (Array.isArray(actual) && Array.isArray(canonical))
    return actual.flatMap((item, i) => undeclaredMembers(item, canonical[i], `${pointer}/${i}`, map));
  if (!isJsonObject(actual) || !isJsonObject(canonical)) return [];
  return Object.keys(actual).flatMap((key) =>
    Object.hasOwn(canonical, key)
      ? undeclaredMembers(actual[key], canonical[key], `${pointer}/${key}`, map)
      : [`${pointer}/${key}`],
  );
}

/** A map's own entries sorted by name (a `__proto__` name included); null for none (absent ≡ null). */
function ownEntries(value: unknown): Array<[string, unknown]> | null {
  return isJsonObject(value) ? Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : null;
}
