import type { Contract } from '../../spec/portable.js';
import { Accounts } from './Accounts.js';
import type { SourcedDocument } from './startingFixtures.js';

/**
 * The accounts the mock serves: without keys, each bearer token is an account of its own; with
 * them, only the listed keys open an account (their user ids checked against the spec's id schema).
 */
export function startingAccounts(keys: SourcedDocument | undefined, contract: Contract): Accounts {
  return keys === undefined
    ? Accounts.open()
    : Accounts.closed(keys.document, keys.source, contract.schemaValidator('Base64Id'));
}
