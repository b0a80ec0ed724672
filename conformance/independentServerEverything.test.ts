import { describe, expect, it } from 'vitest';
import { allRules } from './rules/index.js';
import { runConformance } from './runConformance.js';
import { startIndependentServer, type IndependentServerOptions } from './test-support/independentServer/startIndependentServer.js';
import { INDEPENDENT_SWITCHES } from './test-support/independentServer/switches.js';

// A server written from the contract alone, sharing no code with the mock, in each of the ways a
// faithful server may differ from another (key order, null vs absent, extra members, timestamp
// precision, 429s, page sizes, refusals where the facts are silent, ...). The kit must find no
// fault in any of them without --strict. Here: the default server, and `everything` (the
// representation switches at once) on seeds 1-2, at --runs 1 (the systematic phase, which covers
// every combination the contract names whatever the seed, and the fixed checks of every rule run
// whatever --runs); every switch alone is in independentServer.test.ts.
const ORGANIZATION = 'T3JnOjE=';
const SPACE = 'U3BhY2U6MQ==';
const cases: Array<[string, IndependentServerOptions, number[]]> = [
  ['default', {}, [1]],
  ['everything', INDEPENDENT_SWITCHES.everything!.options, [1, 2]],
];

describe('the kit against an independent server faithful to the contract, all its representation switches at once', () => {
  for (const [name, options, seeds] of cases) {
    it(`passes every rule without --strict: ${name}${INDEPENDENT_SWITCHES[name] ? ` (${INDEPENDENT_SWITCHES[name].description})` : ''}, seed${seeds.length > 1 ? 's' : ''} ${seeds.join(', ')}`, async () => {
      const server = await startIndependentServer(options);
      const [apiKey, otherApiKey] = [`k-independent-${name}`, `k2-independent-${name}`];
      try {
        for (const seed of seeds) {
          const report = await runConformance({ target: server.url, apiKey, otherApiKey, organizationId: ORGANIZATION, spaceId: SPACE, runs: 1, seed });
          expect(report.results.filter((r) => r.outcome !== 'passed').map((r) => `seed ${seed} ${r.rule}: ${r.outcome} ${r.reason ?? ''}`)).toEqual([]);
          expect(report.results).toHaveLength(allRules.length);
        }
        // Nothing of the kit's is left behind.
        expect([...server.integrations(apiKey), ...server.integrations(otherApiKey)]).toEqual([]);
      } finally {
        await server.close();
      }
    }, 120_000);
  }
});
