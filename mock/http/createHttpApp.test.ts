import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixturesDocument, KeysDocument } from '../index.js';
import { sendRawBytes } from '../test-support/rawHttp.js';
import { startTestMock, type TestMock } from '../test-support/startTestMock.js';

const BASE = '/v2/ai-integrations';
const FIXTURES: FixturesDocument = {
  accounts: [
    {
      account: 'fixture-account',
      ai_integrations: [{ name: 'From fixtures', provider: 'openAI', api_key: 'sk-fixture-secret' }],
    },
  ],
};

let t: TestMock;
beforeAll(async () => {
  t = await startTestMock({ fixtures: FIXTURES });
});
afterAll(() => t.close());

describe('authentication', () => {
  it('is 401 without a header, with another scheme, or with an empty token', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Basic dXNlcjpwYXNz' },
      { authorization: 'Bearer ' },
      { authorization: 'bearer-token-a' },
    ];
    for (const headers of attempts) {
      const reply = await t.request('GET', BASE, { token: null, headers });
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(reply.headers['www-authenticate']).toBe('Bearer');
      // Arize's SDK appends ". Verify your API key is correct." to the detail.
      expect(reply.body.detail, JSON.stringify(headers)).toMatch(/[^.]$/);
    }
  });

  it('keeps every token in its own account by default', async () => {
    await t.request('POST', BASE, { token: 'iso-1', body: { name: 'Mine', provider: 'openAI' } });
    expect((await t.request('GET', BASE, { token: 'iso-2' })).body.ai_integrations).toEqual([]);
    expect((await t.request('GET', BASE, { token: 'iso-1' })).body.ai_integrations).toHaveLength(1);
  });
});

describe('with a keys file', () => {
  const USER = 'VXNlcjo0Mjp4WXpX';
  const keys: KeysDocument = {
    keys: [
      { key: 'writer-key-123', account: 'acme', user: USER, role: 'read-write' },
      { key: 'reader-key-456', account: 'acme', role: 'read-only' },
      { key: 'other-key-789', account: 'globex' },
    ],
  };
  let k: TestMock;
  beforeAll(async () => {
    k = await startTestMock({ keys });
  });
  afterAll(() => k.close());

  it('accepts only listed keys, shares an account between its keys, and stamps the key user', async () => {
    const unlisted = await k.request('GET', BASE, { token: 'not-listed' });
    expect(unlisted.status).toBe(401);
    expect(unlisted.body.detail).toBe('This API key is not known to the mock (see its keys file)');
    const created = await k.request('POST', BASE, {
      token: 'writer-key-123',
      body: { name: 'Acme', provider: 'openAI' },
    });
    expect(created.status).toBe(201);
    expect(created.body.created_by_user_id).toBe(USER);
    expect((await k.request('GET', `${BASE}/${created.body.id}`, { token: 'reader-key-456' })).status).toBe(200);
    expect((await k.request('GET', `${BASE}/${created.body.id}`, { token: 'other-key-789' })).status).toBe(404);
  });

  it('answers 403 to writes with a read-only key and changes nothing', async () => {
    const created = await k.request('POST', BASE, {
      token: 'writer-key-123',
      body: { name: 'Guarded', provider: 'openAI' },
    });
    const token = 'reader-key-456';
    expect((await k.request('POST', BASE, { token, body: { name: 'Nope', provider: 'openAI' } })).status).toBe(403);
    expect((await k.request('PATCH', `${BASE}/${created.body.id}`, { token, body: { name: 'Nope' } })).status).toBe(
      403,
    );
    const forbidden = await k.request('DELETE', `${BASE}/${created.body.id}`, { token });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toBe('This API key is read-only');
    expect((await k.request('GET', `${BASE}/${created.body.id}`, { token })).body).toEqual(created.body);
  });

  it("answers a read-only key 404, not 403, for an integration that does not exist or is another account's", async () => {
    const foreign = await k.request('POST', BASE, {
      token: 'other-key-789',
      body: { name: 'Globex', provider: 'openAI' },
    });
    const deleted = await k.request('POST', BASE, {
      token: 'writer-key-123',
      body: { name: 'Gone', provider: 'openAI' },
    });
    await k.request('DELETE', `${BASE}/${deleted.body.id}`, { token: 'writer-key-123' });
    for (const id of [foreign.body.id, deleted.body.id]) {
      expect(
        (await k.request('PATCH', `${BASE}/${id}`, { token: 'reader-key-456', body: { name: 'Nope' } })).status,
      ).toBe(404);
      expect((await k.request('DELETE', `${BASE}/${id}`, { token: 'reader-key-456' })).status).toBe(404);
    }
    expect(
      (await k.request('PATCH', `${BASE}/not-an-id!`, { token: 'reader-key-456', body: { name: 'Nope' } })).status,
    ).toBe(400);
  });

  it('never writes a key into a log line', () => {
    expect(k.lines.length).toBeGreaterThan(0);
    for (const { key } of keys.keys) expect(k.lines.join('\n')).not.toContain(key);
  });
});

