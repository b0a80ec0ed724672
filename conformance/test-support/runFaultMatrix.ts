/**
 * `npm run conformance:faults [-- --seeds 1,2,3,4,5 --runs 50 --rate 0.03 --targets mock,independent]`:
 * the default run (every rule, both keys) against the mock and the independent server, each behind a
 * proxy that answers `rate` of the requests with a gateway 503 or a dropped connection, before or
 * after the target saw them. Prints one line per run and each rule that did not pass; exits 1 when a
 * rule did not pass or the run left an integration behind.
 */
import { parseArgs } from 'node:util';
import { runConformance } from '../runConformance.js';
import { startProxy } from './brokenProxy.js';
import { startIndependentServer } from './independentServer/startIndependentServer.js';
import { listAll, startMockTarget } from './mockTarget.js';
import { transientFaults } from './transientFaults.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2,3,4,5' },
    runs: { type: 'string', default: '50' },
    rate: { type: 'string', default: '0.03' },
    targets: { type: 'string', default: 'mock,independent' },
  },
});
const seeds = values.seeds.split(',').map(Number);
const runs = Number(values.runs);
const rate = Number(values.rate);
const targets = values.targets.split(',');

let failures = 0;
const started = performance.now();
for (const target of targets) {
  for (const seed of seeds) {
    const server = target === 'mock' ? await startMockTarget() : await startIndependentServer({});
    const faults = transientFaults({ rate, seed });
    const proxy = await startProxy(server.url, faults.handle);
    const apiKey = `k-faults-${target}-${seed}`;
    const otherApiKey = `k2-faults-${target}-${seed}`;
    try {
      const report = await runConformance({ target: proxy.url, apiKey, otherApiKey, runs, seed });
      const bad = report.results.filter((r) => r.outcome !== 'passed');
      const left = (await listAll(server.url, apiKey)).length + (await listAll(server.url, otherApiKey)).length;
      if (bad.length > 0 || left > 0) failures++;
      const injected = Object.entries(faults.injected)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ');
      console.log(
        `${target.padEnd(12)} seed ${seed}: ${bad.length === 0 ? 'pass' : `${bad.length} not passed`}, ${report.requests} requests, faults injected: ${injected}; ${report.retries.count} resent, ${(report.durationMs / 1000).toFixed(1)} s, ${left} left behind`,
      );
      for (const r of bad) console.log(`    ${r.outcome} ${r.rule}: ${r.reason ?? ''}`);
    } finally {
      await proxy.close();
      await server.close();
    }
  }
}
console.log(
  `${failures} run(s) not passed or leaving something behind; ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
);
process.exitCode = failures > 0 ? 1 : 0;
