import { describe, expect, it } from 'vitest';
import { loadContract } from '../../spec/index.js';
import { Accounts, type FixturesDocument } from '../config/index.js';
import { readMockRules } from '../core/index.js';
import { MockState } from '../MockState.js';
import { createMockEngine } from './createMockEngine.js';
import type { MockEngine } from './MockExchange.js';

const BASE = '/v2/ai-integrations';
const contract = await loadContract();
const FIXTURES: FixturesDocument = {
  accounts: [{ account: 'team-a', ai_integrations: [{ name: 'Fixture of A', provider: 'openAI' }] }],
};
const OTHER_FIXTURES = JSON.stringify({
  accounts: [{ account: 'intruder', ai_integrations: [{ name: 'Planted', provider: 'openAI' }] }],
});

/** An engine over fixtures where team-a and team-b each created one integration of their own. */
async function engineWith(options: { adminToken?: string; keys?: unknown } = {}): Promise<MockEngine> {
  const accounts =
    options.keys === undefined
      ? Accounts.open()
      : Accounts.closed(options.keys, 'keys', contract.schemaValidator('Base64Id'));
  const state = new MockState(contract, readMockRules(contract), accounts, {
    document: FIXTURES,
    source: 'test fixtures',
  });
  const engine = createMockEngine(state, options.adminToken === undefined ? {} : { adminToken: options.adminToken });
  for (const token of ['team-a', 'team-b'])
    expect(
      (await send(engine, 'POST', BASE, token, JSON.stringify({ name: `Added by ${token}`, provider: 'gemini' })))
        .status,
    ).toBe(201);
  return engine;
}

function send(engine: MockEngine, method: string, path: string, token: string | undefined, body?: string) {
  const headers: Record<string, string> = {
    ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    ...(body === undefined
      ? {}
      : { 'content-type': 'application/json', 'content-length': String(new TextEncoder().encode(body).length) }),
  };
  return engine.handle({
    method,
    path,
    query: '',
    header: (name) => headers[name],
    readBody: async () => (body === undefined ? { kind: 'absent' } : { kind: 'text', text: body }),
  });
}

async function names(engine: MockEngine, token: string): Promise<string[]> {
  return JSON.parse((await send(engine, 'GET', BASE, token)).body ?? '{}').ai_integrations.map(
    (i: { name: string }) => i.name,
  );
}

/** What every account holds, to see that a refused request changed nothing. */
async function everything(engine: MockEngine): Promise<Record<string, string[]>> {
  return {
    'team-a': await names(engine, 'team-a'),
    'team-b': await names(engine, 'team-b'),
    intruder: await names(engine, 'intruder'),
  };
}

