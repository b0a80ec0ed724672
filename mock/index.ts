/** The stateful mock of the AI integrations API, as a library. The CLI (`aic mock`) only parses flags and calls startMock. */
export {
  startMock,
  createMockServer,
  ListenError,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type MockServer,
  type RunningMock,
} from './startMock.js';
export { createMockApp, type MockApp } from './createMockApp.js';
export type { MockOptions } from './MockOptions.js';
export { MockOptionsConflict } from './MockOptionsConflict.js';
export { stderrLogger, silentLogger, type MockLogger } from './MockLogger.js';
export { MockState } from './MockState.js';
export type { RateWindows, ServedState } from './ServedState.js';
export { DEFAULT_STORE_PREFIX } from './openState.js';
export { ADMIN_PREFIX } from './engine/index.js';
export {
  createMockEngine,
  type MockEngineOptions,
  type BodyRead,
  type MockEngine,
  type MockRequest,
  type MockResponse,
  type ProblemSpec,
} from './engine/index.js';
export { DEMO_TOKEN, MockConfigError, type FixturesDocument, type KeysDocument, type Role } from './config/index.js';
export {
  IntegrationStore,
  readMockRules,
  StoreUnavailableError,
  type Failure,
  type Result,
  type ListQuery,
  type MockRules,
  type MockStore,
} from './core/index.js';
