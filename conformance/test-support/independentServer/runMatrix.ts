/**
 * `npm run conformance:independent [-- --seeds 1,2,3,4,5 --runs 50 --switches a,b --faults x,y]`:
 * the whole kit, without --strict, against the independent server in every switch and on every
 * seed (each run must pass), then in every deliberate fault (each default run must fail the rule
 * that catches it). `--switches none` or `--faults none` leaves that half out. Prints one line per
 * run and each rule that did not pass; exits 1 on a false failure, a missed fault or a leftover.
 */
import { parseArgs } from 'node:util';
import { runConformance } from '../../runConformance.js';
import {
  INDEPENDENT_FAULTS,
  INDEPENDENT_SWITCHES,
  startIndependentServer,
  type IndependentFault,
  type IndependentServerOptions,
} from './startIndependentServer.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2,3,4,5' },
    runs: { type: 'string', default: '50' },
    switches: { type: 'string' },
    faults: { type: 'string' },
  },
});
const seeds = values.seeds.split(',').map(Number);
const runs = Number(values.runs);
const onlySwitches = values.switches?.split(',');
const onlyFaults = values.faults?.split(',');
const cases: Array<[string, IndependentServerOptions]> = [
  ['default', {}],
  ...Object.entries(INDEPENDENT_SWITCHES).map(([name, { options }]): [string, IndependentServerOptions] => [
    name,
    options,
  ]),
];
const faults = Object.entries(INDEPENDENT_FAULTS) as Array<[IndependentFault, { caughtBy: string }]>;

let falseFailures = 0;
let missed = 0;
const started = performance.now();

/** One default run against the server with `options`; the rules that did not pass, and what was left behind. */
async function run(name: string, options: IndependentServerOptions, seed: number) {
  const server = await startIndependentServer(options);
  const apiKey = `k-matrix-${name}-${seed}`;
  const otherApiKey = `k2-matrix-${name}-${seed}`;
  try {
    const report = await runConformance({
      target: server.url,
      apiKey,
      otherApiKey,
      organizationId: 'T3JnOjE=',
      spaceId: 'U3BhY2U6MQ==',
      runs,
      seed,
    });
    const bad = report.results.filter((r) => r.outcome !== 'passed');
    const left = server.integrations(apiKey).length + server.integrations(otherApiKey).length;
    const summary = `${report.requests} requests, ${server.rateLimited} 429s, ${(report.durationMs / 1000).toFixed(1)} s, ${left} left behind`;
    return { bad, left, summary };
  } finally {
    await server.close();
  }
}

for (const [name, options] of cases) {
  if (onlySwitches && !onlySwitches.includes(name)) continue;
  for (const seed of seeds) {
    const { bad, left, summary } = await run(name, options, seed);
    if (bad.length > 0 || left > 0) falseFailures++;
    console.log(
      `${name.padEnd(26)} seed ${seed}: ${bad.length === 0 ? 'pass' : `${bad.length} not passed`}, ${summary}`,
    );
    for (const r of bad) console.log(`    ${r.outcome} ${r.rule}: ${r.reason ?? ''}`);
  }
}
for (const [fault, { caughtBy }] of faults) {
  if (onlyFaults && !onlyFaults.includes(fault)) continue;
  for (const seed of seeds) {
    const { bad, left, summary } = await run(`fault-${fault}`, { fault }, seed);
    const caught = bad.some((r) => r.rule === caughtBy && r.outcome === 'failed');
    if (!caught || left > 0) missed++;
    console.log(
      `fault ${fault.padEnd(26)} seed ${seed}: ${caught ? `caught by ${caughtBy}` : `MISSED (${caughtBy} ${bad.find((r) => r.rule === caughtBy)?.outcome ?? 'passed'})`}, ${summary}`,
    );
    for (const r of bad) console.log(`    ${r.outcome} ${r.rule}: ${r.reason ?? ''}`);
  }
}
console.log(
  `${falseFailures} run(s) with a false failure, ${missed} fault run(s) missed; ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
);
process.exitCode = falseFailures > 0 || missed > 0 ? 1 : 0;
