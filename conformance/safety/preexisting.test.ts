import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger, startMock, type FixturesDocument, type RunningMock } from '../../mock/index.js';
import { runConformance } from '../runConformance.js';
import { startProxy, type Handler } from '../test-support/brokenProxy.js';

/**
 * The kit on a target that already holds integrations in the kit's own accounts, some of them
 * named like the kit's (`aic-conform-…` of another run, upper case, no run id): a full run, a run
 * stopped by SIGINT and a run through a faulty network must all leave them byte-identical (the
 * admin dump of each account, read beside the API) and nothing of the kit behind.
 */
const KEY = 'sk-kit-preexisting-PRIMARY-5e0d';
const OTHER = 'sk-kit-preexisting-OTHER-a7c3';
const AIC = new URL('../../dist/cli/aic.js', import.meta.url).pathname;

// In the camel edition's spelling on purpose: the mock's fixtures document is typed by it (and the mock respells fixtures into the edition it serves).
const fixtures: FixturesDocument = {
  accounts: [
    {
      account: KEY,
      spaces: [{ id: 'U3BhY2U6MTpwUm9k', name: 'production', organization_id: 'T3JnYW5pemF0aW9uOjE6ZEVtbw==' }],
      ai_integrations: [
        {
          name: 'Production OpenAI',
          provider: 'openAI',
          api_key: 'sk-prod-not-the-kits',
          model_names: ['gpt-4o'],
          headers: { 'X-Team': 'ml' },
          scopings: [{ organization_id: 'T3JnYW5pemF0aW9uOjE6ZEVtbw==' }],
        },
        { name: 'aic-conform-nightly-7', provider: 'custom', base_url: 'https://nightly.test' },
        { name: 'aic-conform-zzzzzz000000-0', provider: 'gemini' },
        { name: 'AIC-CONFORM-x', provider: 'openAI' },
        { name: 'aic-conform', provider: 'anthropic' },
        { name: 'my-aic-conform-x', provider: 'nvidiaNim' },
        {
          name: 'Bedrock',
          provider: 'awsBedrock',
          provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::123456789012:role/Bedrock' },
        },
        {
          name: 'Vertex',
          provider: 'vertexAI',
          provider_metadata: { kind: 'gcp', project_id: 'p', location: 'europe-west4', project_access_label: 'ml' },
        },
      ],
    },
    {
      account: OTHER,
      ai_integrations: [
        { name: 'Other team', provider: 'openAI', api_key: 'sk-other-not-the-kits' },
        { name: 'aic-conform-other-run-1', provider: 'custom' },
      ],
    },
  ],
};

let mock: RunningMock | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function startPopulated(): Promise<{ url: string; dumps: () => Promise<string[]> }> {
  mock = await startMock({ port: 0, host: '127.0.0.1', fixtures, logger: silentLogger });
  const url = mock.url;
  const dump = async (token: string) =>
    (await fetch(`${url}/__admin/state`, { headers: { authorization: `Bearer ${token}` } })).text();
  return { url, dumps: () => Promise.all([dump(KEY), dump(OTHER)]) };
}

describe('pre-existing integrations on the target', () => {
  it('a full run, strict, with two keys leaves them byte-identical and nothing of its own', async () => {
    const { url, dumps } = await startPopulated();
    const before = await dumps();
    const report = await runConformance({
      target: url,
      apiKey: KEY,
      otherApiKey: OTHER,
      runs: 3,
      seed: 31,
      strict: true,
    });
    expect(report.results.filter((r) => r.outcome !== 'passed').map((r) => [r.rule, r.outcome, r.reason])).toEqual([]);
    expect(report.cleanup.leftovers).toEqual([]);
    expect(await dumps()).toEqual(before);
  });

  it('a CLI run interrupted with SIGINT midway leaves them byte-identical and nothing of its own', async () => {
    const { url, dumps } = await startPopulated();
    const before = await dumps();
    const env = { ...process.env, AIC_TARGET: '', AIC_API_KEY: '', AIC_OTHER_API_KEY: '' };
    const child = spawn(
      process.execPath,
      [
        AIC,
        'conform',
        '--target',
        url,
        '--api-key',
        KEY,
        '--other-api-key',
        OTHER,
        '--rules',
        'uniqueness,model-based',
        '--runs',
        '300',
        '--seed',
        '5',
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Midway: inside the model-based rule, which keeps two or three integrations alive at a time.
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/\[2\/2\] model-based …/.test(stderr)) setTimeout(resolve, 150);
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('The run was interrupted.');
    expect(stderr).not.toMatch(/\[2\/2\] PASS/); // stopped inside the rule, not after it
    expect(stderr).not.toContain(KEY);
    expect(await dumps()).toEqual(before);
  });

  it('a run through 429s (Retry-After), 503s and dropped connections, clean-up included, leaves them byte-identical and nothing of its own', async () => {
    const { url, dumps } = await startPopulated();
    const before = await dumps();
    const faults = { rateLimited: 0, unavailable: 0, droppedBefore: 0, droppedAfter: 0 };
    let n = 0;
    const faulty: Handler = async (r, forward) => {
      n++;
      if (n % 7 === 0) {
        faults.rateLimited++;
        return {
          status: 429,
          headers: { 'content-type': 'application/problem+json', 'retry-after': n % 140 === 0 ? '1' : '0' },
          text: '{"title":"Rate limit exceeded","status":429}',
        };
      }
      if ((r.method === 'GET' || r.method === 'DELETE') && n % 11 === 0) {
        faults.unavailable++;
        return {
          status: 503,
          headers: { 'content-type': 'application/problem+json' },
          text: '{"title":"Unavailable","status":503}',
        };
      }
      if (n % 23 === 0) {
        faults.droppedBefore++;
        return { status: 0, headers: {}, text: '' };
      }
      if ((r.method === 'POST' || r.method === 'DELETE' || r.method === 'PATCH') && n % 17 === 0) {
        await forward(r); // done on the target, but the answer is lost
        faults.droppedAfter++;
        return { status: 0, headers: {}, text: '' };
      }
      return forward(r);
    };
    const proxy = await startProxy(url, faulty);
    try {
      const report = await runConformance({ target: proxy.url, apiKey: KEY, otherApiKey: OTHER, runs: 3, seed: 47 });
      console.log(
        `faulty-network run: ${JSON.stringify({ faults, requests: n, outcomes: report.results.map((r) => `${r.rule}:${r.outcome}`), cleanup: report.cleanup })}`,
      );
      expect(report.results.filter((r) => r.outcome === 'failed').map((r) => [r.rule, r.reason])).toEqual([]);
      expect(report.cleanup.leftovers).toEqual([]);
      expect(Object.values(faults).every((count) => count > 0)).toBe(true);
    } finally {
      await proxy.close();
    }
    expect(await dumps()).toEqual(before);
  });
});
