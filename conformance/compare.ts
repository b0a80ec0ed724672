/**
 * Comparison by meaning lives in spec/ (canonicalIntegration, differingFields), shared with the
 * mock's tests; the kit's assertions on top of it are in expect.ts.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
