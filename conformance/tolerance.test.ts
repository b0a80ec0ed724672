import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { loadContract } from '../spec/index.js';
import { runConformance } from './runConformance.js';
import { allRules } from './rules/index.js';
import { listAll, MOCK_SCOPING_IDS, startMockTarget } from './test-support/mockTarget.js';
import { startTolerantProxy, TOLERANT_VARIANTS } from './test-support/tolerantProxy.js';

// Each variant departs from the mock only where the contract allows without --strict (a strict
// rule: a project decision). The whole kit must pass against it without --strict, and the kit rule
// that checks the decision must fail with --strict, naming the strict rule.
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

describe('the kit tolerates what the contract leaves open without --strict', () => {
  for (const [variant, { description, strictRule, failsWithStrict }] of Object.entries(TOLERANT_VARIANTS)) {
    it(`passes every rule without --strict, and fails ${failsWithStrict} with --strict, when ${description}`, async () => {
      expect((await loadContract()).rule(strictRule).strict, `${strictRule} is a strict rule`).toBe(true);
      const proxy = await startTolerantProxy(mock.url, variant);
      const apiKey = `k-tolerant-${variant}`;
      try {
        const lenient = await runConformance({
          ...MOCK_SCOPING_IDS,
          target: proxy.url,
          apiKey,
          otherApiKey: `k2-tolerant-${variant}`,
          runs: 3,
          seed: 2027,
        });
        expect(
          lenient.results.filter((r) => r.outcome !== 'passed').map((r) => `${r.rule}: ${r.outcome} ${r.reason ?? ''}`),
        ).toEqual([]);
        expect(lenient.results).toHaveLength(allRules.length);

        const strict = await runConformance({
          ...MOCK_SCOPING_IDS,
          target: proxy.url,
          apiKey,
          runs: 100,
          seed: 2027,
          strict: true,
          rules: [failsWithStrict],
        });
        const result = strict.results[0]!;
        expect(result.outcome, result.reason).toBe('failed');
        expect(result.failure!.clause).toContain(strictRule);
        expect(`${result.failure!.check} ${result.failure!.message}`).toMatch(
          strictRule === 'headers-replace' ? /headers/ : new RegExp(strictRule),
        );
        expect(
          (await listAll(mock.url, apiKey)).filter((i) => String(i.name).startsWith('aic-conform-') || i.name === ''),
        ).toEqual([]);
      } finally {
        await proxy.close();
      }
    }, 120_000);
  }
});
