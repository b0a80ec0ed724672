import { describe, expect, it } from 'vitest';
import { loadContract } from '../spec/index.js';
import { runConformance } from './runConformance.js';
import {
  INDEPENDENT_FAULTS,
  startIndependentServer,
  type IndependentFault,
} from './test-support/independentServer/startIndependentServer.js';

// Bugs real backends ship, each built into the independent server as a backend team would write
// it (a check, an await, then the write; checks and queries that see only part of an account).
// The rule that covers each must catch it: here one seed each (rotating through 1-5), that rule
// alone, at --runs 5; `npm run conformance:independent` runs the whole default run on seeds 1-5.
const faults = Object.entries(INDEPENDENT_FAULTS) as Array<[IndependentFault, { caughtBy: string }]>;

/** What the failure of each class says. */
const SAYS: Readonly<Record<string, RegExp>> = {
  'create-check-then-insert': /simultaneous requests onto the free name .*: [2-6] succeeded/,
  'rename-check-then-update': /simultaneous requests onto the free name .*: [2-6] succeeded/,
  'patch-read-modify-write':
    /simultaneous PATCHes of disjoint fields .*: no order of the \d successful PATCHes gives what the target answered/,
  'patch-upserts': /and a DELETE \d+ ms later .*(expected 404, got 200|still listed)/,
  'uniqueness-first-page': /a name past the first page/,
  'uniqueness-recent-window': /a name past the first page/,
  'name-filter-first-hundred': /(is not found|lists 0 integrations named)/,
  'page-boundary-skips': /never appeared across the pages/,
  'page-boundary-repeats': /appears a second time across the pages/,
};

describe('the kit catches the bugs of real backends in simultaneous requests and in accounts past one page', () => {
  it('each fault of the independent server fails the rule that covers it, naming the burst or the check, and nothing is left behind', async () => {
    // Loaded once for the nine runs (each would compile the same validators).
    const contract = await loadContract();
    const results = await Promise.all(
      faults.map(async ([fault, { caughtBy }], index) => {
        const server = await startIndependentServer({ fault });
        const apiKey = `k-fault-${fault}`;
        try {
          const report = await runConformance({
            target: server.url,
            apiKey,
            rules: [caughtBy],
            runs: 5,
            seed: (index % 5) + 1,
            contract,
          });
          return {
            fault,
            result: report.results[0]!,
            cleanup: report.cleanup,
            left: server.integrations(apiKey).length,
          };
        } finally {
          await server.close();
        }
      }),
    );
    for (const { fault, result, cleanup, left } of results) {
      expect(result.outcome, `${fault}: ${result.reason ?? ''}`).toBe('failed');
      expect(result.rule).toBe(INDEPENDENT_FAULTS[fault].caughtBy);
      expect(result.failure!.message, fault).toMatch(SAYS[fault]!);
      expect(result.failure!.requests.length, fault).toBeGreaterThan(0);
      expect(cleanup.leftovers, fault).toEqual([]);
      expect(left, fault).toBe(0);
    }
  }, 60_000);
});
