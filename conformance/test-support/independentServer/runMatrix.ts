/**
 * `npm run conformance:independent [-- --seeds 1,2,3,4,5 --runs 50 --switches a,b]`: the whole kit,
 * without --strict, against the independent server in every switch and on every seed. Prints one
 * line per run and each rule that did not pass; exits 1 when any did not.
 */
import { parseArgs } from 'node:util';
import { runConformance } from '../../runConformance.js';
import { INDEPENDENT_SWITCHES, startIndependentServer, type IndependentServerOptions } from './startIndependentServer.js';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '1,2,3,4,5' }, runs: { type: 'string', default: '50' }, switches: { type: 'string' } } });
const seeds = values.seeds.split(',').map(Number);
const runs = Number(values.runs);
const only = values.switches?.split(',');
const cases: Array<[string, IndependentServerOptions]> = [['default', {}], ...Object.entries(INDEPENDENT_SWITCHES).map(([name, { options }]): [string, IndependentServerOptions] => [name, options])];

let failures = 0;
const started = performance.now();
for (const [name, options] of cases) {
  if (only && !only.includes(name)) continue;
  for (const seed of seeds) {
    const server = await startIndependentServer(options);
    const apiKey = `k-matrix-${name}-${seed}`;
    const otherApiKey = `k2-matrix-${name}-${seed}`;
    try {
      const report = await runConformance({ target: server.url, apiKey, otherApiKey, organizationId: 'T3JnOjE=', spaceId: 'U3BhY2U6MQ==', runs, seed });
      const bad = report.results.filter((r) => r.outcome !== 'passed');
      const left = server.integrations(apiKey).length + server.integrations(otherApiKey).length;
      if (bad.length > 0 || left > 0) failures++;
      console.log(`${name.padEnd(26)} seed ${seed}: ${bad.length === 0 ? 'pass' : `${bad.length} not passed`}, ${report.requests} requests, ${server.rateLimited} 429s, ${(report.durationMs / 1000).toFixed(1)} s, ${left} left behind`);
      for (const r of bad) console.log(`    ${r.outcome} ${r.rule}: ${r.reason ?? ''}`);
    } finally {
      await server.close();
    }
  }
}
console.log(`${failures} run(s) with a false failure; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
process.exitCode = failures > 0 ? 1 : 0;
