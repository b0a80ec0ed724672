/** What spec/ offers: the contract loaded from openapi.yaml, its rules, validators and types. */
export * from './portable.js';
export { loadContract, readContract, DEFAULT_SPEC_PATH } from './document/loadContract.js';
export type { LoadOptions } from './document/loadContract.js';
export { renderRulesTable } from './document/rulesTable.js';
export { checkResponse, findOperation } from './document/checkResponse.js';
export type { Exchange, ResponseIssue } from './document/checkResponse.js';
