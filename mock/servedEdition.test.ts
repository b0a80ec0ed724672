import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PREFIX, DEMO_TOKEN, type FixturesDocument } from './index.js';
import { startTestMock, type TestMock } from './test-support/startTestMock.js';

/**
 * The mock speaks one edition (spec/editions/editions.ts): it answers in that edition's spelling, refuses
 * the other's with a 400 naming the edition to use, and reads fixtures written in either. Every
 * reply of a contract operation is checked against the spec in the served edition (startTestMock).
 */
const BASE = '/v2/ai-integrations';
const SDK_MESSAGE = (detail: string) => `Request failed (HTTP 400): ${detail}`;

let upper: TestMock;
let camel: TestMock;
beforeAll(async () => {
  [upper, camel] = await Promise.all([
    startTestMock({ edition: 'upper', fixtures: undefined }),
    startTestMock({ edition: 'camel' }),
  ]);
});
afterAll(async () => {
  await Promise.all([upper.close(), camel.close()]);
});

async function integrationsOf(t: TestMock, token: string): Promise<Array<Record<string, unknown>>> {
  const reply = await t.request('GET', BASE, { token });
  expect(reply.status).toBe(200);
  return reply.body.ai_integrations;
}

describe('a mock serving the upper edition', () => {
  it('accepts OPEN_AI, AWS_BEDROCK with AWS metadata, and DEFAULT, and answers them back', async () => {
    const token = 'upper-accepts';
    const openAi = await upper.request('POST', BASE, {
      token,
      body: { name: 'Upper OpenAI', provider: 'OPEN_AI', auth_type: 'DEFAULT' },
    });
    expect(openAi.status).toBe(201);
    expect(openAi.body).toMatchObject({ provider: 'OPEN_AI', auth_type: 'DEFAULT' });
    const bedrock = await upper.request('POST', BASE, {
      token,
      body: {
        name: 'Upper Bedrock',
        provider: 'AWS_BEDROCK',
        auth_type: 'BEARER_TOKEN',
        provider_metadata: { kind: 'AWS', role_arn: 'arn:aws:iam::1:role/R' },
      },
    });
    expect(bedrock.status).toBe(201);
    expect(bedrock.body).toMatchObject({
      provider: 'AWS_BEDROCK',
      auth_type: 'BEARER_TOKEN',
      provider_metadata: { kind: 'AWS' },
    });
    // The default auth_type of an omitted field is the upper edition's too.
    const defaults = await upper.request('POST', BASE, { token, body: { name: 'Upper defaults', provider: 'GEMINI' } });
    expect(defaults.body.auth_type).toBe('DEFAULT');

    const switched = await upper.request('PATCH', `${BASE}/${openAi.body.id}`, {
      token,
      body: {
        provider: 'VERTEX_AI',
        auth_type: 'PROXY_WITH_HEADERS',
        provider_metadata: { kind: 'GCP', project_id: 'p', location: 'l', project_access_label: 'a' },
      },
    });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({
      provider: 'VERTEX_AI',
      auth_type: 'PROXY_WITH_HEADERS',
      provider_metadata: { kind: 'GCP' },
    });
    expect((await upper.request('GET', `${BASE}/${openAi.body.id}`, { token })).body.provider).toBe('VERTEX_AI');
    expect((await integrationsOf(upper, token)).map((i) => i.provider)).toEqual(['GEMINI', 'AWS_BEDROCK', 'VERTEX_AI']);
  });

  it('refuses camel spellings with a 400 whose detail names the edition to use, and stores nothing', async () => {
    const token = 'upper-refuses';
    const reply = await upper.request('POST', BASE, { token, body: { name: 'Camel', provider: 'openAI' } });
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reply.body.detail).toBe(
      'provider "openAI" is the camel edition\'s spelling; this mock serves the upper edition: send "OPEN_AI", or start the mock with --edition camel.',
    );
    expect(reply.body.errors).toEqual([expect.objectContaining({ pointer: '/body/provider' })]);

    const several = await upper.request('POST', BASE, {
      token,
      body: {
        name: 'Camel Bedrock',
        provider: 'awsBedrock',
        auth_type: 'bearer_token',
        provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::1:role/R' },
      },
    });
    expect(several.status).toBe(400);
    expect(several.body.detail).toBe(
      'provider "awsBedrock", auth_type "bearer_token" and provider_metadata.kind "aws" are the camel edition\'s spellings; this mock serves the upper edition: send "AWS_BEDROCK", "BEARER_TOKEN" and "AWS", or start the mock with --edition camel.',
    );
    expect(several.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(['/body/provider', '/body/auth_type']),
    );
    expect(await integrationsOf(upper, token)).toEqual([]);
    expect(
      (await fetch(`${upper.mock.url}${ADMIN_PREFIX}/state`, { headers: { authorization: `Bearer ${token}` } }).then(
        (r) => r.json(),
      )) as object,
    ).toEqual({ spaces: [], ai_integrations: [] });
  });

  it('refuses a camel spelling in a PATCH and leaves the integration as it was', async () => {
    const token = 'upper-patch';
    const created = await upper.request('POST', BASE, { token, body: { name: 'Kept', provider: 'ANTHROPIC' } });
    const reply = await upper.request('PATCH', `${BASE}/${created.body.id}`, {
      token,
      body: { name: 'Renamed', auth_type: 'proxy_with_headers' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detail).toContain(
      'auth_type "proxy_with_headers" is the camel edition\'s spelling; this mock serves the upper edition: send "PROXY_WITH_HEADERS"',
    );
    expect((await upper.request('GET', `${BASE}/${created.body.id}`, { token })).body).toEqual(created.body);
  });

  it('keeps the usual detail for a value no edition knows', async () => {
    const reply = await upper.request('POST', BASE, {
      token: 'upper-unknown',
      body: { name: 'Nope', provider: 'openAi' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detail).toMatch(/^The request body is invalid: \/body\/provider must be one of/);
    expect(reply.body.detail).not.toContain('edition');
  });

  it('starts with the demo fixtures respelled in its edition', async () => {
    const demo = await integrationsOf(upper, DEMO_TOKEN);
    expect(demo.length).toBeGreaterThanOrEqual(6);
    expect(demo.map((i) => i.provider)).toEqual(
      expect.arrayContaining(['OPEN_AI', 'AZURE_OPEN_AI', 'AWS_BEDROCK', 'VERTEX_AI', 'ANTHROPIC', 'NVIDIA_NIM']),
    );
    expect(new Set(demo.map((i) => i.auth_type))).toEqual(new Set(['DEFAULT', 'PROXY_WITH_HEADERS', 'BEARER_TOKEN']));
    expect(
      demo
        .map((i) => (i.provider_metadata as { kind?: string } | undefined)?.kind)
        .filter(Boolean)
        .sort(),
    ).toEqual(['AWS', 'GCP']);
  });

  it('answers Prefer: code=404 on list, a status its list declares', async () => {
    const reply = await upper.request('GET', BASE, { token: 'upper-prefer', headers: { prefer: 'code=404' } });
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('names operations by its own operation ids', async () => {
    const reply = await upper.request('GET', BASE, { token: 'upper-prefer', headers: { prefer: 'code=409' } });
    expect(reply.body.detail).toBe(
      'Prefer: code=409 is not a status list_ai_integrations declares (allowed: 200, 400, 401, 403, 404, 429).',
    );
  });
});

describe('a mock serving the camel edition', () => {
  it('refuses upper spellings with a 400 that reads well inside the SDK error, and stores nothing', async () => {
    const token = 'camel-refuses';
    const reply = await camel.request('POST', BASE, { token, body: { name: 'Upper', provider: 'OPEN_AI' } });
    expect(reply.status).toBe(400);
    expect(SDK_MESSAGE(reply.body.detail)).toBe(
      'Request failed (HTTP 400): provider "OPEN_AI" is the upper edition\'s spelling; this mock serves the camel edition: send "openAI", or start the mock with --edition upper.',
    );
    const metadata = await camel.request('POST', BASE, {
      token,
      body: {
        name: 'Upper kind',
        provider: 'vertexAI',
        provider_metadata: { kind: 'GCP', project_id: 'p', location: 'l', project_access_label: 'a' },
      },
    });
    expect(metadata.status).toBe(400);
    expect(metadata.body.detail).toBe(
      'provider_metadata.kind "GCP" is the upper edition\'s spelling; this mock serves the camel edition: send "gcp", or start the mock with --edition upper.',
    );
    expect(metadata.body.errors.length).toBeGreaterThan(0);
    expect(await integrationsOf(camel, token)).toEqual([]);
  });

  it('accepts and answers its own spellings', async () => {
    const token = 'camel-accepts';
    const reply = await camel.request('POST', BASE, {
      token,
      body: { name: 'Camel', provider: 'openAI', auth_type: 'bearer_token' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ provider: 'openAI', auth_type: 'bearer_token' });
  });

  it('refuses Prefer: code=404 on list, which its list does not declare', async () => {
    const reply = await camel.request('GET', BASE, { token: 'camel-prefer', headers: { prefer: 'code=404' } });
    expect(reply.status).toBe(400);
    expect(reply.body.detail).toBe(
      'Prefer: code=404 is not a status ai_integrations_list declares (allowed: 200, 400, 401, 403, 429).',
    );
  });
});

describe('fixtures in either edition', () => {
  // Cast: a document mixing the editions (or misspelling a value) is no edition's type.
  const fixtures = (provider: string, kind: string, authType: string): FixturesDocument =>
    ({
      accounts: [
        {
          account: 'fixture-account',
          ai_integrations: [
            {
              name: 'Mixed',
              provider,
              auth_type: authType,
              provider_metadata: { kind, role_arn: 'arn:aws:iam::1:role/F' },
            },
          ],
        },
      ],
    }) as FixturesDocument;
  const put = (t: TestMock, document: unknown) =>
    fetch(`${t.mock.url}${ADMIN_PREFIX}/fixtures`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(document),
    });

  it('are respelled into the served edition on PUT /__admin/fixtures, even mixed, and stay so after a reset', async () => {
    const t = await startTestMock({ edition: 'upper' });
    try {
      expect((await put(t, fixtures('awsBedrock', 'AWS', 'bearer_token'))).status).toBe(200);
      const check = async () =>
        expect(await integrationsOf(t, 'fixture-account')).toEqual([
          expect.objectContaining({
            provider: 'AWS_BEDROCK',
            auth_type: 'BEARER_TOKEN',
            provider_metadata: expect.objectContaining({ kind: 'AWS' }),
          }),
        ]);
      await check();
      expect((await fetch(`${t.mock.url}${ADMIN_PREFIX}/reset`, { method: 'POST' })).status).toBe(204);
      await check();
    } finally {
      await t.close();
    }
  });

  it('are respelled when given as an option, and a value no edition knows is still refused', async () => {
    const t = await startTestMock({ edition: 'camel', fixtures: fixtures('AWS_BEDROCK', 'AWS', 'DEFAULT') });
    try {
      expect(await integrationsOf(t, 'fixture-account')).toEqual([
        expect.objectContaining({
          provider: 'awsBedrock',
          auth_type: 'default',
          provider_metadata: expect.objectContaining({ kind: 'aws' }),
        }),
      ]);
      const refused = await put(t, fixtures('AWS_BEDROCK', 'Aws', 'DEFAULT'));
      expect(refused.status).toBe(400);
      const problem = (await refused.json()) as { detail: string };
      expect(problem.detail).toMatch(
        /^The fixtures document is not usable: accounts\[0\]\.ai_integrations\[0\] would be refused with 400/,
      );
      // The refused document changed nothing.
      expect((await integrationsOf(t, 'fixture-account')).map((i) => i.provider)).toEqual(['awsBedrock']);
    } finally {
      await t.close();
    }
  });
});
