import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../mock/index.js';
import { formatSummary } from '../reports/formatText.js';
import { runConformance, type RunReport } from '../runConformance.js';
import { startBrokenProxy, type BrokenProxy } from '../test-support/brokenProxy.js';
import { listAll, startMockTarget } from '../test-support/mockTarget.js';

const run = promisify(execFile);
const KEY = 'sk-curl-replay-SECRET-5c1d';
let mock: RunningMock;
let proxy: BrokenProxy;
let report: RunReport;

beforeAll(async () => {
  mock = await startMockTarget();
  // A server that merges lists: the PATCH of an empty model_names keeps the old ones.
  proxy = await startBrokenProxy(mock.url, 'lists-merged');
  report = await runConformance({ target: proxy.url, apiKey: KEY, runs: 1, seed: 5, rules: ['replace-all'] });
});
afterAll(async () => {
  await proxy.close();
  await mock.close();
});

/** The reproduction as the text report prints it: the lines under its heading, as they are. */
function printedScript(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('  reproduce (a bash script'));
  expect(start).toBeGreaterThan(0);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('    '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Runs the script with bash, the target and key in the environment only; the statuses it met and the failing run's. */
async function replay(script: string): Promise<{ statuses: Array<[string, string]>; stdout: string }> {
  const { stdout } = await run('bash', ['-c', script], {
    env: { PATH: process.env.PATH, AIC_TARGET: proxy.url, AIC_API_KEY: KEY },
    timeout: 30_000,
  });
  return {
    statuses: [...stdout.matchAll(/ → (\d{3}) \(the failing run: (\d{3})\)/g)].map((m) => [m[1]!, m[2]!]),
    stdout,
  };
}

describe('the reproduction of a failure', () => {
  it('is a bash script that runs as printed, meets the failing statuses again, twice, and leaves nothing behind', async () => {
    const failure = report.results[0]?.failure;
    expect(failure?.rule).toBe('replace-all');
    expect(failure?.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'GET']);
    const text = formatSummary(report);
    const script = printedScript(text);
    expect(script).not.toContain(KEY);
    expect(script).not.toContain(proxy.url);
    // The ids of the failing run were deleted by its clean-up: the script uses the ones it creates.
    expect(script).not.toContain(failure!.requests[1]!.path);
    expect(script).toMatch(/step 200 PATCH '\/v2\/ai-integrations\/'"\$\{ID1\}"/);
    const expected = failure!.requests.map((r) => String(r.status));
    for (const attempt of [1, 2]) {
      const { statuses, stdout } = await replay(script);
      expect(statuses, `replay ${attempt}:\n${stdout}`).toEqual(expected.map((s) => [s, s]));
      // The merge shows again: the GET answers the old model names after the PATCH sent none.
      expect(stdout).toMatch(/GET [^\n]* → 200[^\n]*\n[^\n]*"model_names":\["old/);
      expect(await listAll(mock.url, KEY)).toEqual([]);
    }
  });
});
