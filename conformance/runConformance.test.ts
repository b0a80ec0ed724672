import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { loadContract } from '../spec/index.js';
import { toJUnit } from './reports/toJUnit.js';
import { toJson } from './reports/toJson.js';
import { allRules } from './rules/index.js';
import { ConformanceSession } from './ConformanceSession.js';
import { runConformance } from './runConformance.js';
import { createForeign, listAll, startMockTarget } from './test-support/mockTarget.js';
import { sendJson, startScriptedServer } from './test-support/scriptedServer.js';
import { SetupError } from './transport/TargetError.js';

const KEY = 'sk-primary-SECRET-4f1c';
const OTHER = 'sk-other-SECRET-9a2b';
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

describe('runConformance against the mock', () => {
  it('passes every rule, strict included, touches nothing of others and leaves nothing behind', async () => {
    const foreign = [
      await createForeign(mock.url, KEY, { name: 'Production OpenAI', provider: 'openAI', api_key: 'sk-real', model_names: ['gpt-4o'] }),
      await createForeign(mock.url, KEY, { name: 'aic-conform', provider: 'custom' }), // not the run's prefix
      await createForeign(mock.url, OTHER, { name: 'Bedrock', provider: 'awsBedrock', provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::1:role/x' } }),
    ];
    const report = await runConformance({ target: mock.url, apiKey: KEY, otherApiKey: OTHER, runs: 15, seed: 1234, strict: true });
    expect(report.results.map((r) => [r.rule, r.outcome, r.reason])).toEqual(allRules.map((r) => [r.id, 'passed', undefined]));
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
    const report = await runConformance({ target: mock.url, apiKey: KEY, runs: 3, seed: 1, rules: ['uniqueness', 'auth-and-isolation', 'replace-all', 'create'] });
    expect(report.passed).toBe(true);
    const byRule = Object.fromEntries(report.results.map((r) => [r.rule, r]));
    expect(byRule.uniqueness!.notes.join()).toMatch(/another account.*--other-api-key/);
    expect(byRule['auth-and-isolation']!.notes.join()).toMatch(/--other-api-key/);
    expect(byRule['replace-all']!.notes.join()).toMatch(/headers.*--strict/);
    expect(byRule.create!.notes.join()).toMatch(/another account.*--other-api-key/);
  });

  it('writes JUnit with one test case per rule', async () => {
    const report = await runConformance({ target: mock.url, apiKey: KEY, runs: 2, seed: 5, rules: ['non-empty', 'read-back'] });
    const xml = toJUnit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('tests="2" failures="0" errors="0" skipped="0"');
    expect(JSON.parse(toJson(report)).results).toHaveLength(2);
  });

  it('refuses an unreachable target and a rejected key as setup errors', async () => {
    await expect(runConformance({ target: 'http://127.0.0.1:9', apiKey: KEY, timeoutMs: 500 })).rejects.toThrow(SetupError);
    await expect(runConformance({ target: mock.url, apiKey: KEY, rules: ['no-such-rule'] })).rejects.toThrow(/unknown rule/);
    const guarded = await startScriptedServer((_req, res) => sendJson(res, 401, { title: 'Authentication required', status: 401 }));
    try {
      const error = await runConformance({ target: guarded.url, apiKey: KEY }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SetupError);
      expect((error as Error).message).toBe('the target rejected --api-key (401)');
      expect(guarded.requests).toHaveLength(1);
    } finally {
      await guarded.close();
    }
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
