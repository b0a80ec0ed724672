/** createHandlers' options reach the engine as `aic mock`'s flags do: base URL, keys, latency, fixtures, Prefer. */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, MockConfigError } from '../../dist/mock/msw/index.js';

const keys = {
  keys: [
    { key: 'writer-key', account: 'acme' },
    { key: 'viewer-key', account: 'acme', role: 'read-only' as const },
  ],
};
const fixtures = {
  accounts: [{ account: 'acme', ai_integrations: [{ name: 'Seeded', provider: 'openAI' as const }] }],
};
const mock = createHandlers({ baseUrl: 'http://localhost:5173/api', keys, fixtures, latency: 40 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const API = 'http://localhost:5173/api/v2/ai-integrations';
const call = (key: string, init: RequestInit = {}, url = API) =>
  fetch(url, {
    ...init,
    headers: {
      authorization: `Bearer ${key}`,
      'content-type': 'application/json',
      ...(init.headers as Record<string, string>),
    },
  });

describe('createHandlers options', () => {
  it('answers under the base URL path, after the latency, and the keys decide who may write', async () => {
    const started = performance.now();
    const listed = await call('viewer-key');
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(listed.status).toBe(200);
    expect(
      ((await listed.json()) as { ai_integrations: Array<{ name: string }> }).ai_integrations.map((i) => i.name),
    ).toEqual(['Seeded']);
    expect(
      (await call('viewer-key', { method: 'POST', body: JSON.stringify({ name: 'N', provider: 'openAI' }) })).status,
    ).toBe(403);
    expect((await call('stranger', {})).status).toBe(401);
    expect(
      (await call('writer-key', { method: 'POST', body: JSON.stringify({ name: 'N', provider: 'openAI' }) })).status,
    ).toBe(201);
    expect(mock.state('viewer-key').ai_integrations.map((i) => i.name)).toEqual(['N', 'Seeded']);
    expect(() => mock.state('stranger')).toThrow(/opens no account/);
  });

  it('gives a 201 a Location under the base URL path, where the created integration is read', async () => {
    const created = await call('writer-key', {
      method: 'POST',
      body: JSON.stringify({ name: 'Located', provider: 'openAI' }),
    });
    const { id } = (await created.json()) as { id: string };
    expect(created.headers.get('location')).toBe(`/api/v2/ai-integrations/${encodeURIComponent(id)}`);
    const read = await call('writer-key', {}, new URL(created.headers.get('location')!, API).href);
    expect(((await read.json()) as { name: string }).name).toBe('Located');
    expect((await call('writer-key', { method: 'DELETE' }, `${API}/${id}`)).status).toBe(204);
  });

  it('shows the account its recent requests under the base URL, until reset()', async () => {
    const requests = async () =>
      (
        (await (await call('viewer-key', {}, 'http://localhost:5173/api/__admin/requests')).json()) as {
          requests: Array<{ method: string; path: string }>;
        }
      ).requests;
    await call('writer-key', {
      method: 'POST',
      body: JSON.stringify({ name: 'Seen', provider: 'openAI', api_key: 'sk-hidden' }),
    });
    expect((await requests())[0]).toMatchObject({
      method: 'POST',
      path: '/api/v2/ai-integrations',
      status: 201,
      body: { name: 'Seen', api_key: '<redacted>' },
    });
    mock.reset();
    expect(await requests()).toEqual([]);
  });

  it('answers every path under the base URL as the server does: Prefer code, 404 problems, the admin endpoints', async () => {
    const forced = await call('writer-key', { headers: { prefer: 'code=429' } });
    expect([forced.status, forced.headers.get('retry-after')]).toEqual([429, expect.stringMatching(/^\d+$/)]);
    const unknown = await call('writer-key', {}, 'http://localhost:5173/api/v3/nothing');
    expect([unknown.status, unknown.headers.get('content-type')]).toEqual([
      404,
      expect.stringMatching(/^application\/problem\+json/),
    ]);
    expect((await call('writer-key', { method: 'POST' }, 'http://localhost:5173/api/__admin/reset')).status).toBe(204);
    expect(mock.state('writer-key').ai_integrations.map((i) => i.name)).toEqual(['Seeded']);
  });

  it("refuses the other edition's spelling with the createHandlers option to serve it, not the CLI's flag", async () => {
    const refused = await call('writer-key', {
      method: 'POST',
      body: JSON.stringify({ name: 'Upper', provider: 'OPEN_AI' }),
    });
    expect(refused.status).toBe(400);
    const { detail } = (await refused.json()) as { detail: string };
    expect(detail).toContain(`send "openAI", or create the handlers with createHandlers({ edition: 'upper' })`);
    expect(detail).not.toContain('--edition');
  });

  it('loads other fixtures, refusing an unusable document without changing anything', () => {
    expect(() =>
      mock.load({ accounts: [{ account: 'acme', ai_integrations: [{ name: 'X', provider: 'nope' as never }] }] }),
    ).toThrow(MockConfigError);
    expect(mock.state('writer-key').ai_integrations.map((i) => i.name)).toEqual(['Seeded']);
    mock.load({ accounts: [{ account: 'acme', ai_integrations: [{ name: 'Loaded', provider: 'gemini' }] }] });
    mock.reset();
    expect(mock.state('writer-key').ai_integrations.map((i) => i.name)).toEqual(['Loaded']);
  });

  it('refuses a base URL it cannot read, and an edition the contract does not have', () => {
    expect(() => createHandlers({ baseUrl: '/api' })).toThrow(/must be absolute/);
    expect(() => createHandlers({ edition: 'lower' as never })).toThrow(
      /no edition "lower": it speaks camel and upper/,
    );
  });
});
