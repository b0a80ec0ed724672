/**
 * `npm run conformance:sql [-- --seeds 1,2,3,4,5 --runs 50 --fault-runs N --switches a,b]`: the whole
 * kit, without --strict, against the SQL server: correct and in each legitimate switch every rule
 * must pass; with each fault at least one rule must fail. One line per run; exits 1 on a false
 * failure or a fault the kit missed. `--fault-runs` (default: --runs) sets the random runs of the
 * fault runs: a fault caught in a systematic phase is caught whatever it is, since each systematic
 * case draws from --seed and its combination alone and runs before any random case.
 */
import { parseArgs } from 'node:util';
import { runConformance } from '../../runConformance.js';
import { SQL_FAULTS, SQL_LEGITIMATE, startSqlServer, type SqlServerOptions } from './startSqlServer.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1,2,3,4,5' },
    runs: { type: 'string', default: '50' },
    'fault-runs': { type: 'string' },
    switches: { type: 'string' },
  },
});
const seeds = values.seeds.split(',').map(Number);
const runs = Number(values.runs);
const faultRuns = Number(values['fault-runs'] ?? values.runs);
const only = values.switches?.split(',');
const cases: Array<[string, SqlServerOptions, 'pass' | 'catch']> = [
  ['correct', {}, 'pass'],
  ...Object.entries(SQL_LEGITIMATE).map(([name, s]): [string, SqlServerOptions, 'pass'] => [name, s.options, 'pass']),
  ...Object.entries(SQL_FAULTS).map(([name, s]): [string, SqlServerOptions, 'catch'] => [name, s.options, 'catch']),
];

let wrong = 0;
const started = performance.now();
for (const [name, options, expected] of cases) {
  if (only && !only.includes(name)) continue;
  for (const seed of seeds) {
    const server = await startSqlServer(options);
    const [apiKey, otherApiKey] = [`k-sql-${name}-${seed}`, `k2-sql-${name}-${seed}`];
    try {
      const report = await runConformance({
        target: server.url,
        apiKey,
        otherApiKey,
        organizationId: 'T3JnOjE=',
        spaceId: 'U3BhY2U6MQ==',
        runs: expected === 'catch' ? faultRuns : runs,
        seed,
      });
      const bad = report.results.filter((r) => r.outcome !== 'passed');
      const left = server.count(apiKey) + server.count(otherApiKey);
      const ok = (expected === 'pass' ? bad.length === 0 : bad.some((r) => r.outcome === 'failed')) && left === 0;
      if (!ok) wrong++;
      const verdict =
        expected === 'pass'
          ? bad.length === 0
            ? 'pass'
            : `${bad.length} FALSE FAILURE(S)`
          : bad.length > 0
            ? `caught by ${bad.map((r) => r.rule).join(', ')}`
            : 'MISSED';
      console.log(
        `${name.padEnd(26)} seed ${seed}, runs ${report.runs}: ${verdict}, ${report.requests} requests, ${(report.durationMs / 1000).toFixed(1)} s, ${left} left behind`,
      );
      if (expected === 'pass')
        for (const r of bad) console.log(`    ${r.outcome} ${r.rule}: ${r.failure?.message ?? r.reason ?? ''}`);
    } finally {
      await server.close();
    }
  }
}
console.log(
  `${wrong} run(s) wrong (a false failure, a missed fault or something left behind); ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
);
process.exitCode = wrong > 0 ? 1 : 0;
