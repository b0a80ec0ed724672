import type { AiIntegration } from '../../spec/index.js';
import type { Space } from './AccountState.js';
import type { ListQuery } from './listPage.js';
import type { Result } from './Result.js';

/** What an account holds, as the admin dump shows it (api keys excluded: only has_api_key). */
export interface AccountDump {
  readonly spaces: readonly Space[];
  readonly ai_integrations: readonly AiIntegration[];
}

/** A value now (the in-memory store) or later (a store across the network). */
export type MaybePromise<T> = T | Promise<T>;

/**
 * What the engine asks of a store: the contract's operations on one account, each answering a
 * Result. The in-memory IntegrationStore answers at once (its path stays synchronous); a shared
 * store (Redis) answers with promises, and rejects with StoreUnavailableError when it cannot
 * reach its data. The `json` operations answer the resource as the JSON text the engine writes.
 */
export interface MockStore {
  readonly json: {
    create(accountId: string, body: unknown, userId?: string): MaybePromise<Result<string>>;
    get(accountId: string, id: string): MaybePromise<Result<string>>;
    update(accountId: string, id: string, body: unknown): MaybePromise<Result<string>>;
    list(accountId: string, query: ListQuery): MaybePromise<Result<string>>;
  };
  get(accountId: string, id: string): MaybePromise<Result<AiIntegration>>;
  delete(accountId: string, id: string): MaybePromise<Result<void>>;
  dump(accountId: string): MaybePromise<AccountDump>;
}

/**
 * The store's data cannot be reached (Redis down or unreachable): the request is answered 503,
 * never with a guess, and the next one tries again.
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`The mock's store (${where}) is unavailable: ${reason}`);
    this.name = 'StoreUnavailableError';
  }
}
