import type { IntegrationStore, Result } from '../../core/index.js';
import type { AccountName, ApiReply, ModelTarget } from './ModelTarget.js';

/** The store called directly: fast, for the bulk of the model-based runs. */
export function coreApi(store: IntegrationStore, accountIds: Record<AccountName, string>): ModelTarget {
  const reply = <T>(result: Result<T>, status: number): ApiReply =>
    result.ok
      ? { status, body: result.value }
      : { status: result.failure.status, body: { status: result.failure.status, detail: result.failure.detail } };
  return {
    create: async (account, body) => reply(store.create(accountIds[account], structuredClone(body)), 201),
    get: async (account, id) => reply(store.get(accountIds[account], id), 200),
    update: async (account, id, body) => reply(store.update(accountIds[account], id, structuredClone(body)), 200),
    remove: async (account, id) => reply(store.delete(accountIds[account], id), 204),
    list: async (account, query) => reply(store.list(accountIds[account], query), 200),
  };
}
