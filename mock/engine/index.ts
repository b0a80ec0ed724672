/** The mock's transport-neutral engine: what the Express app and the MSW handlers both adapt. Browser-safe. */
export { createMockEngine, type MockEngineOptions } from './createMockEngine.js';
export type { BodyRead, MockEngine, MockRequest, MockResponse, ProblemSpec } from './MockExchange.js';
export { ADMIN_PREFIX, FIXTURES_MAX_BYTES } from './adminEndpoints.js';
export { MAX_BODY_BYTES, malformedJson, tooLarge } from './requestBody.js';
export { unreadableRequest, unsupportedCharset, unsupportedEncoding } from './bodyRefusals.js';
export { problemDocument } from './problemResponse.js';
export { splitTarget } from './pathRoutes.js';
