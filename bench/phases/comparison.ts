/**
 * Throughput and cold start of the mock against a minimal Express app doing the same work (and,
 * for reference, Prism and bare node:http). Every target runs in the same rounds, interleaved in a
 * rotating order, so a slow spell of a shared machine weighs on all alike; the figures are medians
 * of the rounds and ratios of medians.
 */
import { load, type LoadResult, type LoadShape } from '../load.js';
import { log } from '../log.js';
import { freePort, startServer, type Started } from '../processes.js';
import { entryOf, median, rotated, round } from '../stats.js';
import {
  AUTH,
  PATCH_BODY,
  patchProbe,
  readyProbe,
  SHAPES,
  targets as allTargets,
  type Shape,
  type Target,
} from '../targets.js';

/** The targets whose throughput is measured (the cold-start-only baselines have no shapes). */
const targets = allTargets.filter((t) => t.shapes.length > 0);

export interface ThroughputRow {
  readonly target: string;
  readonly role: Target['role'];
  readonly shape: Shape;
  readonly rounds: readonly LoadResult[];
  readonly medianRps: number;
  readonly medianP50Ms: number;
  readonly medianP99Ms: number;
  /** The quiet mock's median req/s for this shape divided by this target's. */
  readonly mockOverTarget: number;
}

export interface LoggingCost {
  readonly shape: Shape;
  /**
   * The median over the rounds of 1 - (req/s with the request log on) / (req/s with --quiet), each
   * from the two runs of one round (paired, so a slow spell of the machine cancels out), in percent.
   */
  readonly costPercent: number;
  /** The same per round. */
  readonly perRoundPercent: readonly number[];
}

export interface ThroughputResult {
  readonly connections: number;
  readonly seconds: number;
  readonly rows: readonly ThroughputRow[];
  readonly logging: readonly LoggingCost[];
}

function shapeOf(shape: Shape, port: number, id: string): LoadShape {
  const base = `http://127.0.0.1:${port}/v2/ai-integrations`;
  if (shape === 'list') return { url: base, method: 'GET', headers: AUTH };
  if (shape === 'GET') return { url: `${base}/${encodeURIComponent(id)}`, method: 'GET', headers: AUTH };
  return {
    url: `${base}/${encodeURIComponent(id)}`,
    method: 'PATCH',
    body: PATCH_BODY,
    headers: { ...AUTH, 'content-type': 'application/json' },
  };
}

export async function throughput(options: {
  rounds: number;
  seconds: number;
  connections: number;
}): Promise<ThroughputResult> {
  const running: Array<{ target: Target; server: Started; id: string }> = [];
  try {
    for (const target of targets) {
      const port = await freePort();
      const server = await startServer(target.command(port), port, readyProbe(target), {
        stderrToDrain: target.stderrToDrain === true,
      });
      running.push({ target, server, id: await target.prepare(`http://127.0.0.1:${port}`) });
    }
    for (const { target, server, id } of running) {
      log(`warm-up ${target.name}`);
      for (const shape of target.shapes)
        await load(shapeOf(shape, server.port, id), { connections: options.connections, seconds: 1 });
    }
    const key = (target: Target, shape: Shape) => `${target.name}\u0000${shape}`;
    const results = new Map<string, LoadResult[]>();
    for (let r = 0; r < options.rounds; r++) {
      for (const shape of SHAPES) {
        const measured = running.filter(({ target }) => target.shapes.includes(shape));
        // Rotate the order each round so no target always runs first or last.
        const order = rotated(measured, r);
        for (const { target, server, id } of order) {
          const result = await load(shapeOf(shape, server.port, id), {
            connections: options.connections,
            seconds: options.seconds,
          });
          if (result.failed > 0)
            throw new Error(
              `${target.name}: ${result.failed} of ${result.ok + result.failed} ${shape} requests did not get a 2xx`,
            );
          log(
            `round ${r + 1} ${shape} ${target.name}: ${Math.round(result.rps)} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`,
          );
          results.set(key(target, shape), [...(results.get(key(target, shape)) ?? []), result]);
        }
      }
    }
    const rows: ThroughputRow[] = [];
    const logging: LoggingCost[] = [];
    for (const shape of SHAPES) {
      const roundsOf = (role: Target['role']) => {
        const target = targets.find((t) => t.role === role && t.shapes.includes(shape));
        return target ? (results.get(key(target, shape)) ?? []) : [];
      };
      const mockRps = median(roundsOf('mock').map((x) => x.rps));
      for (const target of targets) {
        const rounds = results.get(key(target, shape));
        if (!rounds) continue;
        const medianRps = median(rounds.map((x) => x.rps));
        rows.push({
          target: target.name,
          role: target.role,
          shape,
          rounds,
          medianRps: Math.round(medianRps),
          medianP50Ms: median(rounds.map((x) => x.p50Ms)),
          medianP99Ms: median(rounds.map((x) => x.p99Ms)),
          mockOverTarget: round(mockRps / medianRps, 2),
        });
      }
      const [quiet, logged] = [roundsOf('mock'), roundsOf('mock-logging')];
      if (quiet.length > 0 && logged.length > 0) {
        const perRoundPercent = quiet.map((q, i) => round(100 * (1 - logged[i]!.rps / q.rps), 1));
        logging.push({ shape, costPercent: round(median(perRoundPercent), 1), perRoundPercent });
      }
    }
    return { connections: options.connections, seconds: options.seconds, rows, logging };
  } finally {
    await Promise.all(running.map(({ server }) => server.stop()));
  }
}

