/**
 * Phase 4: the default conformance run (every rule, with a second account's key, no --edition: the
 * kit works out the target's edition) against the local mock serving each public edition, timed as
 * a user would run it. The rounds alternate between the editions, so a slow spell of the machine
 * weighs on both alike. Then over a network: the same default run and a `--profile quick` run
 * against a mock that answers each request NETWORK_LATENCY_MS late (`aic mock --latency`), a cloud
 * round trip.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITIONS, type Edition } from '../../spec/index.js';
import { log } from '../log.js';
import { freePort, startServer, type Started } from '../processes.js';
import { median, round } from '../stats.js';
import { readyProbe, targets } from '../targets.js';

export interface KitRound {
  /** The edition the mock served (the kit found it out for itself). */
  readonly edition: Edition;
  readonly wallSeconds: number;
  readonly requests: number;
  readonly rps: number;
  readonly exitCode: number;
  /** The share of the combinations the contract names that the run exercised, as its JSON report states it. */
  readonly coveragePercent: number;
}

export interface KitEditionResult {
  readonly edition: Edition;
  readonly medianWallSeconds: number;
  readonly medianRequests: number;
  readonly medianRps: number;
}

/** One run against the mock with latency: the default profile or quick. */
export interface KitNetworkRound {
  readonly profile: 'default' | 'quick';
  readonly wallSeconds: number;
  readonly requests: number;
  readonly exitCode: number;
  readonly coveragePercent: number;
}

/** The runs against the mock answering each request `latencyMs` late. */
export interface KitNetworkResult {
  readonly latencyMs: number;
  readonly rounds: readonly KitNetworkRound[];
  readonly medianDefaultSeconds: number;
  readonly medianQuickSeconds: number;
}

/** The latency of a cloud round trip, as the mock adds it to every request. */
export const NETWORK_LATENCY_MS = 50;

export interface KitResult {
  /** Every round, both editions, in the order they ran. */
  readonly rounds: readonly KitRound[];
  /** The slower edition's median wall time: the figure the "default run ≤ 20 s" check reads. */
  readonly medianWallSeconds: number;
  /** The median over every round. */
  readonly medianRps: number;
  /** Medians per edition. */
  readonly editions: readonly KitEditionResult[];
  /** The default run and the quick profile against the mock with latency. */
  readonly network: KitNetworkResult;
}

const AIC = fileURLToPath(new URL('../../cli/aic.js', import.meta.url));

/** `rounds` default runs in each edition. */
export async function kit(options: { rounds: number }): Promise<KitResult> {
  const mock = targets[0]!;
  const servers = new Map<Edition, Started>();
  const rounds: KitRound[] = [];
  try {
    for (const edition of EDITIONS) {
      const port = await freePort();
      servers.set(edition, await startServer([...mock.command(port), '--edition', edition], port, readyProbe(mock)));
    }
    for (let i = 0; i < options.rounds; i++) {
      for (const edition of EDITIONS) rounds.push(await kitRound(edition, servers.get(edition)!.port, i));
    }
  } finally {
    for (const server of servers.values()) await server.stop();
  }
  const network = await networkRounds(options.rounds);
  const editions = EDITIONS.map((edition): KitEditionResult => {
    const own = rounds.filter((r) => r.edition === edition);
    return {
      edition,
      medianWallSeconds: round(median(own.map((r) => r.wallSeconds)), 1),
      medianRequests: Math.round(median(own.map((r) => r.requests))),
      medianRps: Math.round(median(own.map((r) => r.rps))),
    };
  });
  return {
    rounds,
    medianWallSeconds: Math.max(...editions.map((e) => e.medianWallSeconds)),
    medianRps: Math.round(median(rounds.map((r) => r.rps))),
    editions,
    network,
  };
}

/** `rounds` default runs and as many quick ones, alternating, against one mock with NETWORK_LATENCY_MS of latency. */
async function networkRounds(rounds: number): Promise<KitNetworkResult> {
  const mock = targets[0]!;
  const port = await freePort();
  const server = await startServer(
    [...mock.command(port), '--latency', String(NETWORK_LATENCY_MS)],
    port,
    readyProbe(mock),
  );
  const done: KitNetworkRound[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      for (const profile of ['default', 'quick'] as const) {
        const round = await kitRound(
          EDITIONS[0],
          port,
          i,
          profile === 'quick' ? ['--profile', 'quick'] : [],
          `latency ${NETWORK_LATENCY_MS} ms, ${profile}`,
        );
        done.push({
          profile,
          wallSeconds: round.wallSeconds,
          requests: round.requests,
          exitCode: round.exitCode,
          coveragePercent: round.coveragePercent,
        });
      }
    }
  } finally {
    await server.stop();
  }
  const medianOf = (profile: KitNetworkRound['profile']) =>
    round(median(done.filter((r) => r.profile === profile).map((r) => r.wallSeconds)), 1);
  return {
    latencyMs: NETWORK_LATENCY_MS,
    rounds: done,
    medianDefaultSeconds: medianOf('default'),
    medianQuickSeconds: medianOf('quick'),
  };
}

async function kitRound(
  edition: Edition,
  port: number,
  i: number,
  extra: readonly string[] = [],
  label: string = edition,
): Promise<KitRound> {
  const folder = mkdtempSync(join(tmpdir(), 'aic-bench-'));
  const report = join(folder, 'report.json');
  const started = performance.now();
  let wallSeconds: number;
  let exitCode: number;
  let json: unknown;
  try {
    exitCode = await new Promise<number>((resolve) => {
      const tag = `${edition}-${i}${extra.length > 0 ? `-${extra.join('')}` : ''}`;
      const accounts = ['--api-key', `bench-kit-${tag}`, '--other-api-key', `bench-kit-other-${tag}`];
      execFile(
        process.execPath,
        [AIC, 'conform', '--target', `http://127.0.0.1:${port}`, ...accounts, ...extra, '--json', report],
        (error) => resolve(error ? Number((error as { code?: number }).code ?? 1) : 0),
      );
    });
    wallSeconds = (performance.now() - started) / 1000;
    json = JSON.parse(readFileSync(report, 'utf8')) as unknown;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const spoken = editionOf(json);
  if (spoken !== edition) throw new Error(`the kit ran in the ${spoken} edition against the mock serving ${edition}`);
  const requests = requestCount(json);
  const coveragePercent = coverageOf(json);
  log(
    `kit round ${i + 1} (${label}): ${round(wallSeconds, 1)} s, ${requests} requests, ${coveragePercent}% of the combinations the contract names covered, exit ${exitCode}`,
  );
  return {
    edition,
    wallSeconds: round(wallSeconds, 1),
    requests,
    rps: Math.round(requests / wallSeconds),
    exitCode,
    coveragePercent,
  };
}

/** The number of HTTP requests the run made, as its JSON report states it. */
function requestCount(report: unknown): number {
  const count = (report as { requests?: unknown }).requests;
  if (typeof count !== 'number') throw new Error('the conformance JSON report has no "requests" count');
  return count;
}

/** The run's coverage of the combinations the contract names, in percent, as its JSON report states it. */
function coverageOf(report: unknown): number {
  const percent = (report as { coverage?: { percent?: unknown } }).coverage?.percent;
  if (typeof percent !== 'number') throw new Error('the conformance JSON report has no "coverage.percent"');
  return percent;
}

/** The edition the run spoke, as its JSON report states it. */
function editionOf(report: unknown): unknown {
  return (report as { edition?: { edition?: unknown } }).edition?.edition;
}
