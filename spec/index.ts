/** What spec/ offers: the contract loaded from openapi.yaml, its rules, validators and types. */
export * from './portable.js';
export { loadContract, readContract, DEFAULT_SPEC_PATH } from './loadContract.js';
export type { LoadOptions } from './loadContract.js';
export { renderRulesTable } from './rulesTable.js';
export { checkResponse, findOperation } from './checkResponse.js';
export type { Exchange, ResponseIssue } from './checkResponse.js';
