/** BENCHMARKS.md from the raw results. */
import type { ColdStartRow, ThroughputResult } from '../phases/comparison.js';
import type { KitResult } from '../phases/kit.js';
import { RUNS_PER_SIZE, flatness, type ScaleRow } from '../phases/scale.js';
import type { StartupResult, Timed } from '../phases/startup.js';
import type { SoakResult } from '../phases/soak.js';
import type { ReplicasResult } from '../phases/replicas.js';

export interface Results {
  readonly machine: { node: string; cpus: number; date: string; loadGenerator: string };
  readonly throughput?: ThroughputResult;
  readonly coldStart?: readonly ColdStartRow[];
  readonly startup?: StartupResult;
  readonly scale?: readonly ScaleRow[];
  readonly kit?: KitResult;
  readonly soak?: SoakResult;
  readonly replicas?: ReplicasResult;
  readonly wallSeconds: number;
}

const SHAPE_NAMES = { PATCH: 'PATCH', GET: 'GET of one integration', list: 'first list page' } as const;

const timedTable = (head: string, rows: readonly Timed[]) =>
  table(
    [head, 'median ms', 'each run, ms'],
    rows.map((r) => [r.name, r.medianMs, r.eachMs.join(', ')]),
  );

const table = (head: string[], rows: Array<Array<string | number>>) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );

/** The targets of the benchmarks issue, as [what, measured, met]. */
function targetRows(results: Results): Array<[string, string, boolean]> {
  const rows: Array<[string, string, boolean]> = [];
  const rows_ = results.throughput?.rows ?? [];
  for (const row of rows_.filter((r) => r.role === 'minimal')) {
    rows.push([
      `mock (--quiet) ${SHAPE_NAMES[row.shape]} throughput >= 1.0x the minimal Express app`,
      `${row.mockOverTarget}x`,
      row.mockOverTarget >= 1,
    ]);
  }
  for (const cost of results.throughput?.logging ?? []) {
    rows.push([
      `request log on costs <= 10% against --quiet, ${SHAPE_NAMES[cost.shape]}`,
      `${cost.costPercent}%`,
      cost.costPercent <= 10,
    ]);
  }
  const prism = rows_.find((r) => r.target.startsWith('Prism'));
  if (prism)
    rows.push(['mock PATCH throughput >= 1.5x Prism', `${prism.mockOverTarget}x`, prism.mockOverTarget >= 1.5]);
  const mockStart = results.coldStart?.[0];
  const baselines: Array<[ColdStartRow['role'], string]> = [
    ['minimal', 'the minimal Express app (Ajv defaults)'],
    ['minimal-prechecked', 'the minimal Express app, Ajv without the meta-schema check'],
    ['minimal-loader', "the minimal Express app, validators from the project's loader"],
  ];
  for (const [role, what] of baselines) {
    const start = results.coldStart?.find((r) => r.role === role);
    if (!start || !mockStart) continue;
    rows.push([
      `mock cold start (first GET) <= 1.2x ${what}`,
      `${start.mockOverTarget}x (${mockStart.medianMs} ms against ${start.medianMs} ms)`,
      start.mockOverTarget <= 1.2,
    ]);
    if (start.firstPatch && mockStart.firstPatch) {
      rows.push([
        `mock cold start (first PATCH) <= 1.2x ${what}`,
        `${start.firstPatch.mockOverTarget}x (${mockStart.firstPatch.medianMs} ms against ${start.firstPatch.medianMs} ms)`,
        start.firstPatch.mockOverTarget <= 1.2,
      ]);
    }
  }
  const prismStart = results.coldStart?.find((r) => r.target.startsWith('Prism'));
  if (prismStart)
    rows.push(['mock cold start <= 0.3x Prism', `${prismStart.mockOverTarget}x`, prismStart.mockOverTarget <= 0.3]);
  const scale = results.scale;
  if (scale && scale.length > 1) {
    for (const { what, from, to, ratio } of flatness(scale))
      rows.push([
        `${what} flat from ${from.toLocaleString('en-US')} to ${to.toLocaleString('en-US')} integrations (>= 0.85x)`,
        `${ratio}x`,
        ratio >= 0.85,
      ]);
  }
  if (results.kit) {
    for (const e of results.kit.editions)
      rows.push([
        `default conformance run against the local mock, ${e.edition} edition, <= 20 s`,
        `${e.medianWallSeconds} s (${e.medianRequests} requests)`,
        e.medianWallSeconds <= 20,
      ]);
    const network = results.kit.network;
    rows.push([
      `default conformance run against the mock with --latency ${network.latencyMs}, <= 60 s`,
      `${network.medianDefaultSeconds} s`,
      network.medianDefaultSeconds <= 60,
    ]);
    rows.push([
      `conformance run --profile quick against the mock with --latency ${network.latencyMs}, <= 15 s`,
      `${network.medianQuickSeconds} s`,
      network.medianQuickSeconds <= 15,
    ]);
  }
  const soak = results.soak;
  if (soak && soak.heap.length > 2) {
    const from = soak.heap.find((point) => point.requests >= 10_000) ?? soak.heap[1]!;
    const to = soak.heap[soak.heap.length - 1]!;
    rows.push([
      `mock heap after GC grows < 5 MB from ${from.requests.toLocaleString('en-US')} to ${to.requests.toLocaleString('en-US')} mixed requests`,
      `${soak.growthMB} MB`,
      soak.growthMB < 5,
    ]);
    const fiveXx = Object.entries(soak.statuses)
      .filter(([status]) => status.startsWith('5'))
      .reduce((sum, [, n]) => sum + n, 0);
    rows.push(['no 5xx in the soak', String(fiveXx), fiveXx === 0]);
  }
  for (const ratio of results.replicas?.ratios.filter((r) => r.shape === 'PATCH') ?? []) {
    rows.push([
      'mock with its state in Redis, one replica, PATCH throughput >= 0.5x the in-memory store',
      `${ratio.redisOverMemory}x`,
      ratio.redisOverMemory >= 0.5,
    ]);
  }
  return rows;
}

