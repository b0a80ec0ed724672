import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunReport } from '../../conformance/index.js';
import { allRules } from '../../conformance/rules/index.js';
import { brokenSpec } from '../../spec/test-support/brokenSpec.js';
import { temporaryDir } from '../../spec/test-support/temporaryDir.js';
import { startBrokenProxy } from '../../conformance/test-support/brokenProxy.js';
import { startForwardProxy } from '../../conformance/test-support/forwardProxy.js';
import { listenOnLoopback } from '../../conformance/test-support/listenOnLoopback.js';
import { createForeign, listAll, plainProvider, startMockTarget } from '../../conformance/test-support/mockTarget.js';
import { sendJson, startScriptedServer, type ScriptedServer } from '../../conformance/test-support/scriptedServer.js';
import type { RunningMock } from '../../mock/index.js';
import { runAic } from '../test-support/runAic.js';
import { UsageError } from '../UsageError.js';
import { progressWriter, run } from './conform.js';

const AIC = new URL('../../dist/cli/aic.js', import.meta.url).pathname;
const KEY = 'sk-cli-SECRET-7d3e';
const OTHER = 'sk-cli-OTHER-SECRET-1b9c';
const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  AIC_TARGET: '',
  AIC_API_KEY: '',
  AIC_OTHER_API_KEY: '',
  AIC_ORGANIZATION_ID: '',
  AIC_SPACE_ID: '',
  AIC_EDITION: '',
  ...extra,
});
let mock: RunningMock;
/** The HTML report of the run against a broken server, opened in a browser at the end. */
const brokenRunHtml = join(temporaryDir('aic-conform-html-'), 'report.html');
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
    expect(stdout).toMatch(
      /\n {2}--space-id ID +a real space id in that organization; needs --organization-id \(env AIC_SPACE_ID\)/,
    );
    expect(stdout).toMatch(/goes to stdout; progress, one line per rule, to stderr/);
    expect(stdout).toMatch(
      /\n {2}--edition E +camel or upper: .*\(env AIC_EDITION\)\. Without it the kit works out the target's edition/s,
    );
  });

  it('exits 2 without a target or a key, and on a bad option value', async () => {
    expect((await runAic(['conform', '--api-key', KEY], { env: env() })).stderr).toContain(
      '--target URL (or AIC_TARGET) is required',
    );
    const noKey = await runAic(['conform', '--target', mock.url], { env: env() });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('--api-key KEY (or AIC_API_KEY) is required');
    const badRuns = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--runs', 'many'], { env: env() });
    expect(badRuns.code).toBe(2);
    expect(badRuns.stderr).toContain('--runs must be a positive integer');
    const badRule = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--rules', 'nope'], {
      env: env(),
    });
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain('unknown rule: nope (known: non-empty, ');
  });

  it('exits 2 on a bad --concurrency, --retries or --profile, naming the values it takes', async () => {
    const bad = async (flag: string, value: string) =>
      runAic(['conform', '--target', mock.url, '--api-key', KEY, flag, value], { env: env() });
    const concurrency = await bad('--concurrency', '0');
    expect([concurrency.code, concurrency.stderr]).toEqual([
      2,
      expect.stringContaining('--concurrency must be a positive integer, got "0"'),
    ]);
    const retries = await bad('--retries', 'twice');
    expect([retries.code, retries.stderr]).toEqual([
      2,
      expect.stringContaining('--retries must be a whole number (0 or more), got "twice"'),
    ]);
    const profile = await bad('--profile', 'fast');
    expect([profile.code, profile.stderr]).toEqual([
      2,
      expect.stringContaining('--profile must be default or quick, got "fast"'),
    ]);
  });

  it('goes through HTTP_PROXY as a plain forward proxy, and around it for a NO_PROXY host', async () => {
    const proxy = await startForwardProxy();
    try {
      const args = ['conform', '--target', mock.url, '--api-key', KEY, '--rules', 'read-back', '--runs', '1'];
      const through = await runAic(args, { env: env({ HTTP_PROXY: proxy.url }) });
      expect(through.code, through.stderr).toBe(0);
      expect(proxy.seen.length).toBeGreaterThan(5);
      expect(proxy.seen.every((line) => line.startsWith(`${line.split(' ')[0]} ${mock.url}/v2/ai-integrations`))).toBe(
        true,
      );
      const seen = proxy.seen.length;
      const around = await runAic(args, { env: env({ http_proxy: proxy.url, NO_PROXY: '127.0.0.1' }) });
      expect(around.code, around.stderr).toBe(0);
      expect(proxy.seen).toHaveLength(seen);
    } finally {
      await proxy.close();
    }
  });

  it('exits 2 on a key too short to tell apart from response text, before sending anything', async () => {
    const { code, stderr } = await runAic(['conform', '--target', mock.url, '--api-key', 'a'], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toContain('--api-key must be at least 6 characters');
    const other = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--other-api-key', 'b2'], {
      env: env(),
    });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--other-api-key must be at least 6 characters');
  });

  describe('usage errors, found before any request (in-process)', () => {
    let target: ScriptedServer;
    beforeAll(async () => {
      target = await startScriptedServer((_req, res) =>
        sendJson(res, 200, { ai_integrations: [], pagination: { has_more: false } }),
      );
    });
    afterAll(() => target.close());
    beforeEach(() => {
      for (const name of ['AIC_TARGET', 'AIC_API_KEY', 'AIC_OTHER_API_KEY', 'AIC_ORGANIZATION_ID', 'AIC_SPACE_ID'])
        vi.stubEnv(name, '');
    });
    afterEach(() => {
      vi.unstubAllEnvs();
      expect(target.requests).toEqual([]);
    });
    const usageError = (args: string[]) =>
      run(['--target', target.url, '--api-key', KEY, ...args]).then(
        () => expect.unreachable('no usage error'),
        (error: unknown) => {
          expect(error).toBeInstanceOf(UsageError);
          return (error as Error).message;
        },
      );

    it('a space id without its organization (flag or environment), or an empty id', async () => {
      expect(await usageError(['--space-id', 'U3BhY2U6MQ=='])).toBe(
        '--space-id needs --organization-id: a space lives in an organization, and a scoping names both',
      );
      vi.stubEnv('AIC_SPACE_ID', 'U3BhY2U6MQ==');
      expect(await usageError([])).toMatch(/^--space-id needs --organization-id/);
      expect(await usageError(['--organization-id', ''])).toBe('--organization-id must not be empty');
    });

    it('a target URL with an invalid port', async () => {
      expect(await run(['--target', 'http://127.0.0.1:99999', '--api-key', KEY]).catch((e: Error) => e.message)).toBe(
        'the target "http://127.0.0.1:99999" has an invalid port "99999" (a port is a number from 1 to 65535)',
      );
    });

    it('a target ending with the API base path, naming the doubled path the server would see and the fix', async () => {
      expect(await run(['--target', `${target.url}/v2/`, '--api-key', KEY]).catch((e: Error) => e.message)).toBe(
        `the target "${target.url}/v2/" ends with /v2, which the API's paths already start with: the server would see /v2/v2/ai-integrations. Drop /v2: --target ${target.url}`,
      );
      const { code, stderr } = await runAic(['conform', '--target', `${target.url}/api/v2`, '--api-key', KEY]);
      expect(code).toBe(2);
      expect(stderr).toContain(`the server would see /api/v2/v2/ai-integrations. Drop /v2: --target ${target.url}/api`);
    });

    it('a report file that cannot be written: missing directory, a directory, no permission, the same file twice', async () => {
      const dir = temporaryDir('aic-conform-');
      const existing = join(dir, 'kept.xml');
      writeFileSync(existing, 'old report');
      expect(await usageError(['--json', join(dir, 'missing', 'r.json')])).toBe(
        `--json ${join(dir, 'missing', 'r.json')}: cannot write the report there: the directory ${join(dir, 'missing')} does not exist`,
      );
      expect(await usageError(['--junit', dir])).toBe(
        `--junit ${dir}: cannot write the report there: it is a directory`,
      );
      // sysfs refuses new files, to root as well.
      expect(await usageError(['--json', '/sys/aic-conform-report.json'])).toBe(
        '--json /sys/aic-conform-report.json: cannot write the report there: permission denied',
      );
      expect(await usageError(['--json', existing, '--junit', existing])).toBe('--json and --junit name the same file');
      expect(readFileSync(existing, 'utf8')).toBe('old report');
    });
  });

  it('exits 2 on a usage error of the report file, in words, before any request and without a stack trace', async () => {
    const target = await startScriptedServer((_req, res) =>
      sendJson(res, 200, { ai_integrations: [], pagination: { has_more: false } }),
    );
    try {
      const file = join(tmpdir(), 'no-such-dir-aic', 'r.json');
      const { code, stderr } = await runAic(['conform', '--target', target.url, '--api-key', KEY, '--json', file], {
        env: env(),
      });
      expect(code).toBe(2);
      expect(stderr).toBe(
        `aic conform: --json ${file}: cannot write the report there: the directory ${dirname(file)} does not exist\nRun "aic conform --help" for usage.\n`,
      );
      expect(target.requests).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('exits 2 when the target is unreachable, saying why in words, without printing the key or a stack trace', async () => {
    const closed = await listenOnLoopback(createServer());
    await closed.close(); // nothing listens on its port any more
    const { code, stdout, stderr } = await runAic(['conform', '--target', closed.url, '--api-key', KEY], {
      env: env(),
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      `aic conform: cannot reach the target ${closed.url}: connection refused: nothing is listening at ${closed.url}\n`,
    );
    expect(stdout).toBe('');
    expect(stderr).not.toContain(KEY);
  });

  it('exits 2 for a key that can read but not create integrations, and leaves no report file behind', async () => {
    const readOnly = await startScriptedServer((req, res) =>
      req.method === 'GET'
        ? sendJson(res, 200, { ai_integrations: [], pagination: { has_more: false } })
        : sendJson(res, 403, { title: 'Forbidden', status: 403 }),
    );
    const dir = temporaryDir('aic-conform-');
    try {
      const { code, stdout, stderr } = await runAic(
        ['conform', '--target', readOnly.url, '--api-key', KEY, '--json', join(dir, 'r.json')],
        { env: env() },
      );
      expect(code).toBe(2);
      expect(stderr).toContain(
        'aic conform: the key of --api-key can read integrations but cannot create them (POST /v2/ai-integrations answered 403: Forbidden)',
      );
      expect(stdout).toBe('');
      // The list, the probe create, and the clean-up's list of the run's prefix.
      expect(readOnly.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
      expect(existsSync(join(dir, 'r.json'))).toBe(false);
    } finally {
      await readOnly.close();
    }
  });

  it('passes against the mock with the default options read from the environment, covers 100% of the combinations the contract names, and writes JSON, JUnit and HTML', async () => {
    const dir = temporaryDir('aic-conform-');
    const [ORG, SPACE] = ['T3JnYW5pemF0aW9uOjE6YUJjRA==', 'U3BhY2U6NzphQmNE'];
    const { code, stdout, stderr } = await runAic(
      [
        'conform',
        '--json',
        join(dir, 'r.json'),
        '--junit',
        join(dir, 'r.xml'),
        '--html',
        join(dir, 'r.html'),
        '--seed',
        '77',
      ],
      {
        env: env({
          AIC_TARGET: mock.url,
          AIC_API_KEY: KEY,
          AIC_OTHER_API_KEY: OTHER,
          AIC_ORGANIZATION_ID: ORG,
          AIC_SPACE_ID: SPACE,
        }),
      },
    );
    expect(code, stderr).toBe(0);
    const rules = allRules.length;
    // Progress on stderr, the report on stdout.
    expect(stderr).toMatch(new RegExp(`^aic conform: run [a-z0-9]+, seed 77, 50 runs per property, ${rules} rules\n`));
    expect(stderr).toMatch(new RegExp(`\\[1/${rules}\\] PASS  non-empty`));
    expect(stderr).not.toContain(`${rules} passed`);
    expect(stdout).toMatch(
      /^\nConformance of http:\/\/127\.0\.0\.1:\d+ \(run [a-z0-9]+, seed 77, 50 runs per property\)\nEdition: camel \(detected: the target accepted provider "[^"]+", the camel edition's spelling, and answered in it, and refused "[^"]+" \(400\), the upper edition's spelling\)\n/,
    );
    expect(stderr).toMatch(/\naic conform: edition camel \(detected: /);
    expect(stdout).toContain(`${rules} passed, 0 failed, 0 flaky, 0 errors, 0 skipped`);
    expect(stdout).toContain('nothing left behind');
    // Every rule says what it exercised; the run covered every combination the contract names.
    expect(stdout).toMatch(
      /\nPASS {2}rejection-is-atomic \([^)]*\)\n {7}coverage: (\d+)\/\1 combinations · 11 fields patched · statuses /,
    );
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as RunReport;
    const { coverage } = json;
    expect(coverage.combinations.filter((c) => c.missing !== undefined)).toEqual([]);
    expect(coverage.unreachable).toEqual([]);
    expect(coverage).toMatchObject({ percent: 100, covered: coverage.named });
    expect(coverage.named).toBeGreaterThan(100);
    for (const kind of ['invalid', 'null', 'boundary', 'list', 'awkward', 'concurrent', 'account-size'] as const)
      expect(coverage.byKind[kind].covered, kind).toBe(coverage.byKind[kind].named);
    expect(stdout).toContain(
      `\nCoverage: ${coverage.named} of the ${coverage.named} combinations the contract names for this run (100%): invalid bodies `,
    );
    expect(json).toMatchObject({
      seed: 77,
      runs: 50,
      passed: true,
      rateLimited: { responses: 0, waitedMs: 0 },
      limitations: [],
    });
    expect(json.results.every((r) => r.coverage !== undefined && r.coverage.requests > 0)).toBe(true);
    const xml = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(rules);
    expect(xml).toContain('<property name="coverage.percent" value="100"/>');
    expect(xml).toContain('<property name="edition" value="camel"/>');
    expect(json.edition).toMatchObject({ edition: 'camel', source: 'detected' });
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<p id="coverage-total"><strong>100%</strong>');
    // The bursts and the account-size checks, each a covered row of the scenarios table.
    const scenarios = html.slice(
      html.indexOf('<table id="scenarios">'),
      html.indexOf('</table>', html.indexOf('<table id="scenarios">')),
    );
    expect(scenarios.match(/<tr data-state="covered">/g)).toHaveLength(
      coverage.byKind.concurrent.named + coverage.byKind['account-size'].named,
    );
    for (const text of [stdout, stderr, JSON.stringify(json), xml, html]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(OTHER);
    }
  });

  it('exits 1 against a broken server, naming the rule, the clause, the case and a reproduction, and writes them in the HTML report', async () => {
    const proxy = await startBrokenProxy(mock.url, 'lists-merged');
    try {
      const { code, stdout, stderr } = await runAic(
        [
          'conform',
          '--target',
          proxy.url,
          '--api-key',
          KEY,
          '--runs',
          '10',
          '--seed',
          '5',
          '--rules',
          'non-empty,replace-all,list-and-pagination',
          '--html',
          brokenRunHtml,
        ],
        { env: env() },
      );
      expect(code).toBe(1);
      expect(stdout).toMatch(
        /\nLimitations of this run:\n {2}- No --organization-id or --space-id: every scoping sent was account-wide/,
      );
      expect(stderr).toMatch(/\[2\/3\] FAIL {2}replace-all/);
      expect(stdout).toMatch(/\nFAIL {2}replace-all/);
      expect(stdout).toMatch(/\nPASS {2}non-empty/);
      expect(stdout).toContain('FAILED: replace-all — Update rule 6 (replace-all, headers-replace)');
      expect(stdout).toContain('  case:     empty × model_names (systematic)');
      expect(stdout).toMatch(/requests \(shrunk counterexample, \d+\):/);
      expect(stdout).toContain('Authorization: Bearer $AIC_API_KEY');
      expect(stdout).toContain('\n    aic conform --rules replace-all --seed=5 --runs 10 --edition camel\n');
      expect(stdout).toMatch(
        /\nCoverage: \d+ of the \d+ combinations the contract names for this run \([\d.]+%\): invalid bodies \d+\/\d+, /,
      );
      expect(stdout).toMatch(/\n {2}not exercised \(rejection-is-atomic did not run \(--rules\)\): \d+ combinations: /);
      expect(stderr).not.toContain('FAILED: replace-all');
      expect(stdout + stderr).not.toContain(KEY);
      expect(readFileSync(brokenRunHtml, 'utf8')).toContain('<dd class="case">empty × model_names (systematic)</dd>');
    } finally {
      await proxy.close();
    }
  });

  it('--sweep deletes the leftovers of earlier runs only', async () => {
    const key = 'sk-cli-sweep';
    const kept = await createForeign(mock.url, key, { name: 'Production' });
    await createForeign(mock.url, key, { name: 'aic-conform-interrupted-0' });
    const { code, stderr } = await runAic(['conform', '--sweep', '--target', mock.url, '--api-key', key], {
      env: env(),
    });
    expect(code).toBe(0);
    expect(stderr).toContain('aic conform --sweep (primary account): 1 leftover deleted: aic-conform-interrupted-0');
    expect(await listAll(mock.url, key)).toEqual([kept]);
  });

  it('--spec checks the contract of a changed spec: passes against a mock serving it, fails against it with the project spec, and exits 2 on a broken spec before any request', async () => {
    const changed = brokenSpec((d) => {
      d.components.parameters.Limit.schema.maximum = 60;
    });
    const reviewed = await startMockTarget({ specPath: changed });
    try {
      const args = [
        'conform',
        '--target',
        reviewed.url,
        '--api-key',
        KEY,
        '--runs',
        '2',
        '--seed',
        '1',
        '--rules',
        'list-and-pagination',
      ];
      const withSpec = await runAic([...args, '--spec', changed], { env: env() });
      expect(withSpec.code, withSpec.stderr).toBe(0);
      expect(withSpec.stdout).toContain('1 passed, 0 failed');
      const withProjectSpec = await runAic(args, { env: env() });
      expect(withProjectSpec.code).toBe(1);
      expect(withProjectSpec.stdout).toMatch(/FAIL\s+list-and-pagination/);
      const sweep = await runAic(
        ['conform', '--sweep', '--target', reviewed.url, '--api-key', KEY, '--spec', changed],
        { env: env() },
      );
      expect(sweep.code, sweep.stderr).toBe(0);
      expect(await listAll(reviewed.url, KEY, 60)).toEqual([]);
    } finally {
      await reviewed.close();
    }
    const broken = brokenSpec((d) => {
      d.openapi = '3.0.0';
    });
    const refused = await runAic(['conform', '--target', 'http://127.0.0.1:9', '--api-key', KEY, '--spec', broken], {
      env: env(),
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('declares openapi "3.0.0"; this project needs 3.1.x');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
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
      const { code, stdout, stderr } = await runAic(
        [
          'conform',
          '--target',
          upper.url,
          '--api-key',
          KEY,
          '--other-api-key',
          OTHER,
          '--edition',
          'upper',
          '--runs',
          '5',
          '--seed',
          '3',
          '--rules',
          rules,
        ],
        { env: env() },
      );
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(
        `\nEdition: upper (as asked: the target accepted provider "${OPEN_AI}", the upper edition's spelling, and answered in it)\n`,
      );
      expect(stdout).toContain('3 passed, 0 failed, 0 flaky, 0 errors, 0 skipped');
      expect(stdout + stderr).not.toContain(KEY);
      expect(await listAll(upper.url, KEY)).toEqual([]);
    });

    it('exits 2 at setup when --edition (or AIC_EDITION) names the edition the target does not speak, naming the fix', async () => {
      const againstCamel = await runAic(['conform', '--target', mock.url, '--api-key', KEY, '--edition', 'upper'], {
        env: env(),
      });
      expect(againstCamel.code).toBe(2);
      expect(againstCamel.stderr).toBe(
        `aic conform: the target speaks the camel edition: it refused provider "${OPEN_AI}" and accepted "${openAI}"; run with --edition camel, or without --edition\n`,
      );
      expect(againstCamel.stdout).toBe('');
      const fromEnv = await runAic(['conform', '--target', upper.url, '--api-key', KEY], {
        env: env({ AIC_EDITION: 'camel' }),
      });
      expect(fromEnv.code).toBe(2);
      expect(fromEnv.stderr).toBe(
        `aic conform: the target speaks the upper edition: it refused provider "${openAI}" and accepted "${OPEN_AI}"; run with --edition upper, or without --edition\n`,
      );
      expect(await listAll(mock.url, KEY)).toEqual([]);
      expect(await listAll(upper.url, KEY)).toEqual([]);
    });

    it('without --edition works out that the target speaks upper, and says how', async () => {
      const { code, stdout, stderr } = await runAic(
        ['conform', '--target', upper.url, '--api-key', KEY, '--runs', '3', '--rules', 'non-empty,create'],
        { env: env() },
      );
      expect(code, stderr).toBe(0);
      expect(stderr).toContain(`aic conform: edition upper (detected: the target refused provider "${openAI}" (400: `);
      expect(stdout).toContain(`\nEdition: upper (detected: the target refused provider "${openAI}" (400: `);
      expect(stdout).toContain(`and accepted "${OPEN_AI}", the upper edition's spelling)\n`);
    });

    it('exits 2 on an edition that does not exist', async () => {
      const { code, stderr } = await runAic(
        ['conform', '--target', upper.url, '--api-key', KEY, '--edition', 'lower'],
        { env: env() },
      );
      expect(code).toBe(2);
      expect(stderr).toContain('--edition must be one of camel, upper (got "lower")');
    });
  });

  it('on SIGINT stops, deletes what it created and exits 130', async () => {
    const key = 'sk-cli-sigint';
    const kept = await createForeign(mock.url, key, { name: 'Production' });
    const child = spawn(process.execPath, [AIC, 'conform', '--target', mock.url, '--api-key', key, '--runs', '200'], {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/\[3\/\d+\] uniqueness …/.test(stderr)) resolve();
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

/** CHROMIUM_PATH when set, else Debian's chromium (what .ci/run installs); undefined when there is none. */
function findChromium(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => existsSync(path));
}

describe('aic conform --html, as a browser shows it', () => {
  it('shows the verdict, the coverage matrix, the list queries and each failure with its reproduction, with nothing fetched from anywhere (the report of the run against the broken server above)', async (ctx) => {
    const executablePath = findChromium();
    if (!executablePath) {
      const why = `no chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}: the HTML report was not opened in a browser (.ci/run installs Debian's chromium; CHROMIUM_PATH names another)`;
      console.warn(`SKIPPED: ${why}`);
      ctx.skip(why);
    }
    // The report the run against a server that merges lists wrote (the test of exit 1 above).
    const file = brokenRunHtml;
    expect(existsSync(file), 'the HTML report of the run against the broken server').toBe(true);
    const { chromium } = await import('playwright-core');
    // Root in CI: Chromium's sandbox needs a user namespace it may not get.
    const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.goto(`file://${file}`);
      expect(fetched).toEqual([`file://${file}`]);
      expect(await page.title()).toMatch(/^aic conform: http:\/\/127\.0\.0\.1:\d+ failed$/);
      expect(await page.locator('#verdict').innerText()).toBe('failed');
      expect(await page.locator('#summary').innerText()).toMatch(
        /^2 passed, 1 failed, 0 flaky, 0 errors, 0 skipped — \d+ requests in [\d.]+ s$/,
      );
      expect(await page.locator('#coverage-missing summary').first().innerText()).toMatch(
        /^rejection-is-atomic did not run \(--rules\): \d+ combinations$/,
      );
      expect(await page.locator('#coverage-total').innerText()).toMatch(
        /^\d+(\.\d)?%: \d+ of the \d+ combinations the contract names for this run were exercised\.$/,
      );
      // The matrix: fields × invalid families, null and boundaries, as the browser lays it out.
      const matrix = page.locator('#coverage-matrix');
      expect(await matrix.isVisible()).toBe(true);
      const cell = (dimension: string, field: string) =>
        matrix.locator(`td[data-dimension="${dimension}"][data-field="${field}"]`);
      expect(await cell('empty-body', '(whole body)').innerText()).toBe('✓');
      expect(await cell('empty-body', '(whole body)').getAttribute('title')).toContain('exercised by non-empty');
      expect(await cell('at-limit', 'headers').innerText()).toBe('✗');
      expect(await cell('at-limit', 'headers').getAttribute('title')).toMatch(
        /not exercised \(replace-all: not reached/,
      );
      expect(await cell('wrong-type', 'name').getAttribute('data-state')).toBe('missing');
      expect(await cell('several', 'scopings').getAttribute('data-state')).toBe('unreachable');
      expect((await cell('empty', 'model_names').boundingBox())!.width).toBeGreaterThan(0);
      // The list queries, every one exercised by list-and-pagination.
      const listRows = page.locator('#list-queries tbody tr');
      expect(await listRows.count()).toBeGreaterThanOrEqual(10);
      expect(await page.locator('#list-queries tbody tr[data-state="covered"]').count()).toBe(await listRows.count());
      // The rules, and the failure with its reproduction.
      expect(await page.locator('#rules tr[data-rule="replace-all"]').getAttribute('data-outcome')).toBe('failed');
      const failure = page.locator('article.failure[data-rule="replace-all"]');
      expect(await failure.locator('h3').innerText()).toBe(
        'Failed: replace-all — Update rule 6 (replace-all, headers-replace)',
      );
      expect(await failure.locator('dd.case').innerText()).toBe('empty × model_names (systematic)');
      expect(await failure.locator('ol.requests li').count()).toBeGreaterThanOrEqual(2);
      const curl = await failure.locator('pre.curl').innerText();
      expect(curl).toContain('Authorization: Bearer $AIC_API_KEY');
      expect(curl).toMatch(
        /\nstep 200 PATCH '\/v2\/ai-integrations\/'"\$\{ID1\}" .*--data-raw '\{"model_names":\[\]\}'/,
      );
      expect(await failure.locator('code.replay').innerText()).toBe(
        'aic conform --rules replace-all --seed=5 --runs 10 --edition camel',
      );
      expect(await page.locator('script, link, img, iframe, object').count()).toBe(0);
      expect(await page.locator('body').innerText()).not.toContain(KEY);
    } finally {
      await browser.close();
    }
  });
});

describe('the progress of aic conform', () => {
  const tick = (elapsedMs: number) =>
    ({
      type: 'tick',
      running: ['create', 'model-based'],
      done: 3,
      total: 16,
      requests: 1200,
      elapsedMs,
      remainingMs: 20_000,
    }) as const;
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WritableStream & {
      isTTY: boolean;
      written: string[];
    };
  };

  it('updates one line in place on a terminal, and clears it before a rule line', () => {
    const out = stream(true);
    const write = progressWriter(out);
    write(tick(1000));
    write(tick(2000));
    write({ type: 'cleanup' });
    expect(out.written).toEqual([
      '\r\x1b[K[3/16 done] 1200 requests in 1 s, about 20 s left — running create, model-based',
      '\r\x1b[K[3/16 done] 1200 requests in 2 s, about 20 s left — running create, model-based',
      '\r\x1b[K',
      'cleaning up…\n',
    ]);
  });

  it('writes a plain line every 5 seconds elsewhere (a CI log)', () => {
    const out = stream(false);
    const write = progressWriter(out);
    for (let s = 1; s <= 11; s++) write(tick(s * 1000));
    expect(out.written).toEqual([
      '[3/16 done] 1200 requests in 5 s, about 20 s left — running create, model-based\n',
      '[3/16 done] 1200 requests in 10 s, about 20 s left — running create, model-based\n',
    ]);
  });
});
