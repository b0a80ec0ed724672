import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrokenProxy, type BrokenProxy } from '../../conformance/test-support/brokenProxy.js';
import { listAll, startMockTarget } from '../../conformance/test-support/mockTarget.js';
import type { RunningMock } from '../../mock/index.js';
import { run } from './conform.js';

const KEY = 'sk-replay-SECRET-41aa';
let mock: RunningMock;
let proxy: BrokenProxy;

beforeAll(async () => {
  mock = await startMockTarget();
  // A server that answers 404 to ids that are not even well-formed (400): malformed-id splits its runs into 2 shards.
  proxy = await startBrokenProxy(mock.url, 'malformed-id-404');
});
afterAll(async () => {
  await proxy.close();
  await mock.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** Runs `aic conform` in-process with `argv` and the environment given; its exit code and stdout. */
async function conform(argv: string[], env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  for (const name of [
    'AIC_TARGET',
    'AIC_API_KEY',
    'AIC_OTHER_API_KEY',
    'AIC_ORGANIZATION_ID',
    'AIC_SPACE_ID',
    'AIC_EDITION',
  ])
    vi.stubEnv(name, env[name] ?? '');
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await run(argv), stdout };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The words of a printed command line, as a shell splits one without variables (single quotes only). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] ?? m[2]!).replace(/'\\''/g, "'"));
}

/** A failure as the text report shows it, without what differs between two runs (ids, run names, times). */
function failureOf(stdout: string): string[] {
  const block = stdout.slice(stdout.indexOf('\nFAILED: '));
  const lines = block.split('\n').slice(1, block.split('\n').indexOf('', 1));
  return lines
    .filter((l) => /^ {2}(check|case|shard|problem):|^ {4} ?\d+\. /.test(l))
    .map((l) =>
      l
        .replace(/aic-conform-[a-z0-9]+-/g, 'aic-conform-RUN-')
        .replace(/\/v2\/ai-integrations\/[^\s?]+/g, '/v2/ai-integrations/ID'),
    );
}

describe('the replay line of a failure', () => {
  it('is a command that runs as printed, with target and key from the environment, and meets the same failure of the same shard again', async () => {
    const first = await conform(
      ['--target', proxy.url, '--api-key', KEY, '--rules', 'malformed-id', '--runs', '4', '--seed', '4', '--strict'],
      {},
    );
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('FAILED: malformed-id');
    const failure = failureOf(first.stdout);
    expect(failure.some((l) => /^ {2}shard: {4}\d of 2 /.test(l))).toBe(true);
    expect(failure.filter((l) => /^ {4} ?\d+\. /.test(l)).length).toBeGreaterThan(0);
    const printed = /\n {2}replay \(\$AIC_TARGET, \$AIC_API_KEY set[^\n]*\n {4}(aic conform [^\n]+)\n/.exec(
      first.stdout,
    )?.[1];
    expect(printed).toBeDefined();
    expect(printed).not.toContain(KEY);
    expect(printed).not.toContain(proxy.url);
    // Everything the run was given that decides the outcome, and nothing of the target or the key.
    expect(printed).toBe('aic conform --rules malformed-id --seed=4 --runs 4 --strict --edition camel');
    const [aic, command, ...argv] = shellWords(printed!);
    expect([aic, command]).toEqual(['aic', 'conform']);

    const again = await conform(argv, { AIC_TARGET: proxy.url, AIC_API_KEY: KEY });
    expect(again.code).toBe(1);
    expect(failureOf(again.stdout)).toEqual(failure);
    expect(await listAll(mock.url, KEY)).toEqual([]);
  });
});
