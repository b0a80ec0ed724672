/**
 * `npm run bench`: the mock against a minimal Express app doing the same work (PATCH, GET and the
 * first list page; --quiet and with its request log on), with Prism and bare node:http for
 * reference; cold starts and where the mock's start-up goes; the mock's cost as its store grows;
 * the conformance kit's speed; the mock's heap through a soak of mixed requests; the mock with its
 * state in Redis, one replica and two. Writes
 * BENCHMARKS.md, bench/results.json and bench/chart.svg. Servers listen on 127.0.0.1 only; every
 * child is stopped by its pid. `--quick` for a short check, `--only a,b` for some phases; the mocks
 * serve AIC_EDITION's edition when it is set.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { coldStarts, throughput } from './phases/comparison.js';
import { startup } from './phases/startup.js';
import { scale } from './phases/scale.js';
import { kit } from './phases/kit.js';
import { soak } from './phases/soak.js';
import { replicas } from './phases/replicas.js';
import { renderChart } from './report/chart.js';
import { renderMarkdown } from './report/markdown.js';
import { loadGenerator } from './load.js';
import { killAll } from './processes.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const quick = values.quick === true;
const only = new Set((values.only ?? 'throughput,coldstart,startup,scale,kit,soak,replicas').split(','));
const root = fileURLToPath(new URL('../..', import.meta.url));

const started = performance.now();
const machine = {
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
  date: new Date().toISOString(),
  loadGenerator: loadGenerator(),
};
const results = {
  machine,
  throughput: only.has('throughput')
    ? await throughput({ rounds: quick ? 1 : 5, seconds: quick ? 2 : 3, connections: 10 })
    : undefined,
  coldStart: only.has('coldstart') ? await coldStarts({ starts: quick ? 2 : 7 }) : undefined,
  startup: only.has('startup') ? await startup({ runs: quick ? 2 : 5 }) : undefined,
  scale: only.has('scale')
    ? await scale({ sizes: quick ? [10, 1000] : [10, 1000, 10_000, 100_000], seconds: quick ? 1 : 3 })
    : undefined,
  kit: only.has('kit') ? await kit({ rounds: quick ? 1 : 3 }) : undefined,
  soak: only.has('soak')
    ? await soak({ requests: quick ? 20_000 : 100_000, chunk: 10_000, connections: 8, rateLimitPerSecond: 100 })
    : undefined,
  replicas: only.has('replicas')
    ? await replicas({ rounds: quick ? 1 : 3, seconds: quick ? 2 : 3, connections: 10 })
    : undefined,
  wallSeconds: 0,
};
results.wallSeconds = Math.round((performance.now() - started) / 1000);
killAll();

await writeFile(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
if (results.scale) await writeFile(`${root}bench/chart.svg`, renderChart(results.scale));
await writeFile(`${root}BENCHMARKS.md`, renderMarkdown(results));
console.log(
  `wrote BENCHMARKS.md, bench/results.json${results.scale ? ', bench/chart.svg' : ''} in ${results.wallSeconds} s`,
);