describe('admin endpoints with --admin-token', () => {
  const ADMIN = 'admin-token-7f3a';

  it('refuses reset of every account and fixtures without a credential (401) and with an account token (403 for fixtures), changing nothing', async () => {
    const engine = await engineWith({ adminToken: ADMIN });
    const before = await everything(engine);
    const refusals = [
      [await send(engine, 'POST', '/__admin/reset', undefined), 401],
      [await send(engine, 'PUT', '/__admin/fixtures', undefined, OTHER_FIXTURES), 401],
      [await send(engine, 'PUT', '/__admin/fixtures', 'team-b', OTHER_FIXTURES), 403],
      [await send(engine, 'PUT', '/__admin/fixtures', 'wrong-admin-token', OTHER_FIXTURES), 403],
      [await send(engine, 'GET', '/__admin/state', undefined), 401],
    ] as const;
    for (const [reply, status] of refusals) {
      expect(reply.status).toBe(status);
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(await everything(engine)).toEqual(before);
  });

  it('lets an account token reset that account only, and show that account only', async () => {
    const engine = await engineWith({ adminToken: ADMIN });
    expect((await send(engine, 'POST', '/__admin/reset', 'team-b')).status).toBe(204);
    expect(await everything(engine)).toEqual({
      'team-a': ['Added by team-a', 'Fixture of A'],
      'team-b': [],
      intruder: [],
    });
    expect((await send(engine, 'POST', '/__admin/reset', 'team-a')).status).toBe(204);
    expect(await names(engine, 'team-a')).toEqual(['Fixture of A']);
    const dump = JSON.parse((await send(engine, 'GET', '/__admin/state', 'team-b')).body ?? '{}');
    expect(dump).toEqual({ spaces: [], ai_integrations: [] });
  });

  it('lets the admin token reset every account and load fixtures', async () => {
    const engine = await engineWith({ adminToken: ADMIN });
    expect((await send(engine, 'POST', '/__admin/reset', ADMIN)).status).toBe(204);
    expect(await everything(engine)).toEqual({ 'team-a': ['Fixture of A'], 'team-b': [], intruder: [] });
    expect((await send(engine, 'PUT', '/__admin/fixtures', ADMIN, OTHER_FIXTURES)).status).toBe(200);
    expect(await everything(engine)).toEqual({ 'team-a': [], 'team-b': [], intruder: ['Planted'] });
  });

  it('refuses an own-account reset to a read-only key (403) and to a key the keys file does not list (401)', async () => {
    const keys = {
      keys: [
        { key: 'team-a', account: 'team-a' },
        { key: 'team-b', account: 'team-b' },
        { key: 'viewer', account: 'team-a', role: 'read-only' },
      ],
    };
    const engine = await engineWith({ adminToken: ADMIN, keys });
    expect((await send(engine, 'POST', '/__admin/reset', 'viewer')).status).toBe(403);
    expect((await send(engine, 'POST', '/__admin/reset', 'unknown-key')).status).toBe(401);
    expect(await names(engine, 'team-a')).toEqual(['Added by team-a', 'Fixture of A']);
    expect((await send(engine, 'POST', '/__admin/reset', 'team-a')).status).toBe(204);
    expect(await names(engine, 'team-a')).toEqual(['Fixture of A']);
  });
});

describe('admin endpoints without --admin-token (one machine)', () => {
  it('still reset every account and load fixtures for anyone, and reset only the caller account with a bearer token', async () => {
    const engine = await engineWith();
    expect((await send(engine, 'POST', '/__admin/reset', 'team-b')).status).toBe(204);
    expect(await everything(engine)).toEqual({
      'team-a': ['Added by team-a', 'Fixture of A'],
      'team-b': [],
      intruder: [],
    });
    expect((await send(engine, 'POST', '/__admin/reset', undefined)).status).toBe(204);
    expect(await names(engine, 'team-a')).toEqual(['Fixture of A']);
    expect((await send(engine, 'PUT', '/__admin/fixtures', undefined, OTHER_FIXTURES)).status).toBe(200);
    expect(await names(engine, 'intruder')).toEqual(['Planted']);
  });
});

describe('GET /__admin/requests: the recent API requests of the caller account', () => {
  const requestsOf = async (engine: MockEngine, token: string | undefined) => {
    const reply = await send(engine, 'GET', '/__admin/requests', token);
    return {
      status: reply.status,
      requests: JSON.parse(reply.body ?? '{}').requests as Array<Record<string, unknown>>,
    };
  };

  it('lists method, path, status and body newest first, the api_key redacted and the rule behind a 4xx, and nothing of another account', async () => {
    const engine = await engineWith();
    const body = JSON.stringify({ name: 'Added by team-a', provider: 'openAI', api_key: 'sk-never-echoed' });
    expect((await send(engine, 'POST', BASE, 'team-a', body)).status).toBe(409);
    const { status, requests } = await requestsOf(engine, 'team-a');
    expect(status).toBe(200);
    expect(requests).toEqual([
      {
        at: expect.stringMatching(/Z$/),
        method: 'POST',
        path: BASE,
        status: 409,
        rule: 'create-name-unique',
        body: { name: 'Added by team-a', provider: 'openAI', api_key: '<redacted>' },
      },
      {
        at: expect.stringMatching(/Z$/),
        method: 'POST',
        path: BASE,
        status: 201,
        body: { name: 'Added by team-a', provider: 'gemini' },
      },
    ]);
    expect(JSON.stringify(requests)).not.toContain('sk-never-echoed');
    expect((await requestsOf(engine, 'team-b')).requests.map((r) => r.status)).toEqual([201]);
    expect((await requestsOf(engine, undefined)).status).toBe(401);
  });

  it('keeps the last 100 per account, and reset of the account clears them', async () => {
    const engine = await engineWith();
    for (let i = 0; i < 105; i += 1) await send(engine, 'GET', `${BASE}/not-an-id-${i}`, 'team-a');
    const { requests } = await requestsOf(engine, 'team-a');
    expect(requests).toHaveLength(100);
    expect([requests[0]!.path, requests[99]!.path]).toEqual([`${BASE}/not-an-id-104`, `${BASE}/not-an-id-5`]);
    expect((await send(engine, 'POST', '/__admin/reset', 'team-a')).status).toBe(204);
    expect((await requestsOf(engine, 'team-a')).requests).toEqual([]);
    expect((await requestsOf(engine, 'team-b')).requests).toHaveLength(1);
  });

  it("with --admin-token, shows the admin token every account's requests, each with its account", async () => {
    const engine = await engineWith({ adminToken: 'the-admin-secret' });
    const { requests } = await requestsOf(engine, 'the-admin-secret');
    expect(requests.map((r) => [r.account, r.status])).toEqual([
      ['team-b', 201],
      ['team-a', 201],
    ]);
    expect((await requestsOf(engine, 'team-a')).requests.map((r) => r.account)).toEqual([undefined]);
  });
});

describe('GET /__admin/openapi.json and /__admin/openapi.yaml', () => {
  it('serve the edition the mock speaks, to a caller without a credential', async () => {
    const engine = await engineWith({ adminToken: 'the-admin-secret' });
    const json = await send(engine, 'GET', '/__admin/openapi.json', undefined);
    expect([json.status, json.headers['content-type']]).toEqual([200, 'application/json; charset=utf-8']);
    expect(JSON.parse(json.body!)).toEqual(contract.document);
    // Without a YAML writer (the browser bundle carries none) the YAML is the JSON text, which YAML 1.2 reads.
    const yaml = await send(engine, 'GET', '/__admin/openapi.yaml', undefined);
    expect([yaml.status, yaml.headers['content-type'], JSON.parse(yaml.body!)]).toEqual([
      200,
      'application/yaml; charset=utf-8',
      contract.document,
    ]);
  });
});
