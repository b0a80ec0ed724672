import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../spec/index.js';
import { startTestMock, type TestMock } from './test-support/startTestMock.js';

const contract = await loadContract();
const BASE = '/v2/ai-integrations';
const SPACE_PROD = 'U3BhY2U6MTpwUm9k';
const ORG = 'T3JnYW5pemF0aW9uOjE6ZEVtbw==';

let t: TestMock;
let accountCount = 0;
const freshToken = () => {
  accountCount += 1;
  return `create-list-${accountCount}`;
};
beforeAll(async () => {
  t = await startTestMock({
    fixtures: {
      accounts: [
        {
          account: 'spaces-account',
          spaces: [
            { id: SPACE_PROD, name: 'production', organization_id: ORG },
            { id: 'U3BhY2U6MjpyU2No', name: 'research', organization_id: 'T3Jn' },
          ],
          ai_integrations: [
            { name: 'Everywhere', provider: 'openAI' },
            { name: 'Org wide', provider: 'openAI', scopings: [{ organization_id: ORG }] },
            { name: 'Prod only', provider: 'openAI', scopings: [{ organization_id: ORG, space_id: SPACE_PROD }] },
            { name: 'Research only', provider: 'openAI', scopings: [{ space_id: 'U3BhY2U6MjpyU2No' }] },
          ],
        },
      ],
    },
  });
});
afterAll(() => t.close());

const names = (reply: { body: { ai_integrations: Array<{ name: string }> } }) =>
  reply.body.ai_integrations.map((i) => i.name);

