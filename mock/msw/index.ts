/**
 * `ai-integrations-contract/msw`: the stateful mock of the AI integrations API as MSW request
 * handlers, for frontend tests in Node (msw/node) and in the browser (msw/browser). msw 2 is an
 * optional peer dependency. Nothing reachable from here needs Node: the contract is embedded.
 */
export { createHandlers, DEFAULT_BASE_URL, DEMO_TOKEN, type MswMock } from './createHandlers.js';
export type { MswMockOptions } from './MswMockOptions.js';
export { MockConfigError } from '../config/MockConfigError.js';
export type { FixturesDocument } from '../config/FixturesDocument.js';
export type { KeysDocument, Role } from '../config/KeysDocument.js';
export type { AccountDump } from '../core/index.js';
export type { MockLogger } from '../MockLogger.js';
export type { Edition, AiIntegration, UpperEdition } from '../../spec/portable.js';
