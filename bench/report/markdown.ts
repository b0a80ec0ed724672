/** BENCHMARKS.md from the raw results. */
import type { ColdStartRow, ThroughputRow } from '../phases/comparison.js';
import type { KitResult } from '../phases/kit.js';
import type { ScaleRow } from '../phases/scale.js';
import type { SoakResult } from '../phases/soak.js';
import { round } from '../stats.js';

export interface Results {
  readonly machine: { node: string; cpus: number; date: string };
  readonly throughput?: readonly ThroughputRow[];
  readonly coldStart?: readonly ColdStartRow[];
  readonly scale?: readonly ScaleRow[];
  readonly kit?: KitResult;
  readonly soak?: SoakResult;
  readonly wallSeconds: number;
}

const table = (head: string[], rows: Array<Array<string | number>>) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The targets of the benchmarks issue, as [what, measured, met]. */
function targetRows(results: Results): Array<[string, string, boolean]> {
  const rows: Array<[string, string, boolean]> = [];
  const byName = <T extends { target: string }>(list: readonly T[] | undefined, prefix: string) => list?.find((r) => r.target.startsWith(prefix));
  const express = byName(results.throughput, 'minimal Express');
  const prism = byName(results.throughput, 'Prism');
  if (express) rows.push(['mock throughput >= 0.9x minimal Express', `${express.mockOverTarget}x`, express.mockOverTarget >= 0.9]);
  if (prism) rows.push(['mock throughput >= 1.5x Prism', `${prism.mockOverTarget}x`, prism.mockOverTarget >= 1.5]);
  const mockStart = results.coldStart?.[0];
  const prismStart = byName(results.coldStart, 'Prism');
  if (mockStart) rows.push(['mock cold start <= 600 ms', `${mockStart.medianMs} ms`, mockStart.medianMs <= 600]);
  if (prismStart) rows.push(['mock cold start <= 0.3x Prism', `${prismStart.mockOverTarget}x`, prismStart.mockOverTarget <= 0.3]);
  const scale = results.scale;
  if (scale && scale.length > 1) {
    const [first, last] = [scale[0]!, scale[scale.length - 1]!];
    const ratio = round(last.patchRps / first.patchRps, 2);
    rows.push([`PATCH throughput flat from ${first.integrations.toLocaleString('en-US')} to ${last.integrations.toLocaleString('en-US')} integrations (>= 0.85x)`, `${ratio}x`, ratio >= 0.85]);
  }
  if (results.kit) {
    for (const e of results.kit.editions) rows.push([`default conformance run against the local mock, ${e.edition} edition, <= 20 s`, `${e.medianWallSeconds} s (${e.medianRequests} requests)`, e.medianWallSeconds <= 20]);
  }
  const soak = results.soak;
  if (soak && soak.heap.length > 2) {
    const from = soak.heap.find((point) => point.requests >= 10_000) ?? soak.heap[1]!;
    const to = soak.heap[soak.heap.length - 1]!;
    rows.push([`mock heap after GC grows < 5 MB from ${from.requests.toLocaleString('en-US')} to ${to.requests.toLocaleString('en-US')} mixed requests`, `${soak.growthMB} MB`, soak.growthMB < 5]);
    const fiveXx = Object.entries(soak.statuses).filter(([status]) => status.startsWith('5')).reduce((sum, [, n]) => sum + n, 0);
    rows.push(['no 5xx in the soak', String(fiveXx), fiveXx === 0]);
  }
  return rows;
}

export function renderMarkdown(results: Results): string {
  const out = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${results.machine.date.slice(0, 10)} (Node ${results.machine.node}, ${results.machine.cpus} cores, ${results.wallSeconds} s in all). ` +
      'Every figure below comes from one run on one machine: compare rows with each other, not with other machines. ' +
      'Raw figures: [bench/results.json](bench/results.json).',
    '',
  ];
  const targets = targetRows(results);
  if (targets.length > 0) {
    out.push('## Targets', '', table(['target', 'measured', 'met'], targets.map(([what, measured, met]) => [what, measured, met ? 'yes' : '**no**'])), '');
  }
  if (results.throughput) {
    out.push(
      '## PATCH throughput',
      '',
      'Same PATCH body, 10 connections, autocannon in the runner process; rounds interleaved in rotating order; medians of the rounds. ' +
        '"mock ÷ target" above 1 means the mock is faster.',
      '',
      table(
        ['server', 'req/s (median)', 'p50 ms', 'p99 ms', 'mock ÷ target', 'req/s per round'],
        results.throughput.map((r) => [r.target, r.medianRps, r.medianP50Ms, r.medianP99Ms, r.mockOverTarget, r.rounds.map((x) => Math.round(x.rps)).join(', ')]),
      ),
      '',
    );
  }
  if (results.coldStart) {
    out.push(
      '## Cold start',
      '',
      'From spawn to the first successful response (polled every 5 ms). "mock ÷ target" below 1 means the mock starts faster.',
      '',
      table(
        ['server', 'median ms', 'mock ÷ target', 'each start, ms'],
        results.coldStart.map((r) => [r.target, r.medianMs, r.mockOverTarget, r.startsMs.join(', ')]),
      ),
      '',
    );
  }
  if (results.scale) {
    out.push(
      '## Store scale',
      '',
      'The mock with N integrations in one account (created through the API): PATCH and GET of one integration with 10 connections, ' +
        'the first list page (limit 50) one request at a time, the same with a `name` filter no integration matches (a substring ' +
        'match has to look at every integration of the account, so this one grows with the store), resident memory after seeding.',
      '',
      table(
        ['integrations', 'PATCH req/s', 'PATCH p50 / p99 ms', 'GET req/s', 'GET p50 / p99 ms', 'list page ms', 'name-filtered page ms', 'RSS MiB'],
        results.scale.map((r) => [r.integrations.toLocaleString('en-US'), r.patchRps, `${r.patchP50Ms} / ${r.patchP99Ms}`, r.getRps, `${r.getP50Ms} / ${r.getP99Ms}`, r.listPageMs, r.filteredListPageMs, r.rssMiB]),
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
        results.kit.rounds.map((r, i) => [i + 1, r.edition, r.wallSeconds, r.requests, r.rps, r.coveragePercent, r.exitCode]),
      ),
      '',
      table(
        ['edition', 'median wall s', 'median requests', 'median req/s'],
        results.kit.editions.map((e) => [e.edition, e.medianWallSeconds, e.medianRequests, e.medianRps]),
      ),
      '',
      `The slower edition's median wall time: ${results.kit.medianWallSeconds} s.`,
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
        'connection shares); the state ends as it began. ' +
        `The mock's heap is read after a full GC (\`--expose-gc\`) before the first request and after every chunk. ${soak.rps} requests per second.`,
      '',
      table(['requests', ...soak.heap.map((point) => point.requests.toLocaleString('en-US'))], [['heap after GC, MB', ...soak.heap.map((point) => point.heapMB)]]),
      '',
      table(['status', ...Object.keys(soak.statuses)], [['responses', ...Object.values(soak.statuses)]]),
      '',
      `Heap growth from the first chunk to the last: ${soak.growthMB} MB. Connection errors: ${soak.errors}.`,
      '',
    );
  }
  return out.join('\n');
}
