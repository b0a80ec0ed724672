import type { TestMock } from '../startTestMock.js';
import type { AccountName, ModelTarget } from './ModelTarget.js';

const BASE = '/v2/ai-integrations';

/** The running mock over HTTP; every reply is checked against the spec by startTestMock. */
export function httpApi(t: TestMock, tokens: Record<AccountName, string>): ModelTarget {
  const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
  return {
    create: (account, body) => t.request('POST', BASE, { token: tokens[account], body }),
    get: (account, id) => t.request('GET', path(id), { token: tokens[account] }),
    update: (account, id, body) => t.request('PATCH', path(id), { token: tokens[account], body }),
    remove: (account, id) => t.request('DELETE', path(id), { token: tokens[account] }),
    list: (account, query) => {
      const search = new URLSearchParams({ limit: String(query.limit) });
      if (query.cursor !== undefined) search.set('cursor', query.cursor);
      if (query.name !== undefined) search.set('name', query.name);
      return t.request('GET', `${BASE}?${search}`, { token: tokens[account] });
    },
  };
}
