import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBrokenProxy } from '../../conformance/test-support/brokenProxy.js';
import { listenOnLoopback } from '../../conformance/test-support/listenOnLoopback.js';
import { createForeign, listAll, plainProvider, startMockTarget } from '../../conformance/test-support/mockTarget.js';
import { sendJson, startScriptedServer, type ScriptedServer } from '../../conformance/test-support/scriptedServer.js';
import type { RunningMock } from '../../mock/index.js';
import { runAic } from '../test-support/runAic.js';
import { UsageError } from '../UsageError.js';
import { run } from './conform.js';

const AIC = new URL('../../dist/cli/aic.js', import.meta.url).pathname;
const KEY = 'sk-cli-SECRET-7d3e';
const OTHER = 'sk-cli-OTHER-SECRET-1b9c';
const env = (extra: Record<string, string> = {}) => ({ ...process.env, AIC_TARGET: '', AIC_API_KEY: '', AIC_OTHER_API_KEY: '', AIC_ORGANIZATION_ID: '', AIC_SPACE_ID: '', AIC_EDITION: '', ...extra });
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
    expect(stdout).toMatch(/\n {2}--organization-id ID +a real organization id .*\(env AIC_ORGANIZATION_ID\)/s);
    expect(stdout).toMatch(/\n {2}--space-id ID +a real space id in that organization; needs --organization-id \(env AIC_SPACE_ID\)/);
    expect(stdout).toMatch(/goes to stdout; progress, one line per rule, to stderr/);
    expect(stdout).toMatch(/\n {2}--edition E +camel or upper: .*\(env AIC_EDITION\)\. Without it the kit works out the target's edition/s);
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
    expect(badRule.stderr).toContain('unknown rule: nope (known: non-empty, ');
  });

  it('exits 2 on a key too short to tell apart from response text, before sending anything', async () => {
    const { code, stderr } = await runAic(['conform', '--target', mock.url, '--api-key', 'a'], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toContain('--api-key must be at least 6 characters');
    const other = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--other-api-key', 'b2'], { env: env() });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--other-api-key must be at least 6 characters');
  });

  describe('usage errors, found before any request (in-process)', () => {
    let target: ScriptedServer;
    beforeAll(async () => {
      target = await startScriptedServer((_req, res) => sendJson(res, 200, { ai_integrations: [], pagination: { has_more: false } }));
    });
    afterAll(() => target.close());
    beforeEach(() => {
      for (const name of ['AIC_TARGET', 'AIC_API_KEY', 'AIC_OTHER_API_KEY', 'AIC_ORGANIZATION_ID', 'AIC_SPACE_ID']) vi.stubEnv(name, '');
    });
    afterEach(() => {
      vi.unstubAllEnvs();
      expect(target.requests).toEqual([]);
    });
    const usageError = (args: string[]) => run(['--target', target.url, '--api-key', KEY, ...args]).then(
      () => expect.unreachable('no usage error'),
      (error: unknown) => {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      },
    );

    it('a space id without its organization (flag or environment), or an empty id', async () => {
      expect(await usageError(['--space-id', 'U3BhY2U6MQ=='])).toBe('--space-id needs --organization-id: a space lives in an organization, and a scoping names both');
      vi.stubEnv('AIC_SPACE_ID', 'U3BhY2U6MQ==');
      expect(await usageError([])).toMatch(/^--space-id needs --organization-id/);
      expect(await usageError(['--organization-id', ''])).toBe('--organization-id must not be empty');
    });

    it('a target URL with an invalid port', async () => {
      expect(await run(['--target', 'http://127.0.0.1:99999', '--api-key', KEY]).catch((e: Error) => e.message)).toBe('the target "http://127.0.0.1:99999" has an invalid port "99999" (a port is a number from 1 to 65535)');
    });

    it('a report file that cannot be written: missing directory, a directory, no permission, the same file twice', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'aic-conform-'));
      const existing = join(dir, 'kept.xml');
      writeFileSync(existing, 'old report');
      expect(await usageError(['--json', join(dir, 'missing', 'r.json')])).toBe(`--json ${join(dir, 'missing', 'r.json')}: cannot write the report there: the directory ${join(dir, 'missing')} does not exist`);
      expect(await usageError(['--junit', dir])).toBe(`--junit ${dir}: cannot write the report there: it is a directory`);
      // sysfs refuses new files, to root as well.
      expect(await usageError(['--json', '/sys/aic-conform-report.json'])).toBe('--json /sys/aic-conform-report.json: cannot write the report there: permission denied');
      expect(await usageError(['--json', existing, '--junit', existing])).toBe('--json and --junit name the same file');
      expect(readFileSync(existing, 'utf8')).toBe('old report');
    });
  });

  it('exits 2 on a usage error of the report file, in words, before any request and without a stack trace', async () => {
    const target = await startScriptedServer((_req, res) => sendJson(res, 200, { ai_integrations: [], pagination: { has_more: false } }));
    try {
      const file = join(tmpdir(), 'no-such-dir-aic', 'r.json');
      const { code, stderr } = await runAic(['conform', '--target', target.url, '--api-key', KEY, '--json', file], { env: env() });
      expect(code).toBe(2);
      expect(stderr).toBe(`aic conform: --json ${file}: cannot write the report there: the directory ${dirname(file)} does not exist\nRun "aic conform --help" for usage.\n`);
      expect(target.requests).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('exits 2 when the target is unreachable, saying why in words, without printing the key or a stack trace', async () => {
    const closed = await listenOnLoopback(createServer());
    await closed.close(); // nothing listens on its port any more
    const { code, stdout, stderr } = await runAic(['conform', '--target', closed.url, '--api-key', KEY], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toBe(`aic conform: cannot reach the target ${closed.url}: connection refused: nothing is listening at ${closed.url}\n`);
    expect(stdout).toBe('');
    expect(stderr).not.toContain(KEY);
  });

  it('exits 2 for a key that can read but not create integrations, and leaves no report file behind', async () => {
    const readOnly = await startScriptedServer((req, res) =>
      req.method === 'GET' ? sendJson(res, 200, { ai_integrations: [], pagination: { has_more: false } }) : sendJson(res, 403, { title: 'Forbidden', status: 403 }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'aic-conform-'));
    try {
      const { code, stdout, stderr } = await runAic(['conform', '--target', readOnly.url, '--api-key', KEY, '--json', join(dir, 'r.json')], { env: env() });
      expect(code).toBe(2);
      expect(stderr).toContain('aic conform: the key of --api-key can read integrations but cannot create them (POST /v2/ai-integrations answered 403: Forbidden)');
      expect(stdout).toBe('');
      // The list, the probe create, and the clean-up's list of the run's prefix.
      expect(readOnly.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
      expect(existsSync(join(dir, 'r.json'))).toBe(false);
    } finally {
      await readOnly.close();
    }
  });

  it('passes against the mock with the default options read from the environment, and writes JSON and JUnit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aic-conform-'));
    const { code, stdout, stderr } = await runAic(['conform', '--json', join(dir, 'r.json'), '--junit', join(dir, 'r.xml'), '--seed', '77'], {
      env: env({ AIC_TARGET: mock.url, AIC_API_KEY: KEY, AIC_OTHER_API_KEY: OTHER }),
    });
    expect(code, stderr).toBe(0);
    // Progress on stderr, the report on stdout.
    expect(stderr).toMatch(/^aic conform: run [a-z0-9]+, seed 77, 50 runs per property, 15 rules\n/);
    expect(stderr).toMatch(/\[1\/15\] PASS  non-empty/);
    expect(stderr).not.toContain('15 passed');
    expect(stdout).toMatch(/^\nConformance of http:\/\/127\.0\.0\.1:\d+ \(run [a-z0-9]+, seed 77, 50 runs per property\)\nEdition: camel \(detected: the target accepted provider "[^"]+", the camel edition's spelling, and answered in it, and refused "[^"]+" \(400\), the upper edition's spelling\)\n/);
    expect(stderr).toMatch(/\naic conform: edition camel \(detected: /);
    expect(stdout).toContain('15 passed, 0 failed, 0 flaky, 0 errors, 0 skipped');
    expect(stdout).toContain('nothing left behind');
    expect(stdout).toMatch(/\nLimitations of this run:\n {2}- No --organization-id or --space-id: every scoping sent was account-wide/);
    expect(stdout).not.toContain('--other-api-key');
    expect(stdout).not.toContain('[1/15]');
    const json = readFileSync(join(dir, 'r.json'), 'utf8');
    const xml = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(JSON.parse(json)).toMatchObject({ seed: 77, runs: 50, passed: true, rateLimited: { responses: 0, waitedMs: 0 }, limitations: [expect.stringMatching(/^No --organization-id/)] });
    expect(xml.match(/<testcase /g)).toHaveLength(15);
    expect(xml).toContain('<property name="limitation.1" value="No --organization-id or --space-id:');
    expect(xml).toContain('<property name="edition" value="camel"/>');
    expect(JSON.parse(json).edition).toMatchObject({ edition: 'camel', source: 'detected' });
    for (const text of [stdout, stderr, json, xml]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(OTHER);
    }
  });

  it('exits 1 against a broken server, naming the rule, the clause and a reproduction', async () => {
    const proxy = await startBrokenProxy(mock.url, 'lists-merged');
    try {
      const { code, stdout, stderr } = await runAic(['conform', '--target', proxy.url, '--api-key', KEY, '--runs', '10', '--rules', 'replace-all,non-empty'], { env: env() });
      expect(code).toBe(1);
      expect(stderr).toMatch(/\[2\/2\] FAIL {2}replace-all/);
      expect(stdout).toMatch(/\nFAIL {2}replace-all/);
      expect(stdout).toMatch(/\nPASS {2}non-empty/);
      expect(stdout).toContain('FAILED: replace-all — Update rule 6 (replace-all, headers-replace)');
      expect(stdout).toMatch(/requests \(shrunk counterexample, \d+\):/);
      expect(stdout).toContain('Authorization: Bearer $AIC_API_KEY');
      expect(stderr).not.toContain('FAILED: replace-all');
      expect(stdout + stderr).not.toContain(KEY);
    } finally {
      await proxy.close();
    }
  });

  it('--sweep deletes the leftovers of earlier runs only', async () => {
    const key = 'sk-cli-sweep';
    const kept = await createForeign(mock.url, key, { name: 'Production' });
    await createForeign(mock.url, key, { name: 'aic-conform-interrupted-0' });
    const { code, stderr } = await runAic(['conform', '--sweep', '--target', mock.url, '--api-key', key], { env: env() });
    expect(code).toBe(0);
    expect(stderr).toContain('aic conform --sweep (primary account): 1 leftover deleted: aic-conform-interrupted-0');
    expect(await listAll(mock.url, key)).toEqual([kept]);
  });

  describe('editions', () => {
    let upper: RunningMock;
    let openAI: string;
    let OPEN_AI: string;
    beforeAll(async () => {
      upper = await startMockTarget({ edition: 'upper' });
      [openAI, OPEN_AI] = [await plainProvider('camel'), await plainProvider('upper')];
    });
    afterAll(() => upper.close());

    // Every rule passes in the upper edition in conformance/editions.test.ts; here the rules whose bodies carry the most spelled values.
    it('--edition upper passes against the mock serving the upper edition, and says so', async () => {
      const rules = 'create,provider-consistency,response-conformance';
      const { code, stdout, stderr } = await runAic(['conform', '--target', upper.url, '--api-key', KEY, '--other-api-key', OTHER, '--edition', 'upper', '--runs', '5', '--seed', '3', '--rules', rules], { env: env() });
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(`\nEdition: upper (as asked: the target accepted provider "${OPEN_AI}", the upper edition's spelling, and answered in it)\n`);
      expect(stdout).toContain('3 passed, 0 failed, 0 flaky, 0 errors, 0 skipped');
      expect(stdout + stderr).not.toContain(KEY);
      expect(await listAll(upper.url, KEY)).toEqual([]);
    });

    it('exits 2 at setup when --edition (or AIC_EDITION) names the edition the target does not speak, naming the fix', async () => {
      const againstCamel = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--edition', 'upper'], { env: env() });
      expect(againstCamel.code).toBe(2);
      expect(againstCamel.stderr).toBe(`aic conform: the target speaks the camel edition: it refused provider "${OPEN_AI}" and accepted "${openAI}"; run with --edition camel, or without --edition\n`);
      expect(againstCamel.stdout).toBe('');
      const fromEnv = await runAic(['conform', '--target', upper.url, '--api-key', KEY], { env: env({ AIC_EDITION: 'camel' }) });
      expect(fromEnv.code).toBe(2);
      expect(fromEnv.stderr).toBe(`aic conform: the target speaks the upper edition: it refused provider "${openAI}" and accepted "${OPEN_AI}"; run with --edition upper, or without --edition\n`);
      expect(await listAll(mock.url, KEY)).toEqual([]);
      expect(await listAll(upper.url, KEY)).toEqual([]);
    });

    it('without --edition works out that the target speaks upper, and says how', async () => {
      const { code, stdout, stderr } = await runAic(['conform', '--target', upper.url, '--api-key', KEY, '--runs', '3', '--rules', 'non-empty,create'], { env: env() });
      expect(code, stderr).toBe(0);
      expect(stderr).toContain(`aic conform: edition upper (detected: the target refused provider "${openAI}" (400: `);
      expect(stdout).toContain(`\nEdition: upper (detected: the target refused provider "${openAI}" (400: `);
      expect(stdout).toContain(`and accepted "${OPEN_AI}", the upper edition's spelling)\n`);
    });

    it('exits 2 on an edition that does not exist', async () => {
      const { code, stderr } = await runAic(['conform', '--target', upper.url, '--api-key', KEY, '--edition', 'lower'], { env: env() });
      expect(code).toBe(2);
      expect(stderr).toContain('--edition must be one of camel, upper (got "lower")');
    });
  });

  it('on SIGINT stops, deletes what it created and exits 130', async () => {
    const key = 'sk-cli-sigint';
    const kept = await createForeign(mock.url, key, { name: 'Production' });
    const child = spawn(process.execPath, [AIC, 'conform', '--target', mock.url, '--api-key', key, '--runs', '200'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
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
    expect(stderr).toMatch(/\nThe run was interrupted\. Clean-up: \d+ integrations? deleted; nothing left behind\n/);
    expect(stdout).toMatch(/\n\nThe run was interrupted\.\n$/);
    expect(await listAll(mock.url, key)).toEqual([kept]);
  });
});
