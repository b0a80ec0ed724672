import type { Contract } from './Contract.js';

/**
 * `read` memoized per contract: what is derived from a contract is derived once, and forgotten
 * with the contract.
 */
export function perContract<T>(read: (contract: Contract) => T): (contract: Contract) => T {
  const cache = new WeakMap<Contract, { readonly value: T }>();
  return (contract) => {
    let entry = cache.get(contract);
    if (!entry) {
      entry = { value: read(contract) };
      cache.set(contract, entry);
    }
    return entry.value;
  };
}
