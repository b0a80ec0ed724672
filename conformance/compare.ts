/**
 * Comparison by meaning lives in spec/ (canonicalIntegration, differingFields), shared with the
 * mock's tests; the kit's assertions on top of it are in expect.ts.
 */
export { isJsonObject as isObject } from '../spec/index.js';
