import { beforeEach, describe, expect, it } from 'vitest';
import { loadContract } from '../../spec/index.js';
import { Accounts } from '../config/index.js';
import { readMockRules } from '../core/index.js';
import { MockState } from '../MockState.js';
import { createMockEngine } from './createMockEngine.js';
import type { BodyRead, MockEngine, MockRequest } from './MockExchange.js';

const BASE = '/v2/ai-integrations';
const contract = await loadContract();

/** A request as an adapter hands it over; `body` is given as text with its length, as a socket would. */
function request(
  method: string,
  target: string,
  options: {
    token?: string | null;
    body?: string;
    headers?: Record<string, string>;
    read?: () => Promise<BodyRead>;
  } = {},
): MockRequest & { reads: number } {
  const [path = target, query = ''] = target.split('?');
  const headers: Record<string, string> = {
    ...(options.token === null ? {} : { authorization: `Bearer ${options.token ?? 'engine-token'}` }),
    ...(options.body === undefined
      ? {}
      : {
          'content-type': 'application/json',
          'content-length': String(new TextEncoder().encode(options.body).length),
        }),
    ...options.headers,
  };
  const exchange = {
    method,
    path,
    query,
    reads: 0,
    header: (name: string) => headers[name],
    readBody: async () => {
      exchange.reads += 1;
      if (options.read) return options.read();
      return options.body === undefined
        ? ({ kind: 'absent' } as const)
        : ({ kind: 'text', text: options.body } as const);
    },
  };
  return exchange;
}

const json = (body: string | undefined) => JSON.parse(body ?? 'null');

let engine: MockEngine;
let errors: string[];
beforeEach(() => {
  errors = [];
  const state = new MockState(contract, readMockRules(contract), Accounts.open(), {
    document: { accounts: [] },
    source: 'no fixtures',
  });
  engine = createMockEngine(state, { logger: { error: (line) => errors.push(line) } });
});

