/**
 * Start-up configuration of the mock: fixtures, keys, and their errors. Browser-safe: only
 * readJsonFile touches node:fs, and only when called.
 */
export { Accounts, type Principal } from './Accounts.js';
export type { FixturesDocument } from './FixturesDocument.js';
export type { KeysDocument, Role } from './KeysDocument.js';
export { loadFixtures } from './loadFixtures.js';
export { MockConfigError } from './MockConfigError.js';
export { readJsonFile } from './readJsonFile.js';
export { DEMO_TOKEN, startingFixtures, type SourcedDocument } from './startingFixtures.js';
export { startingAccounts } from './startingAccounts.js';
