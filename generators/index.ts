/** What generators/ offers: fast-check arbitraries of request bodies derived from the spec. */
export { validUpdateBody, type ValidUpdateBodyOptions } from './validUpdateBody.js';
export { validCreateBody, type ValidCreateBodyOptions } from './validCreateBody.js';
export { invalidUpdateBody, type InvalidUpdateBodyOptions } from './invalidUpdateBody.js';
export { invalidUpdateCases, type InvalidCase } from './invalidUpdateCases.js';
export {
  consistentUpdateBody,
  type ConsistentUpdateBodyOptions,
  type IntegrationState,
} from './consistentUpdateBody.js';
export { renameOntoTakenName, type RenameOptions } from './renameOntoTakenName.js';
export { renameOntoOwnName } from './renameOntoOwnName.js';
export type { InvalidRequest } from './InvalidRequest.js';
export type { StateAwareUpdate, StoredIntegration } from './StateAwareUpdate.js';
export {
  INVALID_FAMILIES,
  INVALID_FAMILY_NAMES,
  describeInvalid,
  type InvalidFamily,
  type InvalidFamilyInfo,
} from './invalidFamilies.js';
export type { ScopingIds } from './_internals/scopingIds.js';
export { AWKWARD_KINDS, LONG_TEXT, awkwardText, type AwkwardKind, type AwkwardTextOptions } from './awkwardText.js';
export {
  awkwardUpdateCases,
  type AwkwardCase,
  type AwkwardBodies,
  type AwkwardPlace,
  type AwkwardUpdateCasesOptions,
} from './awkwardUpdateCases.js';
