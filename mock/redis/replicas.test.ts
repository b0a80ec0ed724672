import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockConfigError, startMock, type FixturesDocument, type MockOptions, type RunningMock } from '../index.js';
import { jsonCall } from '../test-support/jsonCall.js';
import {
  HAS_REDIS_SERVER,
  NO_REDIS_SERVER,
  sharedTestRedis,
  startTestRedis,
  type SharedTestRedis,
} from '../test-support/redisServer.js';

const BASE = '/v2/ai-integrations';
const quiet = { info: () => undefined, error: () => undefined };
if (!HAS_REDIS_SERVER) console.warn(NO_REDIS_SERVER);

describe.skipIf(!HAS_REDIS_SERVER)('replicas sharing one Redis', () => {
  let redis: SharedTestRedis;
  const running: RunningMock[] = [];
  const prefixes: string[] = [];
  beforeAll(async () => {
    redis = await sharedTestRedis();
  });
  afterAll(async () => {
    await Promise.all(running.map((mock) => mock.close()));
    await redis?.close(prefixes);
  });

  /** Two mocks on one Redis and a prefix of their own (so tests never share state). */
  async function replicas(options: MockOptions = {}, count = 2): Promise<RunningMock[]> {
    const storePrefix = `test-${randomUUID()}`;
    prefixes.push(storePrefix);
    const started = [];
    for (let i = 0; i < count; i += 1)
      started.push(
        await startMock({ port: 0, fixtures: null, logger: quiet, store: redis.url, storePrefix, ...options }),
      );
    running.push(...started);
    return started;
  }
  const on = (mocks: RunningMock[], i: number) => mocks[i % mocks.length]!.url;

  it('gives exactly one 201 to 50 simultaneous creates of one name spread over both replicas', async () => {
    const mocks = await replicas();
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        jsonCall(on(mocks, i), 'racer', 'POST', BASE, { name: 'One name', provider: 'openAI' }),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(49);
    const listed = await jsonCall(on(mocks, 1), 'racer', 'GET', BASE);
    expect(listed.body.ai_integrations.map((i: { name: string }) => i.name)).toEqual(['One name']);
  });

  it('loses none of 50 simultaneous PATCHes of disjoint fields spread over both replicas', async () => {
    const mocks = await replicas();
    const fields: Array<[string, (n: number) => unknown]> = [
      ['base_url', (n) => `https://llm-${n}.example.com/v1`],
      ['model_names', (n) => [`model-${n}`]],
      ['headers', (n) => ({ 'x-team': `team-${n}` })],
      ['enable_default_models', () => true],
      ['function_calling_enabled', () => false],
      ['auth_type', () => 'bearer_token'],
      ['scopings', (n) => [{ organization_id: btoa(`Organization:${n}:abcd`) }]],
      ['api_key', (n) => `sk-patched-${n}`],
      ['name', (n) => `Renamed ${n}`],
    ];
    const ids: string[] = [];
    for (let n = 0; n < 6; n += 1)
      ids.push(
        (await jsonCall(on(mocks, n), 'patcher', 'POST', BASE, { name: `Integration ${n}`, provider: 'custom' })).body
          .id,
      );
    const patches = ids
      .flatMap((id, n) => fields.map(([field, value]) => ({ id, n, field, value: value(n) })))
      .slice(0, 50);
    // Refused PATCHes in the same burst (awsBedrock needs AWS metadata: 422) change nothing.
    const refused = ids.map((id) =>
      jsonCall(on(mocks, 1), 'patcher', 'PATCH', `${BASE}/${id}`, {
        provider: 'awsBedrock',
        base_url: 'https://refused.example.com',
      }),
    );
    const replies = await Promise.all(
      patches.map((patch, i) =>
        jsonCall(on(mocks, i), 'patcher', 'PATCH', `${BASE}/${patch.id}`, { [patch.field]: patch.value }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(patches.map(() => 200));
    expect((await Promise.all(refused)).map((r) => r.status)).toEqual(ids.map(() => 422));
    for (const [n, id] of ids.entries()) {
      const stored = (await jsonCall(on(mocks, n + 1), 'patcher', 'GET', `${BASE}/${id}`)).body;
      for (const patch of patches.filter((p) => p.id === id)) {
        if (patch.field === 'api_key') expect(stored.has_api_key, `${id} has_api_key`).toBe(true);
        else expect(stored[patch.field], `${id} ${patch.field}`).toEqual(patch.value);
      }
      expect(stored.provider).toBe('custom');
    }
  });

  it('reads its own writes from any replica: create, PATCH and DELETE on one, the result on the other', async () => {
    const [a, b] = await replicas();
    const created = await jsonCall(a!.url, 'reader', 'POST', BASE, {
      name: 'Shared',
      provider: 'awsBedrock',
      provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::1:role/x' },
      enable_default_models: true,
    });
    expect(created.status).toBe(201);
    expect((await jsonCall(b!.url, 'reader', 'GET', `${BASE}/${created.body.id}`)).body).toEqual(created.body);
    const patched = await jsonCall(b!.url, 'reader', 'PATCH', `${BASE}/${created.body.id}`, {
      name: 'Shared, renamed',
    });
    expect((await jsonCall(a!.url, 'reader', 'GET', `${BASE}/${created.body.id}`)).body).toEqual(patched.body);
    // Refused on one replica (422: awsBedrock without its metadata), unchanged on the other.
    expect(
      (
        await jsonCall(a!.url, 'reader', 'PATCH', `${BASE}/${created.body.id}`, {
          name: 'Never',
          provider_metadata: null,
        })
      ).status,
    ).toBe(422);
    expect((await jsonCall(b!.url, 'reader', 'GET', `${BASE}/${created.body.id}`)).body).toEqual(patched.body);
    expect((await jsonCall(a!.url, 'reader', 'POST', BASE, { name: 'Shared', provider: 'openAI' })).status).toBe(201);
    expect((await jsonCall(b!.url, 'reader', 'DELETE', `${BASE}/${created.body.id}`)).status).toBe(204);
    expect((await jsonCall(a!.url, 'reader', 'GET', `${BASE}/${created.body.id}`)).status).toBe(404);
    expect((await jsonCall(a!.url, 'someone-else', 'GET', BASE)).body.ai_integrations).toEqual([]);
    const names = (await jsonCall(b!.url, 'reader', 'GET', `${BASE}?limit=1`)).body;
    expect(names.ai_integrations.map((i: { name: string }) => i.name)).toEqual(['Shared']);
    expect(names.pagination).toEqual({ has_more: false });
  });

  it('pages and filters a list as the in-memory store does', async () => {
    const [a, b] = await replicas();
    for (let n = 0; n < 5; n += 1)
      await jsonCall(a!.url, 'pager', 'POST', BASE, {
        name: n % 2 === 0 ? `Even ${n}` : `Odd ${n}`,
        provider: 'gemini',
      });
    const first = (await jsonCall(b!.url, 'pager', 'GET', `${BASE}?limit=2`)).body;
    expect(first.ai_integrations.map((i: { name: string }) => i.name)).toEqual(['Even 4', 'Odd 3']);
    const second = (await jsonCall(a!.url, 'pager', 'GET', `${BASE}?limit=2&cursor=${first.pagination.next_cursor}`))
      .body;
    expect(second.ai_integrations.map((i: { name: string }) => i.name)).toEqual(['Even 2', 'Odd 1']);
    const evens = (await jsonCall(b!.url, 'pager', 'GET', `${BASE}?name=EVEN&limit=2`)).body;
    expect(evens.ai_integrations.map((i: { name: string }) => i.name)).toEqual(['Even 4', 'Even 2']);
    expect(evens.pagination.has_more).toBe(true);
    expect((await jsonCall(b!.url, 'pager', 'GET', `${BASE}?cursor=not-ours`)).status).toBe(400);
  });

  it('shares each key rate limit between the replicas', async () => {
    const mocks = await replicas({ rateLimitPerSecond: 4 });
    const statuses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        jsonCall(on(mocks, i), `limited-${randomUUID()}`.slice(0, 9), 'GET', BASE).then((r) => r.status),
      ),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const key = `limited-${randomUUID()}`;
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, i) => jsonCall(on(mocks, i), key, 'GET', BASE).then((r) => r.status)),
    );
    expect(burst.filter((s) => s === 200)).toHaveLength(4);
    expect(burst.filter((s) => s === 429)).toHaveLength(4);
  });

  it('resets and loads fixtures for every replica, and guards them with the admin token', async () => {
    const fixtures: FixturesDocument = {
      accounts: [{ account: 'team-a', ai_integrations: [{ name: 'From fixtures', provider: 'openAI' }] }],
    };
    const [a, b] = await replicas({ fixtures, adminToken: 'admin-secret' });
    await jsonCall(a!.url, 'team-a', 'POST', BASE, { name: 'Added by A', provider: 'openAI' });
    await jsonCall(a!.url, 'team-b', 'POST', BASE, { name: 'Added by B', provider: 'openAI' });
    const admin = (url: string, method: string, path: string, token?: string, body?: unknown) =>
      fetch(`${url}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    expect((await admin(b!.url, 'POST', '/__admin/reset')).status).toBe(401);
    expect((await admin(b!.url, 'PUT', '/__admin/fixtures', 'team-b', { accounts: [] })).status).toBe(403);
    // team-b resets its own account; team-a's is untouched.
    expect((await admin(b!.url, 'POST', '/__admin/reset', 'team-b')).status).toBe(204);
    expect((await jsonCall(a!.url, 'team-b', 'GET', BASE)).body.ai_integrations).toEqual([]);
    expect(
      (await jsonCall(a!.url, 'team-a', 'GET', BASE)).body.ai_integrations.map((i: { name: string }) => i.name),
    ).toEqual(['Added by A', 'From fixtures']);
    expect((await admin(b!.url, 'POST', '/__admin/reset', 'admin-secret')).status).toBe(204);
    expect(
      (await jsonCall(a!.url, 'team-a', 'GET', BASE)).body.ai_integrations.map((i: { name: string }) => i.name),
    ).toEqual(['From fixtures']);
    const loaded = await admin(a!.url, 'PUT', '/__admin/fixtures', 'admin-secret', {
      accounts: [{ account: 'team-c', ai_integrations: [{ name: 'Loaded', provider: 'gemini' }] }],
    });
    expect(loaded.status).toBe(200);
    expect((await jsonCall(b!.url, 'team-a', 'GET', BASE)).body.ai_integrations).toEqual([]);
    expect(
      (await jsonCall(b!.url, 'team-c', 'GET', BASE)).body.ai_integrations.map((i: { name: string }) => i.name),
    ).toEqual(['Loaded']);
    const refused = await admin(a!.url, 'PUT', '/__admin/fixtures', 'admin-secret', {
      accounts: [{ account: 'x', ai_integrations: [{ name: 'B', provider: 'awsBedrock' }] }],
    });
    expect(refused.status).toBe(400);
    expect(
      (await jsonCall(b!.url, 'team-c', 'GET', BASE)).body.ai_integrations.map((i: { name: string }) => i.name),
    ).toEqual(['Loaded']);
  });

  it('keeps the state for a replica that starts later, and refuses a prefix that holds another edition', async () => {
    const [a] = await replicas();
    const created = (await jsonCall(a!.url, 'keeper', 'POST', BASE, { name: 'Kept', provider: 'openAI' })).body;
    const prefix = (a!.storeDescription.match(/prefix ([\w-]+)/) ?? [])[1]!;
    const later = await startMock({ port: 0, fixtures: null, logger: quiet, store: redis.url, storePrefix: prefix });
    running.push(later);
    expect(later.storeDescription).toContain('the state found there was kept');
    expect((await jsonCall(later.url, 'keeper', 'GET', `${BASE}/${created.id}`)).body).toEqual(created);
    const upper = startMock({ port: 0, logger: quiet, store: redis.url, storePrefix: prefix, edition: 'upper' });
    await expect(upper).rejects.toThrow(MockConfigError);
    await expect(upper).rejects.toThrow(/edition=camel.*--edition/s);
  });

  it('answers 503 problems while Redis is gone and serves again once it is back', async () => {
    const own = await startTestRedis();
    const errors: string[] = [];
    const mock = await startMock({
      port: 0,
      logger: { info: () => undefined, error: (line) => errors.push(line) },
      store: own.url,
    });
    try {
      expect((await jsonCall(mock.url, 'aic-demo-token', 'GET', BASE)).body.ai_integrations.length).toBeGreaterThan(0);
      await own.stop();
      for (const [method, path, body] of [
        ['GET', BASE],
        ['POST', BASE, { name: 'While down', provider: 'openAI' }],
        ['GET', '/__admin/state'],
      ] as const) {
        const response = await fetch(`${mock.url}${path}`, {
          method,
          headers: { authorization: 'Bearer aic-demo-token', 'content-type': 'application/json' },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        expect(response.status, `${method} ${path}`).toBe(503);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(response.headers.get('retry-after')).toBe('1');
        expect(((await response.json()) as { detail: string }).detail).toContain(
          `The mock's store (${own.url}) is unavailable`,
        );
      }
      await own.start();
      // The new Redis has no data: the mock stores its fixtures again once it has reconnected.
      let listed = await jsonCall(mock.url, 'aic-demo-token', 'GET', BASE);
      for (let i = 0; i < 100 && (listed.status !== 200 || listed.body.ai_integrations.length === 0); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        listed = await jsonCall(mock.url, 'aic-demo-token', 'GET', BASE);
      }
      expect(listed.status).toBe(200);
      expect(listed.body.ai_integrations.length).toBeGreaterThan(0);
      expect((await jsonCall(mock.url, 'fresh', 'POST', BASE, { name: 'After', provider: 'openAI' })).status).toBe(201);
      expect(errors).toEqual([]);
    } finally {
      await mock.close();
      await own.close();
    }
  });

  it('refuses to start when Redis cannot be reached, naming the URL (never its password) and the cause', async () => {
    const own = await startTestRedis();
    await own.close();
    const url = `redis://:hunter2@127.0.0.1:${own.port}/0`;
    const start = startMock({ port: 0, logger: quiet, store: url });
    await expect(start).rejects.toThrow(MockConfigError);
    const message = await start.catch((error: Error) => error.message);
    expect(message).toContain(`redis://:***@127.0.0.1:${own.port}/0`);
    expect(message).toContain('ECONNREFUSED');
    expect(message).not.toContain('hunter2');
  });
});