describe('request bodies', () => {
  it('is 400 on malformed JSON and on JSON that is not an object', async () => {
    const malformed = await t.request('POST', BASE, { raw: '{"name": "x",' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ pointer: '/body', message: 'is not valid JSON' }]);
    const array = await t.request('POST', BASE, { raw: '[{"name":"x","provider":"openAI"}]' });
    expect(array.status).toBe(400);
    expect(array.body.detail).toBe('The request body must be a JSON object.');
  });

  it('is 415 naming the type for a body not sent as JSON, on create and update, and stores nothing', async () => {
    const token = 'media-types';
    const created = await t.request('POST', BASE, { token, body: { name: 'Typed', provider: 'openAI' } });
    const item = `${BASE}/${created.body.id}`;
    const json = JSON.stringify({ name: 'Renamed', provider: 'gemini' });
    for (const [method, path] of [
      ['POST', BASE],
      ['PATCH', item],
    ] as const) {
      const text = await t.request(method, path, { token, raw: json, headers: { 'content-type': 'text/plain' } });
      expect(text.status).toBe(415);
      expect(text.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(text.body).toMatchObject({
        title: 'Unsupported media type',
        type: 'https://arize.com/docs/ax/rest-reference/errors#unsupported-media-type',
      });
      expect(text.body.detail).toBe('Content-Type text/plain is not JSON: send the body as application/json.');
      const form = await t.request(method, path, {
        token,
        raw: 'name=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      });
      expect(form.body.detail).toBe(
        'Content-Type application/x-www-form-urlencoded; charset=utf-8 is not JSON: send the body as application/json.',
      );
      const latin1 = await t.request(method, path, {
        token,
        raw: json,
        headers: { 'content-type': 'application/json; charset=latin1' },
      });
      expect(latin1.status).toBe(415);
      expect(latin1.body.detail).toBe('Charset "latin1" is not supported: send UTF-8 JSON.');
    }
    // JSON under another name is read: application/*+json, any case, with a UTF-8 charset.
    for (const type of ['application/merge-patch+json', 'APPLICATION/JSON', 'application/json; charset=utf-8']) {
      expect(
        (
          await t.request('PATCH', item, {
            token,
            body: { base_url: `https://${type.length}.example` },
            headers: { 'content-type': type },
          })
        ).status,
        type,
      ).toBe(200);
    }
    // No body at all is not a media-type question: the body is missing (400).
    expect((await t.request('PATCH', item, { token, headers: { 'content-type': 'text/plain' } })).status).toBe(400);
    expect((await t.request('GET', BASE, { token })).body.ai_integrations.map((i: { name: string }) => i.name)).toEqual(
      ['Typed'],
    );
  });

  it('is 415 for a body without Content-Type or with an unknown Content-Encoding', async () => {
    const response = await fetch(`${t.mock.url}${BASE}`, {
      method: 'POST',
      headers: { authorization: 'Bearer media-none' },
      body: new Blob(['{"name":"x","provider":"openAI"}']),
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { detail: string }).detail).toBe(
      'The request has a body but no Content-Type: send it as application/json.',
    );
    const compressed = await t.request('POST', BASE, {
      token: 'media-none',
      raw: '{"name":"x","provider":"openAI"}',
      headers: { 'content-encoding': 'compress' },
    });
    expect(compressed.status).toBe(415);
    expect(compressed.body.detail).toBe(
      'Content-Encoding "compress" is not supported: send the body uncompressed or gzip-compressed.',
    );
  });

  it('is 413 beyond 1 MiB', async () => {
    const reply = await t.request('POST', BASE, { body: { name: 'x'.repeat(1_100_000), provider: 'openAI' } });
    expect(reply.status).toBe(413);
    expect(reply.body.title).toBe('Payload too large');
  });
});

describe('Prefer: code', () => {
  it('forces a declared status with the spec example, and touches no state', async () => {
    const token = 'prefer-1';
    const created = await t.request('POST', BASE, { token, body: { name: 'Real', provider: 'openAI' } });
    const forced = await t.request('PATCH', `${BASE}/${created.body.id}`, {
      token,
      body: { name: 'Forced' },
      headers: { prefer: 'code=200' },
    });
    expect(forced.status).toBe(200);
    expect(forced.body.name).toBe('Updated Integration');
    const gone = await t.request('DELETE', `${BASE}/${created.body.id}`, { token, headers: { prefer: 'code=204' } });
    expect(gone.status).toBe(204);
    const conflict = await t.request('PATCH', `${BASE}/${created.body.id}`, {
      token,
      body: { name: 'x' },
      headers: { prefer: 'code=409' },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.instance).toBe(`${BASE}/${created.body.id}`);
    expect((await t.request('GET', `${BASE}/${created.body.id}`, { token })).body).toEqual(created.body);
  });

  it('works without credentials, and a 429 carries Retry-After', async () => {
    const reply = await t.request('GET', BASE, { token: null, headers: { prefer: 'code=429' } });
    expect(reply.status).toBe(429);
    expect(reply.headers['retry-after']).toBe('1');
  });

  it('is 400 naming the allowed codes for a status the operation does not declare', async () => {
    const reply = await t.request('GET', `${BASE}/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==`, {
      headers: { prefer: 'code=409' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detail).toBe(
      'Prefer: code=409 is not a status ai_integrations_get declares (allowed: 200, 400, 401, 404, 429).',
    );
  });
});

describe('CORS', () => {
  it('answers a preflight without credentials and exposes Retry-After', async () => {
    const preflight = await fetch(`${t.mock.url}${BASE}/abc`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE, PATCH, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    const get = await t.request('GET', BASE, { headers: { origin: 'http://localhost:5173' } });
    expect(get.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(get.headers['access-control-expose-headers']).toContain('Retry-After');
  });
});

describe('rate limit and latency', () => {
  it('answers 429 with Retry-After beyond N requests in a second', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00.250Z') };
    const limited = await startTestMock({ rateLimitPerSecond: 2, now: () => clock.now });
    try {
      expect((await limited.request('GET', BASE)).status).toBe(200);
      expect((await limited.request('GET', BASE)).status).toBe(200);
      const third = await limited.request('GET', BASE);
      expect(third.status).toBe(429);
      expect(third.headers['retry-after']).toBe('1');
      clock.now += 1000;
      expect((await limited.request('GET', BASE)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('limits each API key on its own: a noisy key gets 429 while a quiet key gets 200 at the same moment', async () => {
    const clock = { now: Date.parse('2026-01-01T00:00:00.000Z') };
    const limited = await startTestMock({ rateLimitPerSecond: 3, now: () => clock.now });
    try {
      const statuses = async (token: string, n: number) => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) out.push((await limited.request('GET', BASE, { token })).status);
        return out;
      };
      expect(await statuses('noisy-key', 5)).toEqual([200, 200, 200, 429, 429]);
      // The same instant: the quiet key has its own allowance.
      expect(await statuses('quiet-key', 1)).toEqual([200]);
      const refused = await limited.request('GET', BASE, { token: 'noisy-key' });
      expect(refused.status).toBe(429);
      expect(refused.body.detail).toBe(
        "More than 3 requests in one second with this API key (the mock's rate limit: 3/s per key). Retry after 1 second.",
      );
      // Each key's window opens with its first request: a key first seen 600 ms later has its own.
      clock.now += 600;
      expect(await statuses('late-key', 4)).toEqual([200, 200, 200, 429]);
      // 1 s after the noisy key's first request its window is over; the late key's is not.
      clock.now += 400;
      expect(await statuses('noisy-key', 1)).toEqual([200]);
      const late = await limited.request('GET', BASE, { token: 'late-key' });
      expect(late.status).toBe(429);
      expect(late.headers['retry-after']).toBe('1');
      clock.now += 600;
      expect(await statuses('late-key', 1)).toEqual([200]);
    } finally {
      await limited.close();
    }
  });

  it('limits per key, not per account, with a keys file', async () => {
    const keys: KeysDocument = {
      keys: [
        { key: 'busy-key-1', account: 'shared' },
        { key: 'calm-key-2', account: 'shared' },
      ],
    };
    const limited = await startTestMock({ keys, rateLimitPerSecond: 1, now: () => 0 });
    try {
      expect((await limited.request('GET', BASE, { token: 'busy-key-1' })).status).toBe(200);
      expect((await limited.request('GET', BASE, { token: 'busy-key-1' })).status).toBe(429);
      expect((await limited.request('GET', BASE, { token: 'calm-key-2' })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('still answers correctly with a latency range', async () => {
    const slow = await startTestMock({ latencyMs: [1, 5] });
    try {
      expect((await slow.request('POST', BASE, { body: { name: 'Slow', provider: 'openAI' } })).status).toBe(201);
    } finally {
      await slow.close();
    }
  });
});

describe('admin endpoints', () => {
  it('dumps the caller account without keys, resets to the fixtures and loads new ones', async () => {
    const admin = await startTestMock({ fixtures: FIXTURES });
    try {
      const token = 'fixture-account';
      await admin.request('POST', BASE, { token, body: { name: 'Added', provider: 'openAI' } });
      const dump = await admin.request('GET', '/__admin/state', { token });
      expect(dump.body.ai_integrations.map((i: { name: string }) => i.name)).toEqual(['Added', 'From fixtures']);
      expect(dump.text).not.toContain('sk-fixture-secret');
      expect((await admin.request('POST', '/__admin/reset', { token: null })).status).toBe(204);
      expect(
        (await admin.request('GET', BASE, { token })).body.ai_integrations.map((i: { name: string }) => i.name),
      ).toEqual(['From fixtures']);

      const bad = await admin.request('PUT', '/__admin/fixtures', {
        body: { accounts: [{ account: 'x', ai_integrations: [{ name: 'B', provider: 'awsBedrock' }] }] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.detail).toContain('accounts[0].ai_integrations[0] would be refused with 422');
      expect((await admin.request('GET', BASE, { token })).body.ai_integrations).toHaveLength(1);

      const loaded = await admin.request('PUT', '/__admin/fixtures', {
        body: { accounts: [{ account: 'new-account', ai_integrations: [{ name: 'N', provider: 'gemini' }] }] },
      });
      expect(loaded.body).toEqual({ accounts: 1, ai_integrations: 1 });
      expect((await admin.request('GET', BASE, { token })).body.ai_integrations).toEqual([]);
      await admin.request(
        'DELETE',
        `${BASE}/${(await admin.request('GET', BASE, { token: 'new-account' })).body.ai_integrations[0].id}`,
        { token: 'new-account' },
      );
      await admin.request('POST', '/__admin/reset', { token: null });
      expect((await admin.request('GET', BASE, { token: 'new-account' })).body.ai_integrations).toHaveLength(1);
    } finally {
      await admin.close();
    }
  });
});

describe('logging and unknown routes', () => {
  it('logs method, path, status and duration only', async () => {
    await t.request('GET', `${BASE}?name=secret-looking-query`, { token: 'log-token-abcdef' });
    const line = t.lines.find((l) => l.startsWith('GET /v2/ai-integrations 200'));
    expect(line).toMatch(/^GET \/v2\/ai-integrations 200 \d+\.\dms$/);
    expect(t.lines.join('\n')).not.toContain('log-token-abcdef');
    expect(t.lines.join('\n')).not.toContain('secret-looking-query');
  });

  it('logs the requests the Host check answers too', async () => {
    const before = t.lines.length;
    const reply = await sendRawBytes(
      new URL(t.mock.url),
      'GET /v2/ai-integrations?host-less HTTP/1.1\r\nAuthorization: Bearer x\r\nConnection: close\r\n\r\n',
    );
    expect(reply.status).toBe(400);
    expect(t.lines.slice(before)).toEqual([expect.stringMatching(/^GET \/v2\/ai-integrations 400 \d+\.\dms$/)]);
  });

  it('answers a path of the contract reached with another method with 405 and Allow, before authentication', async () => {
    const item = `${BASE}/TGxtSW50ZWdyYXRpb246MTI6YUJjRA==`;
    const put = await t.request('PUT', item, { token: null, body: { name: 'x' } });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD, DELETE, PATCH, OPTIONS');
    expect(put.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(put.body).toMatchObject({
      status: 405,
      title: 'Method not allowed',
      detail:
        'PUT is not a method of /v2/ai-integrations/{integration_id} (allowed: GET, HEAD, DELETE, PATCH, OPTIONS).',
    });
    const deleteAll = await t.request('DELETE', BASE);
    expect(deleteAll.status).toBe(405);
    expect(deleteAll.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    const options = await t.request('OPTIONS', BASE, { token: null });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    // The methods it allows do what they say.
    expect((await t.request('HEAD', BASE)).status).toBe(200);
    expect((await t.request('PATCH', BASE, { body: { name: 'x' } })).status).toBe(405);
  });

  it('answers a path outside the contract with a 404 problem', async () => {
    const reply = await t.request('GET', '/v3/nothing');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toContain('application/problem+json');
  });
});
