/**
 * The mock's PATCH, GET, first list page and name-filtered list page, and its memory, with 10 to
 * 100,000 integrations in one account: flat means the largest store's figure is close to the
 * smallest's (see flatness()).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type LoadResult } from '../load.js';
import { log } from '../log.js';
import { freePort, startServer } from '../processes.js';
import { entryOf, median, round } from '../stats.js';
import {
  AUTH,
  PATCH_BODY,
  TOKEN,
  createIntegration,
  defaultPageSize,
  readyProbe,
  firstProvider,
  mockTarget,
} from '../targets.js';

export interface ScaleRow {
  readonly integrations: number;
  readonly patchRps: number;
  readonly patchP50Ms: number;
  readonly patchP99Ms: number;
  readonly getRps: number;
  readonly getP50Ms: number;
  readonly getP99Ms: number;
  /** req/s of each round, in the order run (the figures above are the median run's). */
  readonly patchRounds: readonly number[];
  readonly getRounds: readonly number[];
  /** The page size of the list measures: the spec's default. */
  readonly listPageSize: number;
  /** Median time of a first list page (listPageSize), measured one request at a time. */
  readonly listPageMs: number;
  /** The same with a name filter no integration matches: a plain scan looks at every integration of the account. */
  readonly filteredListPageMs: number;
  readonly rssMiB: number;
}

export async function scale(options: { sizes: readonly number[]; seconds: number }): Promise<ScaleRow[]> {
  const mock = mockTarget();
  const provider = await firstProvider();
  const pageSize = await defaultPageSize();
  const stores: Array<{ size: number; server: Awaited<ReturnType<typeof startServer>>; baseUrl: string; url: string }> =
    [];
  try {
    // Every store size is up at once, so that their rounds interleave: measured one after the
    // other, the largest store would meet whatever slow spell the machine has by then.
    for (const size of options.sizes) {
      const port = await freePort();
      // Seeded from a fixtures file: seeding through the API would leave the runner, which also
      // generates the load, with the garbage of 100,000 requests right before it measures.
      const seededAt = performance.now();
      const server = await startServer(
        [...mock.command(port), '--fixtures', fixturesOf(size, provider)],
        port,
        readyProbe(mock),
      );
      const baseUrl = `http://127.0.0.1:${port}`;
      stores.push({ size, server, baseUrl, url: '' });
      log(`scale ${size}: started with its fixtures in ${Math.round(performance.now() - seededAt)} ms`);
      const id = await createIntegration(baseUrl, 'Scale target', provider);
      const url = `${baseUrl}/v2/ai-integrations/${id}`;
      stores[stores.length - 1] = { size, server, baseUrl, url };
      // Warm the JIT first, so the first store of a round is not measured on cold code.
      await load(
        { url, method: 'PATCH', body: PATCH_BODY, headers: { ...AUTH, 'content-type': 'application/json' } },
        { connections: 10, seconds: 1 },
      );
      await load({ url, method: 'GET', headers: AUTH }, { connections: 10, seconds: 1 });
    }
    // RUNS_PER_SIZE rounds; in each, every store gets a PATCH run and a GET run, in rotating order.
    const patches = new Map<number, LoadResult[]>(stores.map((s) => [s.size, []]));
    const gets = new Map<number, LoadResult[]>(stores.map((s) => [s.size, []]));
    for (let run = 0; run < RUNS_PER_SIZE; run++) {
      for (const { size, url } of [...stores.slice(run % stores.length), ...stores.slice(0, run % stores.length)]) {
        const patch = await load(
          { url, method: 'PATCH', body: PATCH_BODY, headers: { ...AUTH, 'content-type': 'application/json' } },
          { connections: 10, seconds: options.seconds },
        );
        const get = await load({ url, method: 'GET', headers: AUTH }, { connections: 10, seconds: options.seconds });
        for (const [what, result] of [
          ['PATCH', patch],
          ['GET', get],
        ] as const) {
          if (result.failed > 0)
            throw new Error(
              `scale ${size}: ${result.failed} ${what} requests failed (an error status or a socket error)`,
            );
        }
        entryOf(patches, size).push(patch);
        entryOf(gets, size).push(get);
        log(`scale round ${run + 1} ${size}: PATCH ${Math.round(patch.rps)} req/s, GET ${Math.round(get.rps)} req/s`);
      }
    }
    const rows: ScaleRow[] = [];
    for (const { size, server, baseUrl } of stores) {
      const [patch, get] = [medianRun(entryOf(patches, size)), medianRun(entryOf(gets, size))];
      const row: ScaleRow = {
        integrations: size,
        patchRps: Math.round(patch.rps),
        patchP50Ms: patch.p50Ms,
        patchP99Ms: patch.p99Ms,
        getRps: Math.round(get.rps),
        getP50Ms: get.p50Ms,
        getP99Ms: get.p99Ms,
        patchRounds: entryOf(patches, size).map((r) => Math.round(r.rps)),
        getRounds: entryOf(gets, size).map((r) => Math.round(r.rps)),
        listPageSize: pageSize,
        listPageMs: round(await listPageMs(`${baseUrl}/v2/ai-integrations?limit=${pageSize}`), 2),
        // A name no integration has: the worst case of a filter.
        filteredListPageMs: round(
          await listPageMs(`${baseUrl}/v2/ai-integrations?limit=${pageSize}&name=no-such-integration`),
          2,
        ),
        rssMiB: round(server.rssMiB(), 0),
      };
      log(`scale ${size}: ${JSON.stringify(row)}`);
      rows.push(row);
    }
    return rows;
  } finally {
    for (const { server } of stores) await server.stop();
  }
}

