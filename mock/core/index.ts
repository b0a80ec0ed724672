/** The mock's logic without any transport: the store, its rules from the contract, ids and results. */
export { IntegrationStore, type IntegrationStoreOptions } from './IntegrationStore.js';
export { readMockRules, type MockRules, type OperationRules } from './MockRules.js';
export { AccountState, isSpace, type Space } from './AccountState.js';
export { isJsonObject } from '../../spec/portable.js';
export { StoreUnavailableError, type AccountDump, type MaybePromise, type MockStore } from './MockStore.js';
export {
  KEPT_API_KEY,
  readSnapshotDocument,
  snapshotDocument,
  storedFromResource,
  SNAPSHOT_FORMAT,
  type StoreSnapshot,
} from './StoreSnapshot.js';
export { resourceJson, type IntegrationRecord } from './IntegrationRecord.js';
export { cursorBefore, listFilter, listJson, paginationAfter, type ListQuery } from './listPage.js';
export { isResource } from './isResource.js';
export { mintIntegrationId, mintUserId, parseIntegrationId } from './ids.js';
export { fail, ok, INVALID_REQUEST, type Failure, type Result } from './Result.js';
export { readEditionSpelling, type EditionSpelling, type ForeignSpelling } from './EditionSpelling.js';
export { StoreChecks } from './StoreChecks.js';
export { buildCreated } from './buildCreated.js';
export { applyUpdate } from './applyUpdate.js';
export { checkResultingState } from './checkResultingState.js';
export { nextTimestamp } from './nextTimestamp.js';
