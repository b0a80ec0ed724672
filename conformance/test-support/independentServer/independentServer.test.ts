import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INDEPENDENT_SWITCHES,
  startIndependentServer,
  type IndependentServer,
  type IndependentServerOptions,
} from './startIndependentServer.js';

const BASE = '/v2/ai-integrations';
const ID = /^[A-Za-z0-9+/]+={0,2}$/;
const AWS = { kind: 'aws', role_arn: 'arn:aws:iam::123456789012:role/x' };
const GCP = { kind: 'gcp', project_id: 'p', location: 'us-central1', project_access_label: 'l' };

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

async function call(
  server: IndependentServer,
  method: string,
  path: string,
  body?: unknown,
  auth: string | null = 'Bearer k1',
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (auth !== null) headers.Authorization = auth;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(server.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

const item = (id: string): string => `${BASE}/${encodeURIComponent(id)}`;
let counter = 0;
const uniqueName = (): string => `it-${++counter}`;

async function create(
  server: IndependentServer,
  fields: Record<string, unknown> = {},
  auth = 'Bearer k1',
): Promise<any> {
  const res = await call(server, 'POST', BASE, { name: uniqueName(), provider: 'openAI', ...fields }, auth);
  expect(res.status, res.text).toBe(201);
  return res.body;
}

function expectProblem(res: Answer, status: number): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  expect(typeof res.body.title).toBe('string');
}

/** Runs `body` against a server started with `options`, closed afterwards. */
async function withServer(
  options: IndependentServerOptions,
  body: (server: IndependentServer) => Promise<void>,
): Promise<void> {
  const server = await startIndependentServer(options);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

describe('independent server, default behaviour', () => {
  let server: IndependentServer;
  beforeAll(async () => {
    server = await startIndependentServer();
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 and requires a bearer token', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const auth of [null, 'Basic azE6eA==', 'k1', 'Bearer ', 'Bearer    ', 'bearer k1', 'Bearerk1']) {
      const res = await call(server, 'GET', BASE, undefined, auth);
      expectProblem(res, 401);
      expect(res.body.type).toBe('https://arize.com/docs/ax/rest-reference/errors#authentication-required');
      expect(res.body.title).toBe('Authentication required');
      expect(typeof res.body.detail).toBe('string');
    }
  });

  it('creates with the contract defaults, in its own id format, never returning the key', async () => {
    const res = await call(server, 'POST', BASE, { name: 'defaults', provider: 'anthropic', api_key: 'sk-secret-1' });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.text).not.toContain('sk-secret-1');
    const b = res.body;
    expect(b).toMatchObject({
      name: 'defaults',
      provider: 'anthropic',
      has_api_key: true,
      enable_default_models: false,
      function_calling_enabled: true,
      auth_type: 'default',
      scopings: [{}],
    });
    expect(b.id).toMatch(ID);
    expect(Buffer.from(b.id, 'base64').toString()).toMatch(/^AiIntegration:[0-9a-f-]{36}$/);
    expect(Buffer.from(b.created_by_user_id, 'base64').toString()).toMatch(/^User:\d+$/);
    expect(b.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(b.updated_at).toBe(b.created_at);
    // Default representation of unset fields: base_url and provider_metadata null, the others omitted.
    expect(b.base_url).toBeNull();
    expect(b.provider_metadata).toBeNull();
    expect('model_names' in b).toBe(false);
    expect('headers' in b).toBe(false);
    const got = await call(server, 'GET', item(b.id));
    expect(got.body).toEqual(b);
  });

  it('validates create bodies', async () => {
    const post = (body: unknown) => call(server, 'POST', BASE, body);
    expectProblem(await post({ provider: 'openAI' }), 400);
    expectProblem(await post({ name: uniqueName() }), 400);
    for (const field of [
      'api_key',
      'base_url',
      'model_names',
      'headers',
      'enable_default_models',
      'function_calling_enabled',
      'auth_type',
      'provider_metadata',
      'scopings',
    ]) {
      expectProblem(await post({ name: uniqueName(), provider: 'openAI', [field]: null }), 400);
    }
    expectProblem(await post({ name: uniqueName(), provider: 'openAI', colour: 'blue' }), 400);
    expectProblem(
      await post({ name: uniqueName(), provider: 'openAI', scopings: [{ organization_id: 'T3Jn', team: 'x' }] }),
      400,
    );
    expectProblem(
      await post({ name: uniqueName(), provider: 'awsBedrock', provider_metadata: { ...AWS, region: 'x' } }),
      400,
    );
    expectProblem(await post({ name: uniqueName(), provider: 'OPEN_AI' }), 400);
    expectProblem(await post({ name: uniqueName(), provider: 'openAI', auth_type: 'DEFAULT' }), 400);
    expectProblem(await post({ name: uniqueName(), provider: 'openAI', enable_default_models: 'true' }), 400);
    expectProblem(await post({ name: uniqueName(), provider: 'openAI', model_names: ['a', 1] }), 400);
    expectProblem(await post({ name: uniqueName(), provider: 'openAI', headers: { a: 1 } }), 400);
    expectProblem(await post({ name: '', provider: 'openAI' }), 400);
    expectProblem(await post({ name: uniqueName(), provider: 'openAI', api_key: '' }), 400);
    expectProblem(await post('{"name": "x",'), 400);
    expectProblem(await post('[1]'), 400);
    expectProblem(await post('null'), 400);
    expectProblem(await post({ name: uniqueName(), provider: 'awsBedrock' }), 422);
    expectProblem(await post({ name: uniqueName(), provider: 'awsBedrock', provider_metadata: GCP }), 422);
    expectProblem(await post({ name: uniqueName(), provider: 'awsBedrock', provider_metadata: { kind: 'aws' } }), 422);
    expectProblem(
      await post({
        name: uniqueName(),
        provider: 'vertexAI',
        provider_metadata: { kind: 'gcp', project_id: 'p', location: 'l' },
      }),
      422,
    );
    expect((await post({ name: uniqueName(), provider: 'vertexAI', provider_metadata: GCP })).status).toBe(201);
    expect(
      (await post({ name: uniqueName(), provider: 'awsBedrock', provider_metadata: { ...AWS, external_id: null } }))
        .status,
    ).toBe(201);
    // headers: 8,175 bytes of JSON pass, one more is a 400.
    const sized = (bytes: number) => ({ h: 'x'.repeat(bytes - '{"h":""}'.length) });
    expect((await post({ name: uniqueName(), provider: 'openAI', headers: sized(8175) })).status).toBe(201);
    expectProblem(await post({ name: uniqueName(), provider: 'openAI', headers: sized(8176) }), 400);
  });

  it('keeps names unique per account, case-sensitively', async () => {
    const name = uniqueName();
    await create(server, { name });
    expectProblem(await call(server, 'POST', BASE, { name, provider: 'gemini' }), 409);
    expect((await call(server, 'POST', BASE, { name: name.toUpperCase(), provider: 'gemini' })).status).toBe(201);
    expect((await call(server, 'POST', BASE, { name, provider: 'gemini' }, 'Bearer k-other')).status).toBe(201);
  });

  it('keeps accounts apart and checks path ids', async () => {
    const mine = await create(server);
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      expectProblem(
        await call(
          server,
          method,
          item(mine.id),
          method === 'PATCH' ? { name: uniqueName() } : undefined,
          'Bearer k-other',
        ),
        404,
      );
    }
    const theirs = await call(server, 'GET', `${BASE}?limit=100`, undefined, 'Bearer k-other');
    expect(theirs.body.ai_integrations.map((i: any) => i.id)).not.toContain(mine.id);
    expectProblem(await call(server, 'GET', item('not an id!')), 400);
    expectProblem(await call(server, 'GET', item('abc')), 400);
    expectProblem(await call(server, 'GET', `${BASE}/%E0%A4%A`), 400);
    expectProblem(await call(server, 'GET', item(Buffer.from('AiIntegration:nope').toString('base64'))), 404);
    expect((await call(server, 'GET', item(mine.id))).status).toBe(200);
  });

  it('follows the 13 update rules', async () => {
    const start = await create(server, {
      api_key: 'k',
      base_url: 'https://x',
      model_names: ['a', 'b'],
      headers: { h1: 'v1', h2: 'v2' },
    });
    const patch = (body: unknown) => call(server, 'PATCH', item(start.id), body);
    const get = async () => (await call(server, 'GET', item(start.id))).body;
    // 1 non-empty; 12 unknown properties
    expectProblem(await patch({}), 400);
    expectProblem(await patch({ colour: 'blue' }), 400);
    // 2 omitted unchanged; 13 the 200 body is what GET returns
    const renamed = await patch({ name: `${start.name}-r` });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ ...start, name: `${start.name}-r`, updated_at: renamed.body.updated_at });
    expect(await get()).toEqual(renamed.body);
    // 3 uniqueness
    const other = await create(server);
    expectProblem(await patch({ name: other.name }), 409);
    expect((await patch({ name: `${start.name}-r` })).status).toBe(200);
    // 4 api_key
    expect((await patch({ api_key: null })).body.has_api_key).toBe(false);
    expect((await patch({ api_key: 'k2' })).body.has_api_key).toBe(true);
    expect((await patch({ base_url: 'https://y' })).body.has_api_key).toBe(true);
    // 5 null clears
    const cleared = (await patch({ base_url: null, headers: null })).body;
    expect(cleared.base_url ?? null).toBeNull();
    expect(cleared.headers ?? null).toBeNull();
    // 6 replace-all, headers replaced
    const replaced = (
      await patch({
        model_names: ['c'],
        headers: { h3: 'v3' },
        scopings: [{ organization_id: 'T3JnOjE=' }, { organization_id: 'T3JnOjE=', space_id: 'U3BhY2U6MQ==' }],
      })
    ).body;
    expect(replaced.model_names).toEqual(['c']);
    expect((await patch({ headers: { h4: 'v4' } })).body.headers).toEqual({ h4: 'v4' });
    expect(replaced.scopings).toEqual([
      { organization_id: 'T3JnOjE=', space_id: null },
      { organization_id: 'T3JnOjE=', space_id: 'U3BhY2U6MQ==' },
    ]);
    // 7 types, nulls on non-nullable fields
    for (const field of [
      'name',
      'provider',
      'model_names',
      'enable_default_models',
      'function_calling_enabled',
      'auth_type',
      'scopings',
    ]) {
      expectProblem(await patch({ [field]: null }), 400);
    }
    expectProblem(await patch({ function_calling_enabled: 1 }), 400);
    // 8 atomic
    const before = await get();
    expectProblem(await patch({ name: 'half', auth_type: 'nope' }), 400);
    expectProblem(await patch({ name: 'half', provider: 'awsBedrock' }), 422);
    expectProblem(await patch({ model_names: ['z'], name: other.name }), 409);
    expect(await get()).toEqual(before);
    // 9 provider consistency on the state after the patch
    const bedrock = (await patch({ provider: 'awsBedrock', provider_metadata: AWS })).body;
    expect(bedrock.provider).toBe('awsBedrock');
    expectProblem(await patch({ provider_metadata: null }), 422);
    expectProblem(await patch({ provider_metadata: GCP }), 422);
    expect((await patch({ provider: 'vertexAI', provider_metadata: GCP })).status).toBe(200);
    // 10 immutables, updated_at forward
    const a = (await patch({ auth_type: 'bearer_token' })).body;
    const b = (await patch({ auth_type: 'bearer_token' })).body;
    expect([b.id, b.created_at, b.created_by_user_id]).toEqual([start.id, start.created_at, start.created_by_user_id]);
    expect(Date.parse(b.updated_at)).toBeGreaterThan(Date.parse(a.updated_at));
    // 11 headers size
    expectProblem(await patch({ headers: { h: 'x'.repeat(8200) } }), 400);
  });

  it('lists with limits, opaque cursors and a name filter', async () => {
    const key = 'Bearer k-list';
    const made = [];
    for (let i = 0; i < 5; i += 1) made.push(await create(server, { name: `List-Item-${i}` }, key));
    for (const limit of ['0', '101', 'abc', '1.5', '-1', ''])
      expectProblem(await call(server, 'GET', `${BASE}?limit=${limit}`, undefined, key), 400);
    expectProblem(await call(server, 'GET', `${BASE}?cursor=forged`, undefined, key), 400);
    expectProblem(await call(server, 'GET', `${BASE}?name=${'x'.repeat(256)}`, undefined, key), 400);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await call(
        server,
        'GET',
        `${BASE}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        undefined,
        key,
      );
      expect(res.status).toBe(200);
      const { has_more, next_cursor } = res.body.pagination;
      expect('next_cursor' in res.body.pagination).toBe(has_more);
      seen.push(...res.body.ai_integrations.map((i: any) => i.name));
      cursor = next_cursor;
    } while (cursor);
    expect(seen).toEqual(made.map((m) => m.name).reverse()); // newest first
    const filtered = await call(server, 'GET', `${BASE}?name=lIsT-iTeM-3`, undefined, key);
    expect(filtered.body.ai_integrations.map((i: any) => i.name)).toEqual(['List-Item-3']);
    expect(filtered.body.pagination).toEqual({ has_more: false });
  });

  it('deletes with 204 and no body', async () => {
    const made = await create(server);
    const res = await call(server, 'DELETE', item(made.id));
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expectProblem(await call(server, 'GET', item(made.id)), 404);
    expect(server.integrations('k1').map((i) => i.id)).not.toContain(made.id);
    expect(server.rateLimited).toBe(0);
  });
});

describe('independent server switches', () => {
  it('every switch entry starts a server', async () => {
    for (const [name, { description, options }] of Object.entries(INDEPENDENT_SWITCHES)) {
      expect(description, name).not.toBe('');
      await withServer(options, async (s) => expect((await call(s, 'GET', BASE)).status).toBe(200));
    }
  });

  it('shuffleKeys', () =>
    withServer({ shuffleKeys: true }, async (s) => {
      const made = await create(s, {
        provider: 'vertexAI',
        provider_metadata: GCP,
        scopings: [{ organization_id: 'T3Jn', space_id: 'U3Bh' }],
      });
      const orders = new Set<string>();
      const metaOrders = new Set<string>();
      for (let i = 0; i < 12; i += 1) {
        const got = (await call(s, 'GET', item(made.id))).body;
        expect(got).toEqual(made);
        orders.add(Object.keys(got).join());
        metaOrders.add(Object.keys(got.provider_metadata).join() + Object.keys(got.scopings[0]).join());
      }
      expect(orders.size).toBeGreaterThan(1);
      expect(metaOrders.size).toBeGreaterThan(1);
    }));

  it('clearedAs and accountWideAs', async () => {
    await withServer({ clearedAs: 'null', accountWideAs: 'nulls' }, async (s) => {
      const b = await create(s, {
        provider: 'awsBedrock',
        provider_metadata: AWS,
        scopings: [{}, { organization_id: 'T3Jn' }],
      });
      expect(b).toMatchObject({
        base_url: null,
        model_names: null,
        headers: null,
        provider_metadata: { ...AWS, external_id: null },
      });
      expect(b.scopings).toEqual([
        { organization_id: null, space_id: null },
        { organization_id: 'T3Jn', space_id: null },
      ]);
    });
    await withServer({ clearedAs: 'absent', accountWideAs: 'empty-object' }, async (s) => {
      const b = await create(s, { scopings: [{}, { organization_id: 'T3Jn' }] });
      for (const key of ['base_url', 'model_names', 'headers', 'provider_metadata']) expect(key in b).toBe(false);
      expect(b.scopings).toEqual([{}, { organization_id: 'T3Jn' }]);
      const patched = (await call(s, 'PATCH', item(b.id), { base_url: 'u' })).body;
      expect((await call(s, 'PATCH', item(b.id), { base_url: null })).body).toEqual({
        ...patched,
        base_url: undefined,
        updated_at: expect.any(String),
      });
    });
  });

  it('extraFields', () =>
    withServer({ extraFields: true }, async (s) => {
      const b = await create(s, {
        provider: 'awsBedrock',
        provider_metadata: AWS,
        headers: { h: 'v' },
        scopings: [{ organization_id: 'T3Jn', space_id: 'U3Bh' }],
      });
      expect(b.header_names).toEqual(['h']);
      expect(b.space_ids).toEqual(['U3Bh']);
      expect(b.scopings[0].space_name).toEqual(expect.any(String));
      expect(b.provider_metadata.region_hint).toBe('us-east-1');
      const listed = (await call(s, 'GET', BASE)).body;
      expect(listed.total_hint).toBe(1);
      expect(listed.pagination.total_hint).toBe(1);
      expect((await call(s, 'GET', item('abc'))).body.error_code).toBe('INVALID_REQUEST');
    }));

  it('timestamps', async () => {
    const shapes = {
      seconds: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
      micros: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/,
      offset: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/,
    } as const;
    for (const [style, shape] of Object.entries(shapes)) {
      await withServer({ timestamps: style as keyof typeof shapes }, async (s) => {
        const b = await create(s);
        expect(b.created_at).toMatch(shape);
        let last = Date.parse(b.updated_at);
        for (let i = 0; i < 3; i += 1) {
          const u = Date.parse((await call(s, 'PATCH', item(b.id), { base_url: `u${i}` })).body.updated_at);
          expect(u).toBeGreaterThanOrEqual(last);
          if (style !== 'seconds') expect(u).toBeGreaterThan(last);
          last = u;
        }
      });
    }
  });

  it('ignoreUnknown', () =>
    withServer({ ignoreUnknown: true }, async (s) => {
      const b = await create(s, {
        colour: 'blue',
        provider: 'awsBedrock',
        provider_metadata: { ...AWS, region: 'r' },
        scopings: [{ organization_id: 'T3Jn', team: 't' }],
      });
      expect('colour' in b).toBe(false);
      expect(b.provider_metadata).toEqual(AWS);
      expect(b.scopings).toEqual([{ organization_id: 'T3Jn', space_id: null }]);
      expectProblem(await call(s, 'PATCH', item(b.id), { colour: 'red' }), 400);
      expect((await call(s, 'PATCH', item(b.id), { colour: 'red', base_url: 'u' })).status).toBe(200);
      expectProblem(await call(s, 'POST', BASE, { name: '', provider: 'openAI' }), 400);
    }));

  it('emptyStringsAccepted', () =>
    withServer({ emptyStringsAccepted: true }, async (s) => {
      const b = await create(s, {
        name: '',
        api_key: '',
        provider: 'awsBedrock',
        provider_metadata: { kind: 'aws', role_arn: '' },
        scopings: [{ organization_id: '' }],
      });
      expect(b).toMatchObject({
        name: '',
        has_api_key: true,
        provider_metadata: { role_arn: '' },
        scopings: [{ organization_id: '', space_id: null }],
      });
      expect(s.integrations('k1')[0]?.api_key).toBe('');
    }));

  it('mergeHeaders', () =>
    withServer({ mergeHeaders: true }, async (s) => {
      const b = await create(s, { headers: { a: '1', b: '2' } });
      expect((await call(s, 'PATCH', item(b.id), { headers: { b: '3', c: '4' } })).body.headers).toEqual({
        a: '1',
        b: '3',
        c: '4',
      });
      expect((await call(s, 'PATCH', item(b.id), { headers: null })).body.headers ?? null).toBeNull();
      expect((await call(s, 'PATCH', item(b.id), { headers: { d: '5' } })).body.headers).toEqual({ d: '5' });
      expectProblem(await call(s, 'PATCH', item(b.id), { headers: { e: 'x'.repeat(8170) } }), 400);
    }));

  it('rateLimit', async () => {
    for (const retryAfter of ['seconds', 'none', 'http-date'] as const) {
      await withServer({ rateLimit: { every: 3, retryAfter } }, async (s) => {
        const answers = [];
        for (let i = 0; i < 6; i += 1) answers.push(await call(s, 'POST', BASE, { name: `r${i}`, provider: 'openAI' }));
        expect(answers.map((a) => a.status)).toEqual([201, 201, 429, 201, 201, 429]);
        expect(s.rateLimited).toBe(2);
        expect(s.integrations('k1')).toHaveLength(4);
        expectProblem(answers[2]!, 429);
        const header = answers[2]!.headers.get('retry-after');
        if (retryAfter === 'seconds') expect(header).toBe('0');
        if (retryAfter === 'none') expect(header).toBeNull();
        if (retryAfter === 'http-date') expect(Date.parse(header!)).toBeLessThanOrEqual(Date.now());
        // Counted per account.
        expect((await call(s, 'GET', BASE, undefined, 'Bearer k2')).status).toBe(200);
      });
    }
  });

  it('pageSize', () =>
    withServer({ pageSize: { default: 7, max: 20 } }, async (s) => {
      for (let i = 0; i < 25; i += 1) await create(s);
      expect((await call(s, 'GET', BASE)).body.ai_integrations).toHaveLength(7);
      expect((await call(s, 'GET', `${BASE}?limit=50`)).body.ai_integrations).toHaveLength(20);
      expect((await call(s, 'GET', `${BASE}?limit=12`)).body.ai_integrations).toHaveLength(12);
      expectProblem(await call(s, 'GET', `${BASE}?limit=101`), 400);
    }));

  it('listOrder', async () => {
    for (const [listOrder, expected] of [
      ['oldest-first', ['b', 'c', 'a']],
      ['by-name', ['a', 'b', 'c']],
    ] as const) {
      await withServer({ listOrder }, async (s) => {
        for (const name of ['b', 'c', 'a']) await create(s, { name });
        const first = (await call(s, 'GET', `${BASE}?limit=2`)).body;
        const second = (
          await call(s, 'GET', `${BASE}?limit=2&cursor=${encodeURIComponent(first.pagination.next_cursor)}`)
        ).body;
        expect([...first.ai_integrations, ...second.ai_integrations].map((i: any) => i.name)).toEqual(expected);
      });
    }
  });

  it('modelNamesOrder and dedupeModelNames', async () => {
    await withServer({ modelNamesOrder: 'sorted' }, async (s) => {
      expect((await create(s, { model_names: ['z', 'a', 'z'] })).model_names).toEqual(['a', 'z', 'z']);
    });
    await withServer({ dedupeModelNames: true }, async (s) => {
      expect((await create(s, { model_names: ['z', 'a', 'z'] })).model_names).toEqual(['z', 'a']);
    });
  });

  it('providerChangeRefused', () =>
    withServer({ providerChangeRefused: true }, async (s) => {
      const b = await create(s);
      expectProblem(await call(s, 'PATCH', item(b.id), { provider: 'anthropic', name: 'n' }), 400);
      expect((await call(s, 'PATCH', item(b.id), { provider: 'openAI' })).status).toBe(200);
      expect((await call(s, 'GET', item(b.id))).body.name).toBe(b.name);
    }));

  it('modelSourceRequired', () =>
    withServer({ modelSourceRequired: true }, async (s) => {
      expectProblem(await call(s, 'POST', BASE, { name: 'x', provider: 'awsBedrock', provider_metadata: AWS }), 422);
      const b = await create(s, { provider: 'awsBedrock', provider_metadata: AWS, model_names: ['m'] });
      expectProblem(await call(s, 'PATCH', item(b.id), { model_names: [] }), 422);
      expect((await call(s, 'PATCH', item(b.id), { model_names: [], enable_default_models: true })).status).toBe(200);
      expect((await create(s, { provider: 'openAI' })).provider).toBe('openAI');
    }));

  it('metadataOnlyWhereNeeded', () =>
    withServer({ metadataOnlyWhereNeeded: true }, async (s) => {
      expectProblem(await call(s, 'POST', BASE, { name: 'x', provider: 'openAI', provider_metadata: AWS }), 422);
      const b = await create(s, { provider: 'awsBedrock', provider_metadata: AWS });
      expectProblem(await call(s, 'PATCH', item(b.id), { provider: 'openAI' }), 422);
      expect((await call(s, 'PATCH', item(b.id), { provider: 'openAI', provider_metadata: null })).status).toBe(200);
    }));

  it('scopingIds', async () => {
    for (const status of [403, 404] as const) {
      await withServer({ scopingIds: { organizations: ['T3JnOjE='], spaces: ['U3BhY2U6MQ=='], status } }, async (s) => {
        expectProblem(
          await call(s, 'POST', BASE, { name: 'x', provider: 'openAI', scopings: [{ organization_id: 'T3JnOjI=' }] }),
          status,
        );
        const b = await create(s, { scopings: [{ organization_id: 'T3JnOjE=', space_id: 'U3BhY2U6MQ==' }] });
        expectProblem(
          await call(s, 'PATCH', item(b.id), {
            name: 'y',
            scopings: [{ organization_id: 'T3JnOjE=', space_id: 'U3BhY2U6Mg==' }],
          }),
          status,
        );
        expect((await call(s, 'GET', item(b.id))).body).toEqual(b);
      });
    }
  });

  it('problemMinimal', () =>
    withServer({ problemMinimal: true }, async (s) => {
      const res = await call(s, 'GET', BASE, undefined, null);
      expectProblem(res, 401);
      expect(Object.keys(res.body).sort()).toEqual(['status', 'title']);
    }));

  it('caseInsensitiveNames', () =>
    withServer({ caseInsensitiveNames: true }, async (s) => {
      const b = await create(s, { name: 'Alpha' });
      expectProblem(await call(s, 'POST', BASE, { name: 'ALPHA', provider: 'openAI' }), 409);
      expect((await call(s, 'PATCH', item(b.id), { name: 'alpha' })).status).toBe(200);
    }));

  it('updatedAtUntouchedOnNoop', () =>
    withServer({ updatedAtUntouchedOnNoop: true }, async (s) => {
      const b = await create(s, { base_url: 'u' });
      expect((await call(s, 'PATCH', item(b.id), { base_url: 'u', name: b.name })).body.updated_at).toBe(b.updated_at);
      expect((await call(s, 'PATCH', item(b.id), { base_url: 'v' })).body.updated_at).not.toBe(b.updated_at);
    }));

  it('nullMetadataCreateStatus and incompleteMetadataStatus', async () => {
    await withServer({ nullMetadataCreateStatus: 422, incompleteMetadataStatus: 400 }, async (s) => {
      expectProblem(await call(s, 'POST', BASE, { name: 'x', provider: 'openAI', provider_metadata: null }), 422);
      expectProblem(
        await call(s, 'POST', BASE, { name: 'x', provider: 'awsBedrock', provider_metadata: { kind: 'aws' } }),
        400,
      );
    });
  });

  it('authSchemeCaseInsensitive', () =>
    withServer({ authSchemeCaseInsensitive: true }, async (s) => {
      expect((await call(s, 'GET', BASE, undefined, 'bearer k1')).status).toBe(200);
      expect((await call(s, 'GET', BASE, undefined, 'BEARER k1')).status).toBe(200);
      expectProblem(await call(s, 'GET', BASE, undefined, 'Basic k1'), 401);
    }));

  it('slashyIds', () =>
    withServer({ slashyIds: true }, async (s) => {
      for (let i = 0; i < 5; i += 1) {
        const b = await create(s);
        expect(b.id).toMatch(/[+/]/);
        expect(b.id).toMatch(ID);
        expect((await call(s, 'GET', item(b.id))).status).toBe(200);
      }
    }));

  it('contentTypeCharset', () =>
    withServer({ contentTypeCharset: true }, async (s) => {
      expect((await call(s, 'GET', BASE)).headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect((await call(s, 'GET', BASE, undefined, null)).headers.get('content-type')).toBe(
        'application/problem+json; charset=utf-8',
      );
    }));

  it('timestamps at a non-UTC offset name the same instant', () =>
    withServer({ timestamps: 'non-utc' }, async (s) => {
      const before = Date.now();
      const b = await create(s);
      expect(b.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+05:30$/);
      expect(Math.abs(Date.parse(b.created_at) - before)).toBeLessThan(5000);
    }));

  it('foreignIdStatus 403', () =>
    withServer({ foreignIdStatus: 403 }, async (s) => {
      const b = await create(s);
      expectProblem(await call(s, 'PATCH', item(b.id), { name: 'x' }, 'Bearer k2'), 403);
      expectProblem(await call(s, 'DELETE', item(b.id), undefined, 'Bearer k2'), 403);
      expectProblem(await call(s, 'GET', item(b.id), undefined, 'Bearer k2'), 404);
      expectProblem(
        await call(s, 'GET', item(Buffer.from('AiIntegration:nope').toString('base64')), undefined, 'Bearer k2'),
        404,
      );
      expect((await call(s, 'GET', item(b.id))).body).toEqual(b);
    }));

  it('headersTooLargeStatus and emptyPatchStatus', async () => {
    for (const status of [413, 422] as const) {
      await withServer({ headersTooLargeStatus: status, emptyPatchStatus: 422 }, async (s) => {
        expectProblem(
          await call(s, 'POST', BASE, { name: 'x', provider: 'openAI', headers: { h: 'x'.repeat(9000) } }),
          status,
        );
        const b = await create(s);
        expectProblem(await call(s, 'PATCH', item(b.id), { headers: { h: 'x'.repeat(9000) } }), status);
        expectProblem(await call(s, 'PATCH', item(b.id), {}), 422);
      });
    }
  });

  it('everything', () =>
    withServer(INDEPENDENT_SWITCHES.everything!.options, async (s) => {
      const statuses: number[] = [];
      for (let i = 0; i < 13; i += 1)
        statuses.push((await call(s, 'POST', BASE, { name: `e${i}`, provider: 'openAI', extra: 1 })).status);
      expect(statuses.filter((x) => x === 429)).toHaveLength(1);
      const page = (await call(s, 'GET', `${BASE}?limit=100`)).body;
      expect(page.ai_integrations).toHaveLength(5);
      expect(page.ai_integrations[0].name).toBe('e0');
      expect(page.ai_integrations[0].scopings).toEqual([{ organization_id: null, space_id: null, space_name: null }]);
      expect('base_url' in page.ai_integrations[0]).toBe(false);
      expect(page.ai_integrations[0].created_at).toMatch(/\+00:00$/);
    }));
});

describe('independent server, legitimate differences of a real deployment', () => {
  it('gzip: compressed only when the request accepts gzip', () =>
    withServer({ gzip: true }, async (s) => {
      const accepted = await fetch(`${s.url}${BASE}`, {
        headers: { Authorization: 'Bearer k1', 'Accept-Encoding': 'gzip' },
      });
      expect(accepted.headers.get('content-encoding')).toBe('gzip');
      expect(((await accepted.json()) as { ai_integrations: unknown[] }).ai_integrations).toEqual([]);
      const plain = await fetch(`${s.url}${BASE}`, {
        headers: { Authorization: 'Bearer k1', 'Accept-Encoding': 'identity' },
      });
      expect(plain.headers.get('content-encoding')).toBeNull();
    }));

  it('connectionClose, extraHeaders', () =>
    withServer({ connectionClose: true, extraHeaders: true }, async (s) => {
      const res = await call(s, 'GET', BASE);
      expect(res.headers.get('connection')).toBe('close');
      expect(res.headers.get('x-request-id')).toMatch(/^req-\d+$/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }));

  it('problemType about:blank and relative', async () => {
    for (const [problemType, type] of [
      ['about:blank', 'about:blank'],
      ['relative', '/problems/authentication-required'],
    ] as const) {
      await withServer({ problemType }, async (s) => {
        const res = await call(s, 'GET', BASE, undefined, null);
        expectProblem(res, 401);
        expect(res.body.type).toBe(type);
      });
    }
  });

  it('sequential ids and numeric cursors', () =>
    withServer({ idFormat: 'sequential', cursorFormat: 'numeric' }, async (s) => {
      const made = [await create(s), await create(s), await create(s)];
      expect(made.map((b) => Buffer.from(b.id, 'base64').toString())).toEqual([
        'AiIntegration:1',
        'AiIntegration:2',
        'AiIntegration:3',
      ]);
      const first = (await call(s, 'GET', `${BASE}?limit=2`)).body;
      expect(first.pagination).toEqual({ has_more: true, next_cursor: '2' });
      const second = (await call(s, 'GET', `${BASE}?limit=2&cursor=2`)).body;
      expect([...first.ai_integrations, ...second.ai_integrations].map((b: { id: string }) => b.id).sort()).toEqual(
        made.map((b) => b.id).sort(),
      );
      expectProblem(await call(s, 'GET', `${BASE}?cursor=abc`), 400);
    }));

  it('emptyScopingsAccountWide: scopings [] stored as one account-wide scoping', () =>
    withServer({ emptyScopingsAccountWide: true }, async (s) => {
      const b = await create(s, { scopings: [{ organization_id: 'T3JnOjE=' }] });
      expect((await call(s, 'PATCH', item(b.id), { scopings: [] })).body.scopings).toEqual([{}]);
    }));

  it('latencyMs: answers after a delay in the range', () =>
    withServer({ latencyMs: { min: 30, max: 40 } }, async (s) => {
      const started = performance.now();
      await call(s, 'GET', BASE);
      expect(performance.now() - started).toBeGreaterThanOrEqual(29);
    }));
});

describe('independent server, deliberate faults', () => {
  const patchAll = (s: IndependentServer, id: string, bodies: unknown[]) =>
    Promise.all(bodies.map((body) => call(s, 'PATCH', item(id), body)));

  it('create-check-then-insert and rename-check-then-update: simultaneous requests onto one name all succeed', async () => {
    await withServer({ fault: 'create-check-then-insert' }, async (s) => {
      const answers = await Promise.all(
        [1, 2, 3].map(() => call(s, 'POST', BASE, { name: 'same', provider: 'openAI' })),
      );
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    });
    await withServer({ fault: 'rename-check-then-update' }, async (s) => {
      const [a, b] = [await create(s), await create(s)];
      expect(
        (await Promise.all([a, b].map((x) => call(s, 'PATCH', item(x.id), { name: 'same' })))).map((r) => r.status),
      ).toEqual([200, 200]);
      // One at a time the check still holds.
      expectProblem(await call(s, 'POST', BASE, { name: 'same', provider: 'openAI' }), 409);
    });
  });

  it('patch-read-modify-write loses one of two simultaneous PATCHes; patch-upserts writes back a deleted integration', async () => {
    await withServer({ fault: 'patch-read-modify-write' }, async (s) => {
      const b = await create(s);
      await patchAll(s, b.id, [{ base_url: 'https://a.test' }, { auth_type: 'bearer_token' }]);
      const now = (await call(s, 'GET', item(b.id))).body;
      expect([now.base_url === 'https://a.test', now.auth_type === 'bearer_token']).toContain(false);
    });
    await withServer({ fault: 'patch-upserts' }, async (s) => {
      // A DELETE that lands inside the PATCH's round trip: tried at a few delays, as a busy machine may be slow to send the PATCH.
      const resurrected: boolean[] = [];
      for (const delay of [5, 10, 15, 20]) {
        const b = await create(s);
        const patched = call(s, 'PATCH', item(b.id), { base_url: 'https://a.test' });
        await new Promise((resolve) => setTimeout(resolve, delay));
        expect((await call(s, 'DELETE', item(b.id))).status).toBe(204);
        resurrected.push((await patched).status === 200 && (await call(s, 'GET', item(b.id))).status === 200);
      }
      expect(resurrected).toContain(true);
    });
  });

  it('partial views of a large account: uniqueness within the first page or a window of recent names, a name filter over the newest hundred', async () => {
    for (const fault of ['uniqueness-first-page', 'uniqueness-recent-window', 'name-filter-first-hundred'] as const) {
      await withServer({ fault }, async (s) => {
        const oldest = await create(s, { name: 'oldest' });
        for (let i = 0; i < 100; i += 1) await create(s);
        if (fault === 'name-filter-first-hundred')
          expect((await call(s, 'GET', `${BASE}?name=oldest`)).body.ai_integrations).toEqual([]);
        else expect((await call(s, 'POST', BASE, { name: oldest.name, provider: 'openAI' })).status).toBe(201);
      });
    }
  });

  it('page-boundary-skips and page-boundary-repeats: only past the default page', async () => {
    // 120 integrations in pages of 50: boundaries at positions 50 and 100, one integration skipped or repeated at each.
    for (const [fault, listed] of [
      ['page-boundary-skips', 118],
      ['page-boundary-repeats', 122],
    ] as const) {
      await withServer({ fault }, async (s) => {
        for (let i = 0; i < 120; i += 1) await create(s);
        const ids: string[] = [];
        let cursor = '';
        for (;;) {
          const page = (await call(s, 'GET', `${BASE}?limit=50${cursor}`)).body;
          ids.push(...page.ai_integrations.map((b: { id: string }) => b.id));
          if (!page.pagination.has_more) break;
          cursor = `&cursor=${encodeURIComponent(page.pagination.next_cursor)}`;
        }
        expect(ids.length, fault).toBe(listed);
        expect(new Set(ids.slice(0, 50)).size).toBe(50);
      });
    }
  });
});