/** Requests per list measure (their median): a page takes well under a millisecond, so fewer samples are mostly noise. */
const LIST_SAMPLES = 200;

/** Rounds of PATCH and GET runs over the store sizes. */
export const RUNS_PER_SIZE = 5;

/** The run of median throughput (its latencies with it). */
function medianRun(runs: readonly LoadResult[]): LoadResult {
  return [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!;
}

/** A fixtures file holding `count` integrations in the bench's account. */
function fixturesOf(count: number, provider: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'aic-bench-scale-'));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  const path = join(folder, 'fixtures.json');
  const integrations = Array.from({ length: count }, (_, n) => ({ name: `Seeded integration ${n}`, provider }));
  writeFileSync(path, JSON.stringify({ accounts: [{ account: TOKEN, ai_integrations: integrations }] }));
  return path;
}

async function listPageMs(url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < LIST_SAMPLES; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: AUTH });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`list page answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

export interface Flatness {
  readonly what: string;
  /** The store sizes compared. */
  readonly from: number;
  readonly to: number;
  /** The largest store's figure over the smallest's, oriented so that 1 is flat and below 1 is worse. */
  readonly ratio: number;
}

/**
 * Each measure at the largest store against the smallest: throughput as largest ÷ smallest, times
 * as smallest ÷ largest. The first list page is compared from the smallest store that fills it
 * (listPageSize integrations or more): a smaller store answers a shorter page.
 */
export function flatness(rows: readonly ScaleRow[]): Flatness[] {
  if (rows.length < 2) return [];
  const [first, last] = [rows[0]!, rows[rows.length - 1]!];
  const fullPage = rows.find((r) => r.integrations >= r.listPageSize);
  return [
    {
      what: 'PATCH req/s',
      from: first.integrations,
      to: last.integrations,
      ratio: round(last.patchRps / first.patchRps, 2),
    },
    { what: 'GET req/s', from: first.integrations, to: last.integrations, ratio: round(last.getRps / first.getRps, 2) },
    ...(fullPage && fullPage !== last
      ? [
          {
            what: 'first list page time',
            from: fullPage.integrations,
            to: last.integrations,
            ratio: round(fullPage.listPageMs / last.listPageMs, 2),
          },
        ]
      : []),
    {
      what: 'name-filtered list page time (no match)',
      from: first.integrations,
      to: last.integrations,
      ratio: round(first.filteredListPageMs / last.filteredListPageMs, 2),
    },
  ];
}