describe('the engine without a transport', () => {
  it('creates, patches, reads and lists an integration from MockRequests alone', async () => {
    const created = await engine.handle(
      request('POST', BASE, {
        body: JSON.stringify({ name: 'Engine', provider: 'openAI', api_key: 'sk-engine-secret' }),
      }),
    );
    expect(created.status).toBe(201);
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    const id = json(created.body).id as string;
    const patched = await engine.handle(
      request('PATCH', `${BASE}/${encodeURIComponent(id)}`, { body: '{"base_url":"https://engine.test"}' }),
    );
    expect(patched.status).toBe(200);
    expect(json(patched.body)).toMatchObject({
      id,
      name: 'Engine',
      base_url: 'https://engine.test',
      has_api_key: true,
    });
    const read = await engine.handle(request('GET', `${BASE}/${id}`));
    expect(read.body).toBe(patched.body);
    const listed = await engine.handle(request('GET', `${BASE}?name=ENG&limit=1`));
    expect(json(listed.body)).toEqual({ ai_integrations: [json(patched.body)], pagination: { has_more: false } });
    expect([created, patched, read, listed].map((r) => r.body).join()).not.toContain('sk-engine-secret');
  });

  it("answers a create with a Location built from the spec's item path, where the integration is read", async () => {
    const created = await engine.handle(
      request('POST', BASE, { body: JSON.stringify({ name: 'Located', provider: 'openAI' }) }),
    );
    const id = json(created.body).id as string;
    expect(created.headers.location).toBe(`${BASE}/${encodeURIComponent(id)}`);
    expect(json((await engine.handle(request('GET', created.headers.location!))).body)).toEqual(json(created.body));
    const refused = await engine.handle(
      request('POST', BASE, { body: JSON.stringify({ name: 'Located', provider: 'openAI' }) }),
    );
    expect([refused.status, refused.headers.location]).toEqual([409, undefined]);
  });

  it('answers 401 with WWW-Authenticate and never reads the body of a refused request', async () => {
    const unauthenticated = request('POST', BASE, { token: null, body: '{"name":"x","provider":"openAI"}' });
    const reply = await engine.handle(unauthenticated);
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe('Bearer');
    expect(reply.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const notJson = request('POST', BASE, { body: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect((await engine.handle(notJson)).status).toBe(415);
    const tooLarge = request('POST', BASE, { body: '{}', headers: { 'content-length': String(2 * 1_048_576) } });
    const refused = await engine.handle(tooLarge);
    expect(refused).toMatchObject({ status: 413, closeConnection: true });
    expect(unauthenticated.reads + notJson.reads + tooLarge.reads).toBe(0);
  });

  it('judges the text it is given: malformed JSON is 400, a transport refusal is answered as given', async () => {
    const malformed = await engine.handle(request('POST', BASE, { body: '{"name":' }));
    expect(malformed.status).toBe(400);
    expect(json(malformed.body).errors).toEqual([{ pointer: '/body', message: 'is not valid JSON' }]);
    // As Express's parser: one leading byte order mark is not part of the JSON, a second one is.
    const withMark = await engine.handle(
      request('POST', BASE, { body: '\ufeff{"name":"Marked","provider":"openAI"}' }),
    );
    expect([withMark.status, json(withMark.body).name]).toEqual([201, 'Marked']);
    expect(
      (await engine.handle(request('POST', BASE, { body: '\ufeff\ufeff{"name":"Twice","provider":"openAI"}' }))).status,
    ).toBe(400);
    const refused = await engine.handle(
      request('POST', BASE, {
        body: '{}',
        read: async () => ({
          kind: 'refused',
          problem: { status: 415, detail: 'Charset "latin1" is not supported: send UTF-8 JSON.' },
        }),
      }),
    );
    expect(json(refused.body)).toMatchObject({ status: 415, title: 'Unsupported media type', instance: BASE });
  });

  it('answers 405 with Allow, a plain OPTIONS 204, a preflight 204 with CORS, a 404 outside the contract', async () => {
    const put = await engine.handle(request('PUT', `${BASE}/abc`, { token: null }));
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD, DELETE, PATCH, OPTIONS');
    expect(await engine.handle(request('OPTIONS', BASE, { token: null }))).toEqual({
      status: 204,
      headers: { allow: 'GET, HEAD, POST, OPTIONS' },
    });
    const preflight = await engine.handle(
      request('OPTIONS', `${BASE}/abc`, {
        token: null,
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PATCH' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': 'http://localhost:5173',
      'access-control-allow-methods': 'GET, POST, DELETE, PATCH, OPTIONS',
    });
    const unknown = await engine.handle(request('GET', '/v3/nothing'));
    expect(json(unknown.body)).toMatchObject({
      status: 404,
      detail: 'GET /v3/nothing is not an operation of this API.',
    });
  });

  it('forces a declared status with Prefer: code, without credentials and without touching state', async () => {
    const forced = await engine.handle(request('GET', BASE, { token: null, headers: { prefer: 'code=429' } }));
    expect(forced.status).toBe(429);
    expect(forced.headers['retry-after']).toBe('1');
    expect(json((await engine.handle(request('GET', BASE))).body).ai_integrations).toEqual([]);
  });

  it('serves the admin endpoints: state of the caller, reset, fixtures', async () => {
    await engine.handle(request('POST', BASE, { body: '{"name":"Kept","provider":"openAI"}' }));
    const dump = await engine.handle(request('GET', '/__admin/state'));
    expect(json(dump.body).ai_integrations.map((i: { name: string }) => i.name)).toEqual(['Kept']);
    expect((await engine.handle(request('POST', '/__admin/reset', { token: null }))).status).toBe(204);
    expect(json((await engine.handle(request('GET', '/__admin/state'))).body).ai_integrations).toEqual([]);
    const loaded = await engine.handle(
      request('PUT', '/__admin/fixtures', {
        token: null,
        body: JSON.stringify({
          accounts: [{ account: 'engine-token', ai_integrations: [{ name: 'Loaded', provider: 'gemini' }] }],
        }),
      }),
    );
    expect(json(loaded.body)).toEqual({ accounts: 1, ai_integrations: 1 });
  });

  it('answers a bug of the mock with a 500 problem and an error line, never a rejection', async () => {
    const broken = request('POST', BASE, {
      body: '{}',
      read: async () => Promise.reject(new Error('socket gone wrong')),
    });
    const reply = await engine.handle(broken);
    expect(reply.status).toBe(500);
    expect(json(reply.body).detail).toBe('The mock failed on this request; see its log.');
    expect(errors[0]).toMatch(/^POST \/v2\/ai-integrations failed: Error: socket gone wrong/);
  });
});
