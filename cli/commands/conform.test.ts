import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrokenProxy } from '../../conformance/test-support/brokenProxy.js';
import { createForeign, listAll, startMockTarget } from '../../conformance/test-support/mockTarget.js';
import type { RunningMock } from '../../mock/index.js';
import { runAic } from '../test-support/runAic.js';

const AIC = new URL('../../dist/cli/aic.js', import.meta.url).pathname;
const KEY = 'sk-cli-SECRET-7d3e';
const OTHER = 'sk-cli-OTHER-SECRET-1b9c';
const env = (extra: Record<string, string> = {}) => ({ ...process.env, AIC_TARGET: '', AIC_API_KEY: '', AIC_OTHER_API_KEY: '', ...extra });
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

describe('aic conform', () => {
  it('prints its usage and the rules with --help', async () => {
    const { code, stdout } = await runAic(['conform', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: aic conform --target URL --api-key KEY/);
    expect(stdout).toMatch(/\n {2}replace-all +Lists and objects are replaced whole/);
  });

  it('exits 2 without a target or a key, and on a bad option value', async () => {
    expect((await runAic(['conform', '--api-key', KEY], { env: env() })).stderr).toContain('--target URL (or AIC_TARGET) is required');
    const noKey = await runAic(['conform', '--target', mock.url], { env: env() });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('--api-key KEY (or AIC_API_KEY) is required');
    const badRuns = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--runs', 'many'], { env: env() });
    expect(badRuns.code).toBe(2);
    expect(badRuns.stderr).toContain('--runs must be a positive integer');
    const badRule = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--rules', 'nope'], { env: env() });
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain('unknown rule(s): nope');
  });

  it('exits 2 on a key too short to tell apart from response text, before sending anything', async () => {
    const { code, stderr } = await runAic(['conform', '--target', mock.url, '--api-key', 'a'], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toContain('--api-key must be at least 6 characters');
    const other = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--other-api-key', 'b2'], { env: env() });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--other-api-key must be at least 6 characters');
  });

  it('exits 2 when the target is unreachable, without printing the key', async () => {
    const { code, stderr } = await runAic(['conform', '--target', 'http://127.0.0.1:9', '--api-key', KEY, '--timeout', '500'], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toContain('cannot reach the target http://127.0.0.1:9');
    expect(stderr).not.toContain(KEY);
  });

  it('passes against the mock with the default options read from the environment, and writes JSON and JUnit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aic-conform-'));
    const { code, stdout, stderr } = await runAic(['conform', '--json', join(dir, 'r.json'), '--junit', join(dir, 'r.xml'), '--seed', '77'], {
      env: env({ AIC_TARGET: mock.url, AIC_API_KEY: KEY, AIC_OTHER_API_KEY: OTHER }),
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/\[1\/15\] PASS  non-empty/);
    expect(stderr).toContain('15 passed, 0 failed, 0 flaky, 0 errors, 0 skipped');
    expect(stderr).toContain('nothing left behind');
    const json = readFileSync(join(dir, 'r.json'), 'utf8');
    const xml = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(JSON.parse(json)).toMatchObject({ seed: 77, runs: 50, passed: true });
    expect(xml.match(/<testcase /g)).toHaveLength(15);
    for (const text of [stdout, stderr, json, xml]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(OTHER);
    }
  });

  it('exits 1 against a broken server, naming the rule, the clause and a reproduction', async () => {
    const proxy = await startBrokenProxy(mock.url, 'lists-merged');
    try {
      const { code, stderr } = await runAic(['conform', '--target', proxy.url, '--api-key', KEY, '--runs', '10', '--rules', 'replace-all,non-empty'], { env: env() });
      expect(code).toBe(1);
      expect(stderr).toMatch(/FAIL {2}replace-all/);
      expect(stderr).toMatch(/PASS {2}non-empty/);
      expect(stderr).toContain('FAILED: replace-all — Update rule 6 (replace-all, headers-replace)');
      expect(stderr).toMatch(/requests \(shrunk counterexample, \d+\):/);
      expect(stderr).toContain('Authorization: Bearer $AIC_API_KEY');
      expect(stderr).not.toContain(KEY);
    } finally {
      await proxy.close();
    }
  });

  it('--sweep deletes the leftovers of earlier runs only', async () => {
    const key = 'sk-cli-sweep';
    const kept = await createForeign(mock.url, key, { name: 'Production', provider: 'openAI' });
    await createForeign(mock.url, key, { name: 'aic-conform-interrupted-0', provider: 'openAI' });
    const { code, stderr } = await runAic(['conform', '--sweep', '--target', mock.url, '--api-key', key], { env: env() });
    expect(code).toBe(0);
    expect(stderr).toContain('1 leftover(s) deleted: aic-conform-interrupted-0');
    expect(await listAll(mock.url, key)).toEqual([kept]);
  });

  it('on SIGINT stops, deletes what it created and exits 130', async () => {
    const key = 'sk-cli-sigint';
    const kept = await createForeign(mock.url, key, { name: 'Production', provider: 'openAI' });
    const child = spawn(process.execPath, [AIC, 'conform', '--target', mock.url, '--api-key', key, '--runs', '200'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/\[3\/15\] uniqueness …/.test(stderr)) resolve();
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('SIGINT, stopping and deleting what this run created');
    expect(stderr).toContain('The run was interrupted.');
    expect(await listAll(mock.url, key)).toEqual([kept]);
  });
});
