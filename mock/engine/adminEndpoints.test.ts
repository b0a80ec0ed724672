import { describe, expect, it } from 'vitest';
import { loadContract } from '../../spec/index.js';
import { Accounts, type FixturesDocument } from '../config/index.js';
import { readMockRules } from '../core/index.js';
import { MockState } from '../MockState.js';
import { createMockEngine } from './createMockEngine.js';
import type { MockEngine } from './MockExchange.js';

const BASE = '/v2/ai-integrations';
const contract = await loadContract();
const FIXTURES: FixturesDocument = { accounts: [{ account: 'team-a', ai_integrations: [{ name: 'Fixture of A', provider: 'openAI' }] }] };
const OTHER_FIXTURES = JSON.stringify({ accounts: [{ account: 'intruder', ai_integrations: [{ name: 'Planted', provider: 'openAI' }] }] });

/** An engine over fixtures where team-a and team-b each created one integration of their own. */
async function engineWith(options: { adminToken?: string; keys?: unknown } = {}): Promise<MockEngine> {
  const accounts = options.keys === undefined ? Accounts.open() : Accounts.closed(options.keys, 'keys', contract.schemaValidator('Base64Id'));
  const state = new MockState(contract, readMockRules(contract), accounts, { document: FIXTURES, source: 'test fixtures' });
  const engine = createMockEngine(state, options.adminToken === undefined ? {} : { adminToken: options.adminToken });
  for (const token of ['team-a', 'team-b']) expect((await send(engine, 'POST', BASE, token, JSON.stringify({ name: `Added by ${token}`, provider: 'gemini' }))).status).toBe(201);
  return engine;
}

function send(engine: MockEngine, method: string, path: string, token: string | undefined, body?: string) {
  const headers: Record<string, string> = { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(new TextEncoder().encode(body).length) }) };
  return engine.handle({ method, path, query: '', header: (name) => headers[name], readBody: async () => (body === undefined ? { kind: 'absent' } : { kind: 'text', text: body }) });
}

async function names(engine: MockEngine, token: string): Promise<string[]> {
  return JSON.parse((await send(engine, 'GET', BASE, token)).body ?? '{}').ai_integrations.map((i: { name: string }) => i.name);
}

/** What every account holds, to see that a refused request changed nothing. */
async function everything(engine: MockEngine): Promise<Record<string, string[]>> {
  return { 'team-a': await names(engine, 'team-a'), 'team-b': await names(engine, 'team-b'), intruder: await names(engine, 'intruder') };
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
    expect(await everything(engine)).toEqual({ 'team-a': ['Added by team-a', 'Fixture of A'], 'team-b': [], intruder: [] });
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
    const keys = { keys: [{ key: 'team-a', account: 'team-a' }, { key: 'team-b', account: 'team-b' }, { key: 'viewer', account: 'team-a', role: 'read-only' }] };
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
    expect(await everything(engine)).toEqual({ 'team-a': ['Added by team-a', 'Fixture of A'], 'team-b': [], intruder: [] });
    expect((await send(engine, 'POST', '/__admin/reset', undefined)).status).toBe(204);
    expect(await names(engine, 'team-a')).toEqual(['Fixture of A']);
    expect((await send(engine, 'PUT', '/__admin/fixtures', undefined, OTHER_FIXTURES)).status).toBe(200);
    expect(await names(engine, 'intruder')).toEqual(['Planted']);
  });
});