export function renderMarkdown(results: Results): string {
  const out = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${results.machine.date.slice(0, 10)} (Node ${results.machine.node}, ${results.machine.cpus} cores, ${results.wallSeconds} s in all). ` +
      'Every figure below comes from one run on one machine: compare rows with each other, not with other machines. ' +
      'On a shared machine one round can run at half the speed of the next: the tables give every round, and the targets are judged on medians. ' +
      'Raw figures: [bench/results.json](bench/results.json).',
    '',
  ];
  const targets = targetRows(results);
  if (targets.length > 0) {
    out.push(
      '## Targets',
      '',
      table(
        ['target', 'measured', 'met'],
        targets.map(([what, measured, met]) => [what, measured, met ? 'yes' : '**no**']),
      ),
      '',
    );
  }
  if (results.throughput) {
    const { rows, logging, connections, seconds } = results.throughput;
    out.push(
      '## Throughput against a minimal Express app',
      '',
      `Each server holds the same integrations (created through its API, more than a list page) and is asked, ${connections} connections for ${seconds} s a run ` +
        `by ${results.machine.loadGenerator}: PATCH of one integration (the same body each time), GET of it, and the first list page (default limit). ` +
        'The minimal Express app does the same work by hand (JSON, Ajv on parameters and bodies, a Map per account, newest first, the limit; bench/servers/). ' +
        'Every server runs in the same rounds, interleaved in rotating order; figures are medians of the rounds. "mock ÷ target" is the quiet mock\'s median ' +
        "req/s over the target's: above 1 the mock is faster. The logging mock is `aic mock` as users run it, its request log on stderr into a pipe " +
        'that a separate process drains. Prism answers examples and keeps no state, so only its PATCH is compared.',
      '',
      table(
        ['request', 'server', 'req/s (median)', 'p50 ms', 'p99 ms', 'mock ÷ target', 'req/s per round'],
        rows.map((r) => [
          SHAPE_NAMES[r.shape],
          r.target,
          r.medianRps,
          r.medianP50Ms,
          r.medianP99Ms,
          r.mockOverTarget,
          r.rounds.map((x) => Math.round(x.rps)).join(', '),
        ]),
      ),
      '',
    );
    if (logging.length > 0) {
      out.push(
        'What the request log costs: 1 − (req/s with the log on) ÷ (req/s with `--quiet`), from the two runs of each round (paired, so a slow spell of the machine cancels out); the median of the rounds.',
        '',
        table(
          ['request', 'logging on costs', 'per round'],
          logging.map((c) => [
            SHAPE_NAMES[c.shape],
            `${c.costPercent}%`,
            c.perRoundPercent.map((p) => `${p}%`).join(', '),
          ]),
        ),
        '',
      );
    }
  }
  if (results.coldStart) {
    out.push(
      '## Cold start',
      '',
      'From spawn to the first successful response (polled every 5 ms), each server once per round, rounds in rotating order: once to the first GET of the list, ' +
        "once to the first PATCH. The mock's first PATCH updates an integration of its demo fixtures (body validated and applied, 200); the baselines hold none, " +
        'so theirs checks the parameters and answers 404 (their body validators are compiled at start-up anyway). "mock ÷ target" below 1 means the mock starts faster.',
      '',
      'The minimal Express app comes in three variants that differ only in how its four validators (item and list parameters, create and update bodies) are made: ' +
        'Ajv with its defaults (each schema checked against the JSON Schema meta-schema first, as in the throughput runs); Ajv told the schemas are already checked ' +
        '(`validateSchema: false`: the build validated the spec), as fast as a hand-written app can honestly compile them at start-up; and the validators of ' +
        "the project's own loader (spec/loadContract.ts, which the mock uses too: the build's prepared snapshot and its validators as standalone code, so nothing is " +
        "compiled at start-up and Ajv's compiler is not loaded).",
      '',
      table(
        [
          'server',
          'first GET, median ms',
          'mock ÷ target',
          'each start, ms',
          'first PATCH, median ms',
          'mock ÷ target',
          'each start, ms',
        ],
        results.coldStart.map((r) => [
          r.target,
          r.medianMs,
          r.mockOverTarget,
          r.startsMs.join(', '),
          r.firstPatch?.medianMs ?? '',
          r.firstPatch?.mockOverTarget ?? '',
          r.firstPatch?.startsMs.join(', ') ?? '',
        ]),
      ),
      '',
    );
  }
  if (results.startup) {
    const st = results.startup;
    out.push(
      '## Where the start-up goes',
      '',
      `\`aic mock --quiet\` started as the CLI starts it, ${st.runs} times without a profiler and ${st.runs} times under \`--cpu-prof\`, alternating. ` +
        "A small `--import` file marks, on the process's own clock (ms since it began), when user code begins, when the server calls listen(), " +
        `when it is listening, and when the first request arrives and is answered. Spawn to first answer, seen from the runner: ${st.spawnToAnswerMs} ms (median).`,
      '',
      timedTable('moment', st.timeline),
      '',
      `The profiles up to the first answer (median ${st.profiledCpuMs} ms of CPU, the profiler's own cost included), split by owner: a package, a folder of the project, ` +
        "or node itself. A sample is charged to the innermost frame that belongs to a package or to the project (so the code node compiles for `require('express')` is charged to express); " +
        "samples with no such frame are node's own (bootstrap, the ESM loader reading and linking modules) or V8's.",
      '',
      timedTable('owner (CPU, self)', st.cpuByOwner),
      '',
      "Imports: time inside the top-level code of modules, charged to the outermost module on the stack (a CommonJS package's `require`s of its own files included).",
      '',
      timedTable('owner (module evaluation)', st.importByOwner),
      '',
      "The project's named functions by CPU time with them on the stack (callees included, so a caller includes its callees; async functions count the parts that ran, not the waits).",
      '',
      timedTable('function (file)', st.projectFunctions),
      '',
    );
  }
  if (results.scale) {
    out.push(
      '## Store scale',
      '',
      'The mock with N integrations in one account (loaded from a fixtures file): PATCH and GET of one integration with 10 connections ' +
        `(${results.machine.loadGenerator}; ` +
        `every size up at once, ${RUNS_PER_SIZE} rounds in rotating order; the median run), the first list page ` +
        `(limit ${results.scale[0]?.listPageSize}, the spec's default) one request at a time, the same with a \`name\` ` +
        'filter no integration matches (the worst case of a filter), resident memory after seeding. "Flat" in the targets compares the ' +
        'largest store with the smallest; the first list page from the smallest store that fills it (a store of 10 answers 10 integrations, not a full page).',
      '',
      table(
        [
          'integrations',
          'PATCH req/s',
          'PATCH p50 / p99 ms',
          'GET req/s',
          'GET p50 / p99 ms',
          'list page ms',
          'name-filtered page ms',
          'RSS MiB',
          'PATCH / GET req/s per round',
        ],
        results.scale.map((r) => [
          r.integrations.toLocaleString('en-US'),
          r.patchRps,
          `${r.patchP50Ms} / ${r.patchP99Ms}`,
          r.getRps,
          `${r.getP50Ms} / ${r.getP99Ms}`,
          r.listPageMs,
          r.filteredListPageMs,
          r.rssMiB,
          `${(r.patchRounds ?? []).join(', ')} / ${(r.getRounds ?? []).join(', ')}`,
        ]),
      ),
      '',
      '![Throughput and latency against store size](bench/chart.svg)',
      '',
    );
  }
  if (results.kit) {
    out.push(
      '## The conformance kit',
      '',
      'Default `aic conform` run (every rule, default --runs, with `--other-api-key`, no `--edition`: the kit works out the edition) against the local mock (`aic mock --quiet --edition E`, spawned by the runner), rounds alternating between the editions: wall time of the whole command, the requests its JSON report counts, and the share of the combinations the contract names that the run covered.',
      '',
      table(
        ['round', 'edition', 'wall s', 'requests', 'req/s', 'coverage %', 'exit code'],
        results.kit.rounds.map((r, i) => [
          i + 1,
          r.edition,
          r.wallSeconds,
          r.requests,
          r.rps,
          r.coveragePercent,
          r.exitCode,
        ]),
      ),
      '',
      table(
        ['edition', 'median wall s', 'median requests', 'median req/s'],
        results.kit.editions.map((e) => [e.edition, e.medianWallSeconds, e.medianRequests, e.medianRps]),
      ),
      '',
      `The slower edition's median wall time: ${results.kit.medianWallSeconds} s.`,
      '',
      `Over a network: the default run and \`--profile quick\` (every combination the contract names once, for pull requests) against one mock answering every request ${results.kit.network.latencyMs} ms late (\`aic mock --latency ${results.kit.network.latencyMs}\`), with the kit's default --concurrency.`,
      '',
      table(
        ['round', 'profile', 'wall s', 'requests', 'coverage %', 'exit code'],
        results.kit.network.rounds.map((r, i) => [
          i + 1,
          r.profile,
          r.wallSeconds,
          r.requests,
          r.coveragePercent,
          r.exitCode,
        ]),
      ),
      '',
      `Median wall time with ${results.kit.network.latencyMs} ms of latency: default ${results.kit.network.medianDefaultSeconds} s, quick ${results.kit.network.medianQuickSeconds} s.`,
      '',
    );
  }
  if (results.soak) {
    const soak = results.soak;
    out.push(
      '## Soak',
      '',
      `${soak.requests.toLocaleString('en-US')} mixed requests against one mock (\`--quiet --rate-limit ${soak.rateLimitPerSecond}/s\`), ${soak.connections} connections, in chunks of ` +
        `${(soak.heap[1]?.requests ?? 0).toLocaleString('en-US')}: each cycle creates an integration, reads, updates and deletes it, lists, and is refused ` +
        '(400 for a wrong type, a prototype-named unknown key, a typo and malformed JSON; 401; 404; 405; 409; 415; a forced 422; 429 for a key every ' +
        'connection shares); the state ends as it began (checked: every account of the cycles is listed empty after the run). ' +
        `The mock's heap is read after a full GC (\`--expose-gc\`) before the first request and after every chunk. ${soak.rps} requests per second.`,
      '',
      table(
        ['requests', ...soak.heap.map((point) => point.requests.toLocaleString('en-US'))],
        [['heap after GC, MB', ...soak.heap.map((point) => point.heapMB)]],
      ),
      '',
      table(['status', ...Object.keys(soak.statuses)], [['responses', ...Object.values(soak.statuses)]]),
      '',
      `Heap growth from the first chunk to the last: ${soak.growthMB} MB. Connection errors: ${soak.errors}.`,
      '',
    );
  }
  if (results.replicas) {
    const replicas = results.replicas;
    out.push(
      '## State in Redis: one replica, two replicas',
      '',
      `\`aic mock --quiet\` in memory, with \`--store redis://...\` (one replica), and two replicas on the same Redis and prefix, the load split over both ` +
        `(${replicas.connections} connections in all, ${replicas.seconds} s per round, rotating order). Redis and every process share the same cores, so two ` +
        'replicas on one machine show what the shared store costs, not what a second machine would add.',
      '',
      table(
        ['request', 'configuration', 'median req/s', 'median p99 ms', 'each round, req/s'],
        replicas.rows.map((r) => [r.shape, r.configuration, r.medianRps, r.medianP99Ms, r.roundsRps.join(', ')]),
      ),
      '',
      table(
        ['request', 'one Redis replica / in memory', 'two replicas / one'],
        replicas.ratios.map((r) => [r.shape, `${r.redisOverMemory}x`, `${r.twoOverOne}x`]),
      ),
      '',
    );
  }
  return out.join('\n');
}