export interface ColdStartRow {
  readonly target: string;
  readonly role: Target['role'];
  /** Spawn to the first answered GET of the list. */
  readonly startsMs: readonly number[];
  readonly medianMs: number;
  /** The mock's median cold start divided by this target's. */
  readonly mockOverTarget: number;
  /** Spawn to the first answered PATCH (see Target.firstPatch), when the target has one. */
  readonly firstPatch?: {
    readonly startsMs: readonly number[];
    readonly medianMs: number;
    readonly mockOverTarget: number;
  };
}

/**
 * Spawn to first answered request, each target once per round, rounds in rotating order: once
 * waiting for a GET of the list, once for a PATCH.
 */
export async function coldStarts(options: { starts: number }): Promise<ColdStartRow[]> {
  const measured = allTargets.filter((t) => t.role !== 'mock-logging');
  const runs = measured.flatMap((target) => [
    { target, key: `${target.name}\u0000GET`, probe: readyProbe(target) },
    ...(target.firstPatch ? [{ target, key: `${target.name}\u0000PATCH`, probe: patchProbe(target) }] : []),
  ]);
  const byRun = new Map<string, number[]>(runs.map((run) => [run.key, []]));
  for (let i = 0; i < options.starts; i++) {
    const order = rotated(runs, i);
    for (const { target, key, probe } of order) {
      const port = await freePort();
      const server = await startServer(target.command(port), port, probe);
      await server.stop();
      entryOf(byRun, key).push(round(server.coldStartMs, 0));
      log(
        `cold start ${i + 1} ${target.name}${key.endsWith('PATCH') ? ', first PATCH' : ''}: ${Math.round(server.coldStartMs)} ms`,
      );
    }
  }
  const mock = measured[0]!;
  const mockMs = median(entryOf(byRun, `${mock.name}\u0000GET`));
  const mockPatchMs = median(byRun.get(`${mock.name}\u0000PATCH`) ?? []);
  return measured.map((target) => {
    const startsMs = entryOf(byRun, `${target.name}\u0000GET`);
    const patchMs = byRun.get(`${target.name}\u0000PATCH`);
    return {
      target: target.name,
      role: target.role,
      startsMs,
      medianMs: median(startsMs),
      mockOverTarget: round(mockMs / median(startsMs), 2),
      ...(patchMs
        ? {
            firstPatch: {
              startsMs: patchMs,
              medianMs: median(patchMs),
              mockOverTarget: round(mockPatchMs / median(patchMs), 2),
            },
          }
        : {}),
    };
  });
}
