import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { runConformance } from './runConformance.js';
import { BROKEN_VARIANTS, startBrokenProxy } from './test-support/brokenProxy.js';
import { listAll, MOCK_SCOPING_IDS, startMockTarget } from './test-support/mockTarget.js';

// Each variant breaks one thing in front of the correct mock; the rule that checks that thing must
// fail, name its contract clause, and give a reproduction. Only the expected rule runs (the full
// matrix, every rule against every variant, is in conformance/README.md).
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

describe('the kit against deliberately broken servers', () => {
  it('passes through the transparent proxy (the control)', async () => {
    const proxy = await startBrokenProxy(mock.url, 'correct');
    try {
      const report = await runConformance({
        ...MOCK_SCOPING_IDS,
        target: proxy.url,
        apiKey: 'k-correct',
        otherApiKey: 'k2-correct',
        runs: 2,
        seed: 99,
      });
      expect(report.results.filter((r) => r.outcome !== 'passed').map((r) => `${r.rule}: ${r.reason}`)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  for (const [variant, { caughtBy, description, strictOnly }] of Object.entries(BROKEN_VARIANTS)) {
    it(`fails ${caughtBy}${strictOnly ? ' with --strict' : ''} when ${description}`, async () => {
      const proxy = await startBrokenProxy(mock.url, variant);
      const apiKey = `k-${variant}`;
      try {
        const report = await runConformance({
          ...MOCK_SCOPING_IDS,
          target: proxy.url,
          apiKey,
          otherApiKey: `k2-${variant}`,
          runs: 10,
          seed: 2026,
          rules: [caughtBy],
          strict: strictOnly === true,
        });
        const result = report.results[0]!;
        expect(result.outcome, result.reason).toBe('failed');
        const failure = result.failure!;
        expect(failure.rule).toBe(caughtBy);
        expect(failure.clause).toMatch(/^(Update rule \d+|Operations)/);
        expect(failure.requests.length).toBeGreaterThan(0);
        expect(failure.curl.join('\n')).toContain('$AIC_API_KEY');
        expect(JSON.stringify(report)).not.toContain(apiKey);
        expect(report.passed).toBe(false);
        // Even against a broken server, the run deletes what it created.
        expect((await listAll(mock.url, apiKey)).filter((i) => String(i.name).startsWith(report.prefix))).toEqual([]);
        if (strictOnly) {
          // It breaks a decision, not a fact: without --strict the same rule passes.
          const lenient = await runConformance({
            ...MOCK_SCOPING_IDS,
            target: proxy.url,
            apiKey,
            runs: 10,
            seed: 2026,
            rules: [caughtBy],
          });
          expect(lenient.results.map((r) => [r.rule, r.outcome, r.reason])).toEqual([[caughtBy, 'passed', undefined]]);
        }
      } finally {
        await proxy.close();
      }
    });
  }
});
