/** The stateful mock of the AI integrations API, as a library. The CLI (`aic mock`) only parses flags and calls startMock. */
export { startMock, createMockServer, DEFAULT_HOST, DEFAULT_PORT, type MockServer, type RunningMock } from './startMock.js';
export { createMockApp, type MockApp } from './createMockApp.js';
export type { MockOptions } from './MockOptions.js';
export { stderrLogger, silentLogger, type MockLogger } from './MockLogger.js';
export { MockState } from './MockState.js';
export { ADMIN_PREFIX } from './engine/index.js';
export { createMockEngine, type MockEngineOptions, type BodyRead, type MockEngine, type MockRequest, type MockResponse, type ProblemSpec } from './engine/index.js';
export { DEMO_TOKEN, MockConfigError, type FixturesDocument, type KeysDocument, type Role } from './config/index.js';
export { IntegrationStore, readMockRules, type Failure, type Result, type ListQuery, type MockRules } from './core/index.js';
