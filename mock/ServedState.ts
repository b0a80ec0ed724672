import type { Contract } from '../spec/index.js';
import type { Accounts } from './config/Accounts.js';
import type { MaybePromise, MockRules, MockStore } from './core/index.js';

/**
 * Counts requests per key in fixed windows that open with a key's first request. The rate limit
 * asks it; a shared store counts for every replica at once.
 */
export interface RateWindows {
  /** Counts one request of `key`: how many the window holds now, and the ms until it ends. */
  hit(key: string, windowMs: number): MaybePromise<{ readonly count: number; readonly remainingMs: number }>;
}

/**
 * What the engine serves: the contract and its rules, who may call, the store, and the admin
 * operations on the whole state. MockState keeps it in memory (and is what the MSW handlers use);
 * RedisState keeps it in Redis, shared by every replica that names the same prefix.
 */
export interface ServedState {
  readonly contract: Contract;
  readonly rules: MockRules;
  readonly accounts: Accounts;
  readonly store: MockStore;
  /** Per-key request counts shared by the replicas; absent: the engine counts in its own memory. */
  readonly rateWindows?: RateWindows;
  /** Back to the fixtures last loaded, every account. */
  reset(): MaybePromise<void>;
  /** One account back to what the fixtures last loaded give it (empty when they do not name it). */
  resetAccount(accountId: string): MaybePromise<void>;
  /** Replaces the whole state with these fixtures, which also become what reset returns to. Rejects with MockConfigError, changing nothing. */
  load(document: unknown, source: string): MaybePromise<void>;
}
