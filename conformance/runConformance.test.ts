import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { contractModel, loadContract } from '../spec/index.js';
import { formatSummary } from './reports/formatText.js';
import { toJUnit } from './reports/toJUnit.js';
import { toJson } from './reports/toJson.js';
import { allRules } from './rules/index.js';
import { ConformanceSession } from './ConformanceSession.js';
import type { ConformanceFailure } from './ConformanceFailure.js';
import { runConformance, type RunReport } from './runConformance.js';
import type { Rule } from './Rule.js';
import type { RuleContext } from './RuleContext.js';
import { BROKEN_VARIANTS, startProxy } from './test-support/brokenProxy.js';
import { createForeign, listAll, MOCK_SCOPING_IDS, plainProvider, startMockTarget } from './test-support/mockTarget.js';
import { sendJson, startScriptedServer } from './test-support/scriptedServer.js';
import { SetupError } from './transport/TargetError.js';

const KEY = 'sk-primary-SECRET-4f1c';
const OTHER = 'sk-other-SECRET-9a2b';
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());
afterEach(() => {
  vi.restoreAllMocks();
});

const ORG = 'T3JnYW5pemF0aW9uOjE6YUJjRA==';
const SPACE = 'U3BhY2U6MTp4WXo=';

/** Runs only `rule` (a rule of the test's own) through runConformance. */
function onlyRule(rule: Rule): void {
  vi.spyOn(ConformanceSession.prototype, 'selectRules').mockReturnValue([rule]);
}

/**
 * A target that lists (empty), answers creates with `create(body)` (201 echoes the name with a fresh
 * id) and deletes with 204: enough for the preflight and its probes.
 */
async function probeTarget(create: (body: Record<string, unknown>) => [number, unknown]) {
  let next = 0;
  return startScriptedServer((req: IncomingMessage, res: ServerResponse, _index: number, text: string) => {
    if (req.method === 'GET') return sendJson(res, 200, { ai_integrations: [], pagination: { has_more: false } });
    if (req.method === 'DELETE') return res.writeHead(204).end();
    const body = JSON.parse(text) as Record<string, unknown>;
    const [status, answer] = create(body);
    return sendJson(
      res,
      status,
      status === 201 ? { ...body, id: Buffer.from(`LlmIntegration:${++next}`).toString('base64') } : answer,
    );
  });
}

