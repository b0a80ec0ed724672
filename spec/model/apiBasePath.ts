import type { Contract } from '../contract/Contract.js';

/**
 * The API's base path: the leading path segment every operation's path shares (`/v2`), or `''`
 * when they share none. A client's base URL ends before it: the operation paths carry it.
 */
export function apiBasePath(contract: Contract): string {
  const firstSegments = new Set(
    [...contract.operations.values()].map((operation) => /^\/[^/{]+/.exec(operation.path)?.[0] ?? ''),
  );
  const [only] = firstSegments;
  return firstSegments.size === 1 && only !== undefined ? only : '';
}
