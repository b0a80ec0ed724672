/** The mock's logic without any transport: the store, its rules from the contract, ids and results. */
export { IntegrationStore, type AccountDump, type IntegrationStoreOptions } from './IntegrationStore.js';
export { readMockRules, type MockRules, type OperationRules } from './MockRules.js';
export { AccountState, type Space } from './AccountState.js';
export type { ListQuery } from './listPage.js';
export { mintIntegrationId, mintUserId, parseIntegrationId } from './ids.js';
export { fail, ok, INVALID_REQUEST, type Failure, type Result } from './Result.js';
export { readEditionSpelling, type EditionSpelling, type ForeignSpelling } from './EditionSpelling.js';