describe(`POST ${BASE}`, () => {
  it(`${contract.rule('create-defaults').id}: omitted fields take the contract's defaults`, async () => {
    const reply = await t.request('POST', BASE, {
      token: freshToken(),
      body: { name: 'Defaults', provider: 'anthropic' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject(contract.rule('create-defaults').params.defaults as object);
    expect(reply.body.has_api_key).toBe(false);
    expect(reply.body.created_at).toBe(reply.body.updated_at);
    expect(Buffer.from(reply.body.id, 'base64').toString()).toMatch(/^LlmIntegration:\d+:[A-Za-z0-9]{4}$/);
    expect(Buffer.from(reply.body.created_by_user_id, 'base64').toString()).toMatch(/^User:\d+:[A-Za-z0-9]{4}$/);
  });

  it(`${contract.rule('create-api-key-write-only').id}: the key is stored, never returned`, async () => {
    const token = freshToken();
    const reply = await t.request('POST', BASE, {
      token,
      body: { name: 'Keyed', provider: 'openAI', api_key: 'sk-create-secret' },
    });
    expect(reply.body.has_api_key).toBe(true);
    expect((await t.request('GET', BASE, { token })).body.ai_integrations[0].has_api_key).toBe(true);
  });

  it(`${contract.rule('create-name-unique').id}: 409 in the same account, fine in another`, async () => {
    const token = freshToken();
    expect((await t.request('POST', BASE, { token, body: { name: 'Twice', provider: 'openAI' } })).status).toBe(201);
    const again = await t.request('POST', BASE, { token, body: { name: 'Twice', provider: 'gemini' } });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('An AI integration named "Twice" already exists in this account.');
    expect(
      (await t.request('POST', BASE, { token: freshToken(), body: { name: 'Twice', provider: 'openAI' } })).status,
    ).toBe(201);
    expect((await t.request('GET', BASE, { token })).body.ai_integrations).toHaveLength(1);
  });

  it(`${contract.rule('create-provider-consistency').id}: 422 and nothing created`, async () => {
    const token = freshToken();
    expect((await t.request('POST', BASE, { token, body: { name: 'B', provider: 'awsBedrock' } })).status).toBe(422);
    expect(
      (
        await t.request('POST', BASE, {
          token,
          body: { name: 'V', provider: 'vertexAI', provider_metadata: { kind: 'aws', role_arn: 'arn:x' } },
        })
      ).status,
    ).toBe(422);
    expect((await t.request('GET', BASE, { token })).body.ai_integrations).toEqual([]);
  });

  it(`${contract.rule('create-headers-size-limit').id} and the schema: 400 with the offending fields`, async () => {
    const token = freshToken();
    const big = await t.request('POST', BASE, {
      token,
      body: { name: 'H', provider: 'openAI', headers: { H: 'x'.repeat(9000) } },
    });
    expect(big.status).toBe(400);
    const missing = await t.request('POST', BASE, { token, body: { provider: 'openAI', extra: 1 } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/name', message: 'is required' },
        { pointer: '/body/extra', message: 'is not a known property' },
      ]),
    );
  });

  it('no create field is nullable: a null in any of them is a 400 problem naming the field, and nothing is stored', async () => {
    const token = freshToken();
    const fields = Object.keys(
      (contract.operation('create').requestBody!.schema as { properties: Record<string, unknown> }).properties,
    );
    // Every field, those a PATCH may set to null (api_key, base_url, headers, provider_metadata) included.
    expect(fields).toEqual(
      expect.arrayContaining(['api_key', 'base_url', 'model_names', 'headers', 'provider_metadata', 'scopings']),
    );
    const invalid = contract.problemTypes.get(400)!;
    const attempts = [
      ...fields.map((field) => ({ field, body: { name: `Null ${field}`, provider: 'openAI', [field]: null } })),
      // Schema first: a null metadata on awsBedrock is a 400 for the null, not a 422 for the provider.
      {
        field: 'provider_metadata',
        body: {
          name: 'Null metadata on Bedrock',
          provider: 'awsBedrock',
          provider_metadata: null,
          enable_default_models: true,
        },
      },
    ];
    for (const { field, body } of attempts) {
      const reply = await t.request('POST', BASE, { token, body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(reply.body).toMatchObject({ type: invalid.type, title: invalid.title, status: 400, instance: BASE });
      expect(reply.body.detail).toContain(`/body/${field} is not nullable`);
      expect(reply.body.errors.length).toBeGreaterThan(0);
      for (const error of reply.body.errors) expect(error.pointer).toBe(`/body/${field}`);
    }
    expect((await t.request('GET', BASE, { token })).body.ai_integrations).toEqual([]);
    // Nothing half-stored either: every name refused above is still free.
    for (const { body } of attempts) {
      if (typeof body.name === 'string')
        expect(
          (await t.request('POST', BASE, { token, body: { name: body.name, provider: 'openAI' } })).status,
          body.name,
        ).toBe(201);
    }
  });
});

describe(`GET ${BASE}`, () => {
  it('lists newest first, limit 1..100 (default 50), next_cursor exactly when has_more', async () => {
    const token = freshToken();
    for (let i = 0; i < 53; i += 1)
      await t.request('POST', BASE, { token, body: { name: `Item ${i}`, provider: 'openAI' } });
    const first = await t.request('GET', BASE, { token });
    expect(first.body.ai_integrations).toHaveLength(50);
    expect(first.body.ai_integrations[0].name).toBe('Item 52');
    expect(first.body.pagination).toEqual({ has_more: true, next_cursor: expect.any(String) });
    const rest = await t.request('GET', `${BASE}?cursor=${first.body.pagination.next_cursor}`, { token });
    expect(names(rest)).toEqual(['Item 2', 'Item 1', 'Item 0']);
    expect(rest.body.pagination).toEqual({ has_more: false });
    const exact = await t.request('GET', `${BASE}?limit=3&cursor=${first.body.pagination.next_cursor}`, { token });
    expect(exact.body.pagination).toEqual({ has_more: false });
    for (const limit of ['0', '101', 'ten']) {
      const bad = await t.request('GET', `${BASE}?limit=${limit}`, { token });
      expect(bad.status, limit).toBe(400);
      expect(bad.body.errors[0].pointer).toBe('/query/limit');
    }
    expect((await t.request('GET', `${BASE}?limit=100`, { token })).body.ai_integrations).toHaveLength(53);
  });

  it('pages stay correct while integrations are created and deleted between them', async () => {
    const token = freshToken();
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1)
      ids.push((await t.request('POST', BASE, { token, body: { name: `P${i}`, provider: 'openAI' } })).body.id);
    const page1 = await t.request('GET', `${BASE}?limit=2`, { token });
    expect(names(page1)).toEqual(['P5', 'P4']);
    await t.request('POST', BASE, { token, body: { name: 'Newer', provider: 'openAI' } });
    await t.request('DELETE', `${BASE}/${ids[3]}`, { token });
    await t.request('DELETE', `${BASE}/${ids[4]}`, { token }); // the cursor's own item
    const page2 = await t.request('GET', `${BASE}?limit=2&cursor=${page1.body.pagination.next_cursor}`, { token });
    expect(names(page2)).toEqual(['P2', 'P1']);
    const page3 = await t.request('GET', `${BASE}?limit=2&cursor=${page2.body.pagination.next_cursor}`, { token });
    expect(names(page3)).toEqual(['P0']);
    expect(page3.body.pagination.has_more).toBe(false);
  });

  it('rejects a cursor it did not make with 400', async () => {
    const reply = await t.request('GET', `${BASE}?cursor=bm90LWEtY3Vyc29y`, { token: freshToken() });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([{ pointer: '/query/cursor', message: 'is not a cursor of this list' }]);
  });

  it('filters by name, case-insensitively, as a substring', async () => {
    const token = freshToken();
    for (const name of ['Production OpenAI', 'Staging OpenAI', 'Bedrock'])
      await t.request('POST', BASE, { token, body: { name, provider: 'openAI' } });
    expect(names(await t.request('GET', `${BASE}?name=openai`, { token }))).toEqual([
      'Staging OpenAI',
      'Production OpenAI',
    ]);
    expect(names(await t.request('GET', `${BASE}?name=ROCK`, { token }))).toEqual(['Bedrock']);
    expect(names(await t.request('GET', `${BASE}?name=nothing`, { token }))).toEqual([]);
  });

  it('filters by space: account-wide, its organization and the space itself; space_name through the fixtures', async () => {
    const token = 'spaces-account';
    expect(names(await t.request('GET', `${BASE}?space_id=${SPACE_PROD}`, { token }))).toEqual([
      'Prod only',
      'Org wide',
      'Everywhere',
    ]);
    expect(names(await t.request('GET', `${BASE}?space_name=research`, { token }))).toEqual([
      'Research only',
      'Everywhere',
    ]);
    expect(names(await t.request('GET', `${BASE}?space_name=unknown`, { token }))).toEqual([]);
    expect(names(await t.request('GET', `${BASE}?space_id=U3BhY2U6OTpaWlpa`, { token }))).toEqual(['Everywhere']);
  });
});

describe(`DELETE ${BASE}/{integration_id}`, () => {
  it('is 204, then 404, and frees the name', async () => {
    const token = freshToken();
    const created = await t.request('POST', BASE, { token, body: { name: 'Doomed', provider: 'openAI' } });
    const deleted = await t.request('DELETE', `${BASE}/${created.body.id}`, { token });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await t.request('GET', `${BASE}/${created.body.id}`, { token })).status).toBe(404);
    expect((await t.request('DELETE', `${BASE}/${created.body.id}`, { token })).status).toBe(404);
    expect((await t.request('POST', BASE, { token, body: { name: 'Doomed', provider: 'openAI' } })).status).toBe(201);
  });
});
