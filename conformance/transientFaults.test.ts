import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { runConformance } from './runConformance.js';
import { startProxy } from './test-support/brokenProxy.js';
import { listAll, startMockTarget } from './test-support/mockTarget.js';
import { TRANSIENT_FAULTS, transientFaults } from './test-support/transientFaults.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

describe('the kit over a network with blips', () => {
  it('passes every rule through a proxy that answers 3% of requests with a gateway 503 or a dropped connection, before or after the target saw them, counts the resends and leaves nothing behind', async () => {
    const faults = transientFaults({ rate: 0.03, seed: 1 });
    const proxy = await startProxy(mock.url, faults.handle);
    try {
      // Every rule, a few runs per property (the full default run through faults is `npm run conformance:faults`).
      const report = await runConformance({
        target: proxy.url,
        apiKey: 'k-blips',
        otherApiKey: 'k-blips-other',
        runs: 3,
        seed: 1,
      });
      const notPassed = report.results
        .filter((r) => r.outcome !== 'passed')
        .map((r) => `${r.rule}: ${r.outcome} ${r.reason ?? ''}`);
      expect(notPassed).toEqual([]);
      expect(report.passed).toBe(true);
      for (const kind of TRANSIENT_FAULTS) expect(faults.injected[kind], kind).toBeGreaterThan(0);
      // Every fault met was resent or its answer inferred, and the report counts each one. A request
      // that timed out on a loaded machine is a transient fault the proxy did not inject: counted apart.
      const injected = Object.values(faults.injected).reduce((a, b) => a + b, 0);
      expect(report.retries.count - (report.retries.byCause.timeout ?? 0)).toBe(injected);
      expect(
        report.results.reduce((sum, r) => sum + Object.values(r.retries ?? {}).reduce((a, b) => a + b, 0), 0),
      ).toBeLessThanOrEqual(report.retries.count);
      expect(report.cleanup.leftovers).toEqual([]);
      expect(await listAll(mock.url, 'k-blips')).toEqual([]);
      expect(await listAll(mock.url, 'k-blips-other')).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
