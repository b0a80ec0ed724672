import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, startMock, type RunningMock } from './index.js';
import { jsonCall } from './test-support/jsonCall.js';

const BASE = '/v2/ai-integrations';
const N = 100;

// A small random latency before each request is handled, so the 100 requests interleave.
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0, host: '127.0.0.1', fixtures: null, logger: silentLogger, latencyMs: [0, 4] });
});
afterAll(() => mock.close());

const call = (token: string, method: string, path: string, body?: unknown) =>
  jsonCall(mock.url, token, method, path, body);
const namesIn = async (token: string) => {
  const list = await call(token, 'GET', `${BASE}?limit=100`);
  expect(list.body.pagination.has_more).toBe(false);
  return (list.body.ai_integrations as Array<{ name: string }>).map((i) => i.name);
};
const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => {
    t[s] = (t[s] ?? 0) + 1;
    return t;
  }, {});

describe('concurrent writes to one account', () => {
  it(`${N} concurrent PATCHes renaming ${N} integrations onto one name: one 200, ${N - 1} 409s, one holder`, async () => {
    const token = 'concurrent-rename';
    const ids: string[] = [];
    for (let i = 0; i < N; i++)
      ids.push((await call(token, 'POST', BASE, { name: `before-${i}`, provider: 'openAI' })).body.id);
    const replies = await Promise.all(
      ids.map((id) =>
        call(token, 'PATCH', `${BASE}/${encodeURIComponent(id)}`, { name: 'The one name', model_names: ['m'] }),
      ),
    );
    expect(tally(replies.map((r) => r.status))).toEqual({ 200: 1, 409: N - 1 });
    for (const conflict of replies.filter((r) => r.status === 409))
      expect(conflict.body.type).toMatch(/#resource-conflict$/);
    const names = await namesIn(token);
    expect(names.filter((n) => n === 'The one name')).toHaveLength(1);
    // The 99 losers kept their names and were not half-applied (rule atomic).
    const winner = replies.find((r) => r.status === 200)!.body;
    expect(names.filter((n) => n.startsWith('before-'))).toHaveLength(N - 1);
    expect(names).not.toContain(`before-${ids.indexOf(winner.id)}`);
    const states = await Promise.all(ids.map((id) => call(token, 'GET', `${BASE}/${encodeURIComponent(id)}`)));
    expect(states.filter((s) => s.body.model_names?.includes('m')).map((s) => s.body.id)).toEqual([winner.id]);
  });

  it(`${N} concurrent creates with one name: one 201, ${N - 1} 409s, one integration`, async () => {
    const token = 'concurrent-create';
    const replies = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        call(token, 'POST', BASE, { name: 'Same name', provider: 'openAI', base_url: `https://b${i}.test` }),
      ),
    );
    expect(tally(replies.map((r) => r.status))).toEqual({ 201: 1, 409: N - 1 });
    expect(await namesIn(token)).toEqual(['Same name']);
  });
});
