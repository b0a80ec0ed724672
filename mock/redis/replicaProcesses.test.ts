import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAic } from '../../cli/test-support/runAic.js';
import { jsonCall } from '../test-support/jsonCall.js';
import {
  HAS_REDIS_SERVER,
  NO_REDIS_SERVER,
  sharedTestRedis,
  startTestRedis,
  type SharedTestRedis,
} from '../test-support/redisServer.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../test-support/roundRobinProxy.js';
import { spawnMock, type SpawnedMock } from '../test-support/spawnMock.js';

const BASE = '/v2/ai-integrations';
if (!HAS_REDIS_SERVER) console.warn(NO_REDIS_SERVER);

describe.skipIf(!HAS_REDIS_SERVER)('two aic mock processes on one Redis behind a round-robin proxy', () => {
  let redis: SharedTestRedis;
  const prefix = `replicas-${randomUUID()}`;
  let proxy: RoundRobinProxy;
  const replicas: SpawnedMock[] = [];
  let store: string[];
  beforeAll(async () => {
    redis = await sharedTestRedis();
    store = ['--store', redis.url, '--store-prefix', prefix, '--quiet'];
    replicas.push(...(await Promise.all([spawnMock(store), spawnMock(store)])));
    proxy = await startRoundRobinProxy(replicas.map((replica) => replica.url));
  });
  afterAll(async () => {
    await proxy?.close();
    await Promise.all(replicas.map((replica) => replica.stop('SIGKILL')));
    await redis?.close([prefix]);
  });

  it('passes every rule of aic conform, its bursts of concurrent requests spread over both', async () => {
    const { code, stdout, stderr } = await runAic([
      'conform',
      '--target',
      proxy.url,
      '--api-key',
      'replica-key-1',
      '--other-api-key',
      'replica-key-2',
      '--runs',
      '1',
    ]);
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(`${stdout}${stderr}`).toMatch(/\d+ passed, 0 failed, 0 flaky, 0 errors, 0 skipped/);
    expect(
      proxy.served.every((count) => count > 100),
      `requests per replica: ${proxy.served.join(', ')}`,
    ).toBe(true);
  });

  it('keeps the state through kill -9 of a replica and its restart', async () => {
    const created = await jsonCall(replicas[0]!.url, 'restarter', 'POST', BASE, {
      name: 'Survives',
      provider: 'openAI',
      api_key: 'sk-survives-1',
    });
    const patched = await jsonCall(replicas[0]!.url, 'restarter', 'PATCH', `${BASE}/${created.body.id}`, {
      model_names: ['gpt-4o'],
    });
    expect(await replicas[0]!.stop('SIGKILL')).toBe(null);
    replicas[0] = await spawnMock(store);
    expect((await jsonCall(replicas[0].url, 'restarter', 'GET', `${BASE}/${created.body.id}`)).body).toEqual(
      patched.body,
    );
    // The key was never written to Redis, only that one is set: a PATCH of another field keeps it set.
    expect(
      (await jsonCall(replicas[0].url, 'restarter', 'PATCH', `${BASE}/${created.body.id}`, { name: 'Still has a key' }))
        .body.has_api_key,
    ).toBe(true);
  });

  it('exits 2 naming the URL and the cause when Redis cannot be reached at start', async () => {
    const gone = await startTestRedis();
    await gone.close();
    const { code, stderr } = await runAic(['mock', '--port', '0', '--store', `redis://127.0.0.1:${gone.port}/0`], {
      timeoutMs: 20_000,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`the store redis://127.0.0.1:${gone.port}/0 is not usable`);
    expect(stderr).toContain('ECONNREFUSED');
  });
});
