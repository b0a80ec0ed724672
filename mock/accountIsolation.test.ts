import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validUpdateBody } from '../generators/index.js';
import { loadContract } from '../spec/index.js';
import { mintIntegrationId } from './core/ids.js';
import { silentLogger, startMock, type FixturesDocument, type RunningMock } from './index.js';
import { jsonCall } from './test-support/jsonCall.js';

const BASE = '/v2/ai-integrations';
const contract = await loadContract();
const ACCOUNTS = ['isolation-account-a', 'isolation-account-b'] as const;
// Both accounts hold integrations of the same names, so a list filter or a name index shared by mistake would show.
const fixtures: FixturesDocument = {
  accounts: ACCOUNTS.map((account) => ({
    account,
    ai_integrations: [
      { name: 'Shared name', provider: 'openAI', api_key: `sk-${account}` },
      { name: `Only in ${account}`, provider: 'custom', base_url: 'https://x.test' },
      {
        name: 'Bedrock',
        provider: 'awsBedrock',
        provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::1:role/r' },
      },
      ...Array.from({ length: 7 }, (_, i) => ({ name: `bulk-${i}`, provider: 'gemini' as const })),
    ],
  })),
};

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0, host: '127.0.0.1', fixtures, logger: silentLogger });
});
afterAll(() => mock.close());

const call = (token: string, method: string, path: string, body?: unknown) =>
  jsonCall(mock.url, token, method, path, body);
const dump = async (token: string) =>
  (await fetch(`${mock.url}/__admin/state`, { headers: { authorization: `Bearer ${token}` } })).text();

/** The caller's whole list (every page), with an optional name filter and page size. */
async function listIds(token: string, name: string | undefined, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({
      limit: String(limit),
      ...(name === undefined ? {} : { name }),
      ...(cursor ? { cursor } : {}),
    });
    const page = await call(token, 'GET', `${BASE}?${query}`);
    expect(page.status).toBe(200);
    ids.push(...(page.body!.ai_integrations as Array<{ id: string }>).map((i) => i.id));
    cursor = page.body!.pagination.next_cursor;
  } while (cursor);
  return ids;
}

describe('account isolation', () => {
  it("another account's integrations: get, patch and delete are 404 exactly as an unknown id, and no list shows them", async () => {
    const states = await Promise.all(ACCOUNTS.map(dump));
    const idsOf = states.map(
      (s) => (JSON.parse(s) as { ai_integrations: Array<{ id: string; name: string }> }).ai_integrations,
    );
    const allIds = new Set(idsOf.flat().map((i) => i.id));
    const notFound = (body: Record<string, any> | undefined) => ({ ...body, detail: undefined, instance: undefined });

    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1 }),
        fc.nat(),
        fc.constantFrom('GET', 'PATCH', 'DELETE'),
        validUpdateBody(contract),
        fc.nat({ max: 10_000 }),
        fc.option(fc.constantFrom('Shared name', 'Only in', 'bulk', 'isolation', 'a', ''), { nil: undefined }),
        fc.integer({ min: 1, max: 100 }),
        async (owner, pick, method, patch, unknownN, nameFilter, limit) => {
          const caller = ACCOUNTS[1 - owner]!;
          const target = idsOf[owner]![pick % idsOf[owner]!.length]!;
          const body = method === 'PATCH' ? patch : undefined;
          const foreign = await call(caller, method, `${BASE}/${encodeURIComponent(target.id)}`, body);
          expect(foreign.status).toBe(404);
          // The API does not tell another account's id from an unknown one.
          const unknownId = mintIntegrationId(1000 + unknownN);
          fc.pre(!allIds.has(unknownId));
          const unknown = await call(caller, method, `${BASE}/${encodeURIComponent(unknownId)}`, body);
          expect(unknown.status).toBe(404);
          expect(notFound(foreign.body)).toEqual(notFound(unknown.body));
          const listed = await listIds(caller, nameFilter, limit);
          for (const id of listed) expect(idsOf[owner]!.map((i) => i.id)).not.toContain(id);
        },
      ),
      { numRuns: 120, seed: 4242 },
    );
    // Neither account changed, and each still lists its own integrations only.
    expect(await Promise.all(ACCOUNTS.map(dump))).toEqual(states);
    for (const [a, token] of ACCOUNTS.entries())
      expect(await listIds(token, undefined, 100)).toEqual(idsOf[a]!.map((i) => i.id));
  });
});
