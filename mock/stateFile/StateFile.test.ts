import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MockConfigError, startMock, type MockOptions } from '../index.js';
import { jsonCall } from '../test-support/jsonCall.js';
import { spawnMock } from '../test-support/spawnMock.js';
import { STATE_FILE_DEBOUNCE_MS } from './StateFile.js';

const BASE = '/v2/ai-integrations';
const dir = mkdtempSync(join(tmpdir(), 'aic-state-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { info: () => undefined, error: () => undefined };
const start = (stateFile: string, options: MockOptions = {}) =>
  startMock({ port: 0, logger: quiet, stateFile, ...options });

describe('--state-file', () => {
  it('keeps accounts, ids, keys set and the fixtures to reset to across a clean restart', async () => {
    const path = join(dir, 'clean.json');
    const first = await start(path);
    const created = (
      await jsonCall(first.url, 'team', 'POST', BASE, {
        name: 'Saved',
        provider: 'openAI',
        api_key: 'sk-never-on-disk',
      })
    ).body;
    const patched = (
      await jsonCall(first.url, 'team', 'PATCH', `${BASE}/${created.id}`, { base_url: 'https://saved.example.com' })
    ).body;
    await first.close();
    expect(readFileSync(path, 'utf8')).not.toContain('sk-never-on-disk');
    const second = await start(path);
    try {
      expect(second.storeDescription).toContain('the state saved there was loaded');
      expect((await jsonCall(second.url, 'team', 'GET', `${BASE}/${created.id}`)).body).toEqual(patched);
      // A key set before the restart is still set after a PATCH of another field.
      expect(
        (await jsonCall(second.url, 'team', 'PATCH', `${BASE}/${created.id}`, { name: 'Renamed' })).body.has_api_key,
      ).toBe(true);
      // New ids continue after the saved ones; the demo fixtures are still what reset returns to.
      const next = (await jsonCall(second.url, 'team', 'POST', BASE, { name: 'Next', provider: 'openAI' })).body;
      expect(next.id).not.toBe(created.id);
      expect((await fetch(`${second.url}/__admin/reset`, { method: 'POST' })).status).toBe(204);
      expect((await jsonCall(second.url, 'team', 'GET', BASE)).body.ai_integrations).toEqual([]);
      expect((await jsonCall(second.url, 'aic-demo-token', 'GET', BASE)).body.ai_integrations.length).toBeGreaterThan(
        0,
      );
    } finally {
      await second.close();
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes changes soon after they happen, not only at exit', async () => {
    const path = join(dir, 'debounced.json');
    const mock = await start(path, { fixtures: null });
    try {
      await jsonCall(mock.url, 'team', 'POST', BASE, { name: 'Soon', provider: 'gemini' });
      await new Promise((resolve) => setTimeout(resolve, STATE_FILE_DEBOUNCE_MS * 3));
      expect(readFileSync(path, 'utf8')).toContain('"Soon"');
    } finally {
      await mock.close();
    }
  });

  it('refuses a corrupt or foreign file with a MockConfigError and leaves it as it was', async () => {
    for (const [name, text, reason] of [
      ['corrupt.json', '{"format":"aic-mock-state","vers', /is not valid JSON/],
      ['foreign.json', '{"accounts":[]}', /is not a saved state of this mock/],
      [
        'damaged.json',
        JSON.stringify({
          format: 'aic-mock-state',
          version: 1,
          edition: 'camel',
          sequence: 1,
          users: 1,
          accounts: [{ account: 'a', user: 'VXNlcjoxOm5OYkM=', spaces: [], ai_integrations: [{ id: 'nope' }] }],
          fixtures: { source: 'x', document: { accounts: [] } },
        }),
        /accounts\[0\]\.ai_integrations\[0\] is not an integration this mock saved/,
      ],
      [
        'other-edition.json',
        JSON.stringify({
          format: 'aic-mock-state',
          version: 1,
          edition: 'upper',
          sequence: 0,
          users: 0,
          accounts: [],
          fixtures: { source: 'x', document: { accounts: [] } },
        }),
        /--edition upper/,
      ],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const started = start(path);
      await expect(started, name).rejects.toThrow(MockConfigError);
      await expect(started, name).rejects.toThrow(reason);
      expect(readFileSync(path, 'utf8'), name).toBe(text);
    }
  });

  it('saves on SIGTERM: a change made just before the signal is there after a restart of the CLI', async () => {
    const path = join(dir, 'sigterm.json');
    const first = await spawnMock(['--state-file', path, '--quiet']);
    const created = (await jsonCall(first.url, 'team', 'POST', BASE, { name: 'Before SIGTERM', provider: 'anthropic' }))
      .body;
    expect(await first.stop('SIGTERM')).toBe(0);
    const second = await spawnMock(['--state-file', path, '--quiet']);
    try {
      expect((await jsonCall(second.url, 'team', 'GET', `${BASE}/${created.id}`)).body).toEqual(created);
    } finally {
      await second.stop('SIGTERM');
    }
  });
});