describe('runConformance against the mock', () => {
  it('passes every rule, strict included, touches nothing of others and leaves nothing behind', async () => {
    const model = contractModel(await loadContract());
    const [bedrock, aws] = Object.entries(model.requiredMetadataKind)[0]!;
    const foreign = [
      await createForeign(mock.url, KEY, { name: 'Production OpenAI', api_key: 'sk-real', model_names: ['gpt-4o'] }),
      await createForeign(mock.url, KEY, { name: 'aic-conform', provider: model.providers.at(-1) }), // not the run's prefix
      await createForeign(mock.url, OTHER, {
        name: 'Bedrock',
        provider: bedrock,
        provider_metadata: { kind: aws, role_arn: 'arn:aws:iam::1:role/x' },
      }),
    ];
    const report = await runConformance({
      ...MOCK_SCOPING_IDS,
      target: mock.url,
      apiKey: KEY,
      otherApiKey: OTHER,
      runs: 4,
      seed: 1234,
      strict: true,
    });
    expect(report.results.map((r) => [r.rule, r.outcome, r.reason])).toEqual(
      allRules.map((r) => [r.id, 'passed', undefined]),
    );
    expect(report.passed).toBe(true);
    expect(report.cleanup.leftovers).toEqual([]);
    // Pre-existing integrations byte-identical; nothing of the run left.
    expect(await listAll(mock.url, KEY)).toEqual(foreign.slice(0, 2).reverse());
    expect(await listAll(mock.url, OTHER)).toEqual([foreign[2]]);
    // Keys never in reports.
    for (const text of [toJson(report), toJUnit(report)]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(OTHER);
    }
  });

  it('skips the rules and parts that need a second key, with the reason', async () => {
    const report = await runConformance({
      target: mock.url,
      apiKey: KEY,
      runs: 3,
      seed: 1,
      rules: ['uniqueness', 'auth-and-isolation', 'replace-all', 'create'],
    });
    expect(report.passed).toBe(true);
    const byRule = Object.fromEntries(report.results.map((r) => [r.rule, r]));
    expect(byRule.uniqueness!.notes.join()).toMatch(/another account.*--other-api-key/);
    expect(byRule['auth-and-isolation']!.notes.join()).toMatch(/--other-api-key/);
    expect(byRule['replace-all']!.notes.join()).toMatch(/headers.*--strict/);
    expect(byRule.create!.notes.join()).toMatch(/another account.*--other-api-key/);
  });

  it('writes JUnit with one test case per rule', async () => {
    const report = await runConformance({
      target: mock.url,
      apiKey: KEY,
      runs: 2,
      seed: 5,
      rules: ['non-empty', 'read-back'],
    });
    const xml = toJUnit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('tests="2" failures="0" errors="0" skipped="0"');
    expect(JSON.parse(toJson(report)).results).toHaveLength(2);
  });

  it('refuses an unreachable target, saying why in words, and a rejected key as setup errors', async () => {
    await expect(runConformance({ target: 'http://127.0.0.1:9', apiKey: KEY, timeoutMs: 500 })).rejects.toThrow(
      `cannot reach the target http://127.0.0.1:9: Node's fetch refuses port 9 (one of the "bad ports" the fetch standard blocks); serve the API on another port`,
    );
    await expect(runConformance({ target: 'http://aic-conform-target.invalid:8080', apiKey: KEY })).rejects.toThrow(
      'cannot reach the target http://aic-conform-target.invalid:8080: DNS: the host name aic-conform-target.invalid does not resolve (ENOTFOUND)',
    );
    const https = mock.url.replace('http:', 'https:');
    await expect(runConformance({ target: https, apiKey: KEY })).rejects.toThrow(
      new RegExp(
        `^cannot reach the target ${https}: TLS: ${https} does not speak TLS \\(.+\\); is it a plain http:// server\\?$`,
      ),
    );
    await expect(runConformance({ target: 'http://127.0.0.1:0', apiKey: KEY })).rejects.toThrow(
      'has port 0, which no server listens on',
    );
    await expect(runConformance({ target: mock.url, apiKey: KEY, rules: ['no-such-rule'] })).rejects.toThrow(
      /unknown rule/,
    );
    const guarded = await startScriptedServer((_req, res) =>
      sendJson(res, 401, { title: 'Authentication required', status: 401 }),
    );
    try {
      const error = await runConformance({ target: guarded.url, apiKey: KEY }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SetupError);
      expect((error as Error).message).toBe('the target rejected apiKey (401)');
      expect(guarded.requests).toHaveLength(1);
    } finally {
      await guarded.close();
    }
  });

  it('refuses a key that can read but not create integrations, after one list and one probe create', async () => {
    const readOnly = await probeTarget(() => [
      403,
      { title: 'Forbidden', status: 403, detail: 'this key is read-only' },
    ]);
    try {
      const error = await runConformance({ target: readOnly.url, apiKey: KEY }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SetupError);
      expect((error as Error).message).toMatch(
        /^the key of apiKey can read integrations but cannot create them \(POST \/v2\/ai-integrations answered 403: this key is read-only\)\. .*give it a key that may create integrations\.$/,
      );
      const [list, create] = readOnly.requests;
      expect([list!.method, create!.method]).toEqual(['GET', 'POST']);
      const probe = JSON.parse(create!.body) as Record<string, unknown>;
      const contract = await loadContract();
      // A body every faithful server must accept: the spec's first provider, which needs no metadata or model source.
      expect(probe).toEqual({
        name: expect.stringMatching(/^aic-conform-[a-z0-9]+-0-probe$/),
        provider: contractModel(contract).providers[0],
      });
      expect(readOnly.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
    } finally {
      await readOnly.close();
    }
  });

  it('refuses a target whose probe create fails otherwise, naming the status and the problem', async () => {
    const picky = await probeTarget(() => [
      422,
      { title: 'Unprocessable', status: 422, detail: 'model source required' },
    ]);
    try {
      // Refused in both editions' spellings: not a question of edition.
      const [camel, upper] = [await plainProvider('camel'), await plainProvider('upper')];
      await expect(runConformance({ target: picky.url, apiKey: KEY })).rejects.toThrow(
        `a probe create of provider "${camel}" (camel edition) with apiKey (POST /v2/ai-integrations) answered 422: model source required (and 422 to provider "${upper}", as the other edition spells it); the kit needs to create integrations of its own on the target`,
      );
      await expect(runConformance({ target: picky.url, apiKey: KEY, edition: 'upper' })).rejects.toThrow(
        `a probe create of provider "${upper}" (upper edition) with apiKey`,
      );
    } finally {
      await picky.close();
    }
  });

  it('probes the scoping ids given and names the flag the target refuses, deleting what the probes made', async () => {
    const knows = (body: Record<string, unknown>, key: string, id: string) =>
      !Array.isArray(body.scopings) ||
      body.scopings.every((s: Record<string, unknown>) => s[key] === undefined || s[key] === id);
    const orgsOnly = await probeTarget((body) =>
      knows(body, 'organization_id', ORG) && knows(body, 'space_id', SPACE)
        ? [201, undefined]
        : [404, { title: 'Not Found', status: 404, detail: 'no such organization or space' }],
    );
    try {
      const badOrg = await runConformance({ target: orgsOnly.url, apiKey: KEY, organizationId: 'T3RoZXJPcmc=' }).catch(
        (e: unknown) => e,
      );
      expect(badOrg).toBeInstanceOf(SetupError);
      expect((badOrg as Error).message).toMatch(
        /^the target does not accept organizationId "T3RoZXJPcmc=": a create scoped to \{"organization_id":"T3RoZXJPcmc="\} \(POST \/v2\/ai-integrations\) answered 404: no such organization or space\. /,
      );
      const badSpace = await runConformance({
        target: orgsOnly.url,
        apiKey: KEY,
        organizationId: ORG,
        spaceId: 'T3RoZXJTcGFjZQ==',
      }).catch((e: unknown) => e);
      expect((badSpace as Error).message).toMatch(
        /^the target does not accept spaceId "T3RoZXJTcGFjZQ==": a create scoped to/,
      );
      // Every probe that was created was deleted.
      const created = orgsOnly.requests.filter(
        (r) =>
          r.method === 'POST' &&
          knows(JSON.parse(r.body) as Record<string, unknown>, 'organization_id', ORG) &&
          knows(JSON.parse(r.body) as Record<string, unknown>, 'space_id', SPACE),
      );
      expect(orgsOnly.requests.filter((r) => r.method === 'DELETE')).toHaveLength(created.length);
      expect(created.length).toBe(5); // plain probes in each edition's spelling (twice), organization alone
    } finally {
      await orgsOnly.close();
    }
  });

  it('refuses a space id without its organization, and empty ids, before any request', async () => {
    await expect(runConformance({ target: 'http://127.0.0.1:9', apiKey: KEY, spaceId: SPACE })).rejects.toThrow(
      'spaceId needs organizationId',
    );
    await expect(runConformance({ target: 'http://127.0.0.1:9', apiKey: KEY, organizationId: ' ' })).rejects.toThrow(
      'organizationId must not be empty',
    );
  });

  it('gives every rule the scoping ids, and with them and a second key reports no limitation', async () => {
    const seen: unknown[] = [];
    onlyRule({
      id: 'replace-all',
      title: 'spy',
      clause: [],
      contractText: 'spy',
      run: async (ctx: RuleContext) => void seen.push(ctx.scopingIds),
    });
    const report = await runConformance({
      target: mock.url,
      apiKey: KEY,
      otherApiKey: OTHER,
      organizationId: ORG,
      spaceId: SPACE,
      runs: 1,
    });
    expect(seen).toEqual([{ organizationId: ORG, spaceId: SPACE }]);
    expect(report.limitations).toEqual([]);
    expect(report.rateLimited).toEqual({ responses: 0, waitedMs: 0 });
    expect(toJUnit(report)).not.toContain('name="limitation.');
  });

  it('reports what it could not check without a second key or scoping ids, in every report', async () => {
    const report = await runConformance({
      target: mock.url,
      apiKey: KEY,
      runs: 2,
      seed: 3,
      rules: ['uniqueness', 'replace-all', 'non-empty'],
    });
    expect(report.limitations).toEqual([
      'No --other-api-key: the checks that need a second account were left out: renaming to a name taken in another account (uniqueness).',
      expect.stringMatching(
        /^No --organization-id or --space-id: every scoping sent was account-wide, so replace-all checked scopings only weakly/,
      ),
    ]);
    const json = JSON.parse(toJson(report)) as { limitations: string[]; rateLimited: unknown };
    expect(json.limitations).toEqual(report.limitations);
    expect(json.rateLimited).toEqual({ responses: 0, waitedMs: 0 });
    const xml = toJUnit(report);
    expect(xml).toContain(
      '<property name="limitation.1" value="No --other-api-key: the checks that need a second account were left out: renaming to a name taken in another account (uniqueness)."/>',
    );
    expect(xml).toContain('<property name="limitation.2" value="No --organization-id or --space-id:');
    expect(xml).toContain('<property name="rateLimited.responses" value="0"/>');
    expect(formatSummary(report)).toContain(
      `Limitations of this run:\n  - ${report.limitations[0]}\n  - ${report.limitations[1]}`,
    );
  });

  it('counts the 429s it waited out, without Retry-After too, and reports them', async () => {
    let injected = 0;
    let n = 0;
    const limited = await startProxy(mock.url, async (r, forward) => {
      if (++n % 6 !== 0) return forward(r);
      injected++;
      return {
        status: 429,
        headers: { 'content-type': 'application/problem+json' },
        text: '{"title":"Rate limit exceeded","status":429}',
      };
    });
    try {
      const report = await runConformance({ target: limited.url, apiKey: KEY, runs: 2, seed: 9, rules: ['non-empty'] });
      expect(report.results.map((r) => r.outcome)).toEqual(['passed']);
      expect(injected).toBeGreaterThan(0);
      expect(report.rateLimited).toEqual({ responses: injected, waitedMs: 100 * injected });
      expect(report.limitations).toContain(
        `The target answered 429 (rate limited) ${injected} times: the kit waited ${(injected / 10).toFixed(1)} s in all and retried.`,
      );
    } finally {
      await limited.close();
    }
  });

  it('stops at a SetupError out of a rule, cleans up and rethrows it with the keys redacted', async () => {
    const key = 'sk-setup-in-rule-SECRET';
    onlyRule({
      id: 'non-empty',
      title: 'spy',
      clause: [],
      contractText: 'spy',
      run: async (ctx: RuleContext) => {
        await ctx.api.create({});
        await ctx.api.create({});
        throw new SetupError(`the target answered 403 to a PATCH for ${key}: the key may not change integrations`);
      },
    });
    const events: string[] = [];
    const error = await runConformance({
      target: mock.url,
      apiKey: key,
      runs: 1,
      onProgress: (e) => events.push(e.type),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect((error as Error).message).toBe(
      'the target answered 403 to a PATCH for ***: the key may not change integrations',
    );
    expect(events).toEqual(['start', 'rule-start', 'cleanup']);
    expect(await listAll(mock.url, key)).toEqual([]);
  });

  it('names, for every rule, contract clauses the spec declares', async () => {
    const contract = await loadContract();
    for (const rule of allRules) {
      expect(rule.clause.length + (rule.contractText ? 1 : 0), rule.id).toBeGreaterThan(0);
      for (const id of rule.clause) expect(() => contract.rule(id), `${rule.id} names ${id}`).not.toThrow();
    }
    expect(new Set(allRules.map((r) => r.id)).size).toBe(allRules.length);
  });
});

describe('rules run at once', () => {
  it('give the figures and the shrunk failures of a one-at-a-time run with the same seed, reported in registry order', async () => {
    const proxy = await startProxy(mock.url, BROKEN_VARIANTS['lists-merged']!.handle);
    try {
      // A rule of each schedule: alone (list-and-pagination), last (response-conformance), and several at once, sharded ones (create, model-based) among them.
      const rules = [
        'create',
        'uniqueness',
        'replace-all',
        'read-back',
        'list-and-pagination',
        'malformed-id',
        'model-based',
        'response-conformance',
      ];
      const run = (concurrency: number) =>
        runConformance({
          target: proxy.url,
          apiKey: `k-order-${concurrency}`,
          otherApiKey: `k-order-other-${concurrency}`,
          runs: 2,
          seed: 21,
          rules,
          concurrency,
        });
      const [alone, together] = [await run(1), await run(8)];
      // Names differ only by the run id; ids, timestamps and the account are the server's. The requests
      // of each rule's checks are in its coverage (its clean-up after them is not compared).
      const failure = (f: ConformanceFailure | undefined) =>
        f && {
          check: f.check,
          combination: f.combination,
          requests: f.requests.map((r) => `${r.method} ${r.body ?? ''} → ${r.status}`),
        };
      const figures = (report: RunReport) =>
        JSON.parse(
          JSON.stringify(
            report.results.map((r) => ({
              rule: r.rule,
              outcome: r.outcome,
              failure: failure(r.failure),
              coverage: r.coverage,
            })),
          ).replaceAll(report.runId, 'RUN'),
        ) as unknown;
      expect(together.results.map((r) => r.rule)).toEqual(allRules.map((r) => r.id).filter((id) => rules.includes(id)));
      expect(together.results.find((r) => r.rule === 'replace-all')!.outcome).toBe('failed');
      expect(figures(together)).toEqual(figures(alone));
      expect(together.coverage.covered).toEqual(alone.coverage.covered);
    } finally {
      await proxy.close();
    }
  });
});
