import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { runConformance } from '../runConformance.js';
import { startIndependentServer, type IndependentServerOptions } from './independentServer/startIndependentServer.js';
import { INDEPENDENT_SWITCHES } from './independentServer/switches.js';

const ORGANIZATION = 'T3JnOjE=';
const SPACE = 'U3BhY2U6MQ==';

/** One server variant to run the kit against: its switch name, its options, the seeds to run, and the rules (default: all). */
export type IndependentServerCase = [
  name: string,
  options: IndependentServerOptions,
  seeds: number[],
  rules?: readonly string[],
];

/**
 * One test per case: the whole kit, without --strict and at --runs 1 (the systematic phase covers
 * every combination the contract names whatever the seed), must pass every rule against the
 * independent server started with the case's options, and leave nothing of its own behind.
 */
export function describeIndependentServerRuns(title: string, cases: readonly IndependentServerCase[]): void {
  describe(title, () => {
    for (const [name, options, seeds, rules] of cases) {
      it(`passes every rule without --strict: ${name}${INDEPENDENT_SWITCHES[name] ? ` (${INDEPENDENT_SWITCHES[name].description})` : ''}, seed${seeds.length > 1 ? 's' : ''} ${seeds.join(', ')}`, async () => {
        const server = await startIndependentServer(options);
        const [apiKey, otherApiKey] = [`k-independent-${name}`, `k2-independent-${name}`];
        try {
          for (const seed of seeds) {
            const report = await runConformance({
              target: server.url,
              apiKey,
              otherApiKey,
              organizationId: ORGANIZATION,
              spaceId: SPACE,
              runs: 1,
              seed,
              ...(rules ? { rules } : {}),
            });
            expect(
              report.results
                .filter((r) => r.outcome !== 'passed')
                .map((r) => `seed ${seed} ${r.rule}: ${r.outcome} ${r.reason ?? ''}`),
            ).toEqual([]);
            expect(report.results).toHaveLength(rules?.length ?? allRules.length);
          }
          // Nothing of the kit's is left behind.
          expect([...server.integrations(apiKey), ...server.integrations(otherApiKey)]).toEqual([]);
        } finally {
          await server.close();
        }
      }, 120_000);
    }
  });
}
