/** Phase 1 and 2: PATCH throughput and cold start of the four targets, interleaved. */
import { load, type LoadResult } from '../load.js';
import { log } from '../log.js';
import { freePort, startServer, type Started } from '../processes.js';
import { median, round } from '../stats.js';
import { AUTH, PATCH_BODY, readyProbe, targets, type Target } from '../targets.js';

export interface ThroughputRow {
  readonly target: string;
  readonly rounds: readonly LoadResult[];
  readonly medianRps: number;
  readonly medianP50Ms: number;
  readonly medianP99Ms: number;
  /** The mock's median req/s divided by this target's. */
  readonly mockOverTarget: number;
}

export async function throughput(options: { rounds: number; seconds: number; connections: number }): Promise<ThroughputRow[]> {
  const running: Array<{ target: Target; server: Started; id: string }> = [];
  try {
    for (const target of targets) {
      const port = await freePort();
      const server = await startServer(target.command(port), port, readyProbe(target));
      running.push({ target, server, id: await target.prepare(`http://127.0.0.1:${port}`) });
    }
    const shapeOf = ({ server, id }: (typeof running)[number]) => ({
      url: `http://127.0.0.1:${server.port}/v2/ai-integrations/${id}`,
      method: 'PATCH' as const,
      body: PATCH_BODY,
      headers: { ...AUTH, 'content-type': 'application/json' },
    });
    for (const entry of running) {
      log(`warm-up ${entry.target.name}`);
      await load(shapeOf(entry), { connections: options.connections, seconds: 1 });
    }
    const byTarget = new Map<string, LoadResult[]>(running.map(({ target }) => [target.name, []]));
    for (let round = 0; round < options.rounds; round++) {
      // Rotate the order each round so no target always runs first or last.
      const order = running.map((_, i) => running[(i + round) % running.length]!);
      for (const entry of order) {
        const result = await load(shapeOf(entry), { connections: options.connections, seconds: options.seconds });
        if (result.failed > 0) throw new Error(`${entry.target.name}: ${result.failed} of ${result.ok + result.failed} PATCHes did not get a 2xx`);
        log(`round ${round + 1} ${entry.target.name}: ${Math.round(result.rps)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`);
        byTarget.get(entry.target.name)!.push(result);
      }
    }
    const mockRps = median(byTarget.get(targets[0]!.name)!.map((r) => r.rps));
    return [...byTarget].map(([target, rounds]) => {
      const medianRps = median(rounds.map((r) => r.rps));
      return {
        target,
        rounds,
        medianRps: Math.round(medianRps),
        medianP50Ms: median(rounds.map((r) => r.p50Ms)),
        medianP99Ms: median(rounds.map((r) => r.p99Ms)),
        mockOverTarget: round(mockRps / medianRps, 2),
      };
    });
  } finally {
    await Promise.all(running.map(({ server }) => server.stop()));
  }
}

export interface ColdStartRow {
  readonly target: string;
  readonly startsMs: readonly number[];
  readonly medianMs: number;
  /** The mock's median cold start divided by this target's. */
  readonly mockOverTarget: number;
}

export async function coldStarts(options: { starts: number }): Promise<ColdStartRow[]> {
  const byTarget = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  for (let i = 0; i < options.starts; i++) {
    for (const target of targets) {
      const port = await freePort();
      const server = await startServer(target.command(port), port, readyProbe(target));
      await server.stop();
      byTarget.get(target.name)!.push(round(server.coldStartMs, 0));
      log(`cold start ${i + 1} ${target.name}: ${Math.round(server.coldStartMs)} ms`);
    }
  }
  const mockMs = median(byTarget.get(targets[0]!.name)!);
  return [...byTarget].map(([target, startsMs]) => ({
    target,
    startsMs,
    medianMs: median(startsMs),
    mockOverTarget: round(mockMs / median(startsMs), 2),
  }));
}
