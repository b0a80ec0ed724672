/**
 * The mock with its state in Redis: one replica against the in-memory store, and two replicas on
 * one Redis (the load split over both, as a round-robin balancer would) against one. Every
 * configuration runs in the same rounds, in a rotating order; figures are medians of the rounds.
 * Redis is a redis-server of the phase's own (no persistence) on a free loopback port.
 */
import { fileURLToPath } from 'node:url';
import { load, type LoadResult, type LoadShape } from '../load.js';
import { log } from '../log.js';
import { freePort, startServer, type Started } from '../processes.js';
import { startRedisServer } from '../redisServer.js';
import { entryOf, median, rotated, round } from '../stats.js';
import { AUTH, createIntegration, firstProvider, PATCH_BODY } from '../targets.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const SHAPES = ['PATCH', 'GET'] as const;
type ReplicaShape = (typeof SHAPES)[number];
const CONFIGURATIONS = ['in memory', 'Redis, one replica', 'Redis, two replicas'] as const;
type Configuration = (typeof CONFIGURATIONS)[number];

export interface ReplicasRow {
  readonly shape: ReplicaShape;
  readonly configuration: Configuration;
  /** Requests per second of each round (two replicas: the sum of both). */
  readonly roundsRps: readonly number[];
  readonly medianRps: number;
  readonly medianP99Ms: number;
}

export interface ReplicasResult {
  readonly connections: number;
  readonly seconds: number;
  readonly rows: readonly ReplicasRow[];
  /** Per shape: one Redis replica's median req/s over the in-memory store's, and two replicas' over one. */
  readonly ratios: ReadonlyArray<{
    readonly shape: ReplicaShape;
    readonly redisOverMemory: number;
    readonly twoOverOne: number;
  }>;
}

export async function replicas(options: {
  rounds: number;
  seconds: number;
  connections: number;
}): Promise<ReplicasResult> {
  const redis = await startRedisServer();
  const servers: Started[] = [];
  try {
    const store = redis.url;
    const start = async (args: string[]) => {
      const port = await freePort();
      const command = [
        process.execPath,
        `${root}dist/cli/aic.js`,
        'mock',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--quiet',
        ...args,
      ];
      const server = await startServer(
        command,
        port,
        async (p) => (await fetch(`http://127.0.0.1:${p}/v2/ai-integrations`, { headers: AUTH })).ok,
        { env: { AIC_STORE: '' } },
      );
      servers.push(server);
      return server;
    };
    const memory = await start([]);
    const one = await start(['--store', store, '--store-prefix', 'bench-one']);
    const pair = [
      await start(['--store', store, '--store-prefix', 'bench-two']),
      await start(['--store', store, '--store-prefix', 'bench-two']),
    ];
    const provider = await firstProvider();
    const ids = new Map<Configuration, string>();
    for (const [configuration, server] of [
      ['in memory', memory],
      ['Redis, one replica', one],
      ['Redis, two replicas', pair[0]!],
    ] as const) {
      ids.set(configuration, await createIntegration(`http://127.0.0.1:${server.port}`, 'Bench replicas', provider));
    }
    const serversOf = (configuration: Configuration) =>
      configuration === 'in memory' ? [memory] : configuration === 'Redis, one replica' ? [one] : pair;
    const measure = async (configuration: Configuration, shape: ReplicaShape, seconds: number): Promise<LoadResult> => {
      const targets = serversOf(configuration);
      // The same connections in all: split over the replicas when there are two.
      const connections = Math.max(1, Math.floor(options.connections / targets.length));
      const results = await Promise.all(
        targets.map((server) =>
          load(shapeOf(shape, server.port, entryOf(ids, configuration)), { connections, seconds }),
        ),
      );
      const failed = results.reduce((n, r) => n + r.failed, 0);
      if (failed > 0) throw new Error(`${configuration}: ${failed} ${shape} requests did not get a 2xx`);
      return {
        rps: results.reduce((n, r) => n + r.rps, 0),
        p50Ms: Math.max(...results.map((r) => r.p50Ms)),
        p99Ms: Math.max(...results.map((r) => r.p99Ms)),
        ok: results.reduce((n, r) => n + r.ok, 0),
        failed,
      };
    };
    for (const configuration of CONFIGURATIONS) for (const shape of SHAPES) await measure(configuration, shape, 1);
    const measured = new Map<string, LoadResult[]>();
    for (let r = 0; r < options.rounds; r++) {
      for (const shape of SHAPES) {
        const order = rotated(CONFIGURATIONS, r);
        for (const configuration of order) {
          const result = await measure(configuration, shape, options.seconds);
          log(
            `replicas round ${r + 1} ${shape} ${configuration}: ${Math.round(result.rps)} req/s, p99 ${result.p99Ms} ms`,
          );
          measured.set(`${configuration}\u0000${shape}`, [
            ...(measured.get(`${configuration}\u0000${shape}`) ?? []),
            result,
          ]);
        }
      }
    }
    const rows = SHAPES.flatMap((shape) =>
      CONFIGURATIONS.map((configuration) => {
        const rounds = entryOf(measured, `${configuration}\u0000${shape}`);
        return {
          shape,
          configuration,
          roundsRps: rounds.map((x) => Math.round(x.rps)),
          medianRps: Math.round(median(rounds.map((x) => x.rps))),
          medianP99Ms: median(rounds.map((x) => x.p99Ms)),
        };
      }),
    );
    const rps = (shape: ReplicaShape, configuration: Configuration) =>
      rows.find((row) => row.shape === shape && row.configuration === configuration)!.medianRps;
    const ratios = SHAPES.map((shape) => ({
      shape,
      redisOverMemory: round(rps(shape, 'Redis, one replica') / rps(shape, 'in memory'), 2),
      twoOverOne: round(rps(shape, 'Redis, two replicas') / rps(shape, 'Redis, one replica'), 2),
    }));
    return { connections: options.connections, seconds: options.seconds, rows, ratios };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await redis.stop();
  }
}

function shapeOf(shape: ReplicaShape, port: number, id: string): LoadShape {
  const url = `http://127.0.0.1:${port}/v2/ai-integrations/${encodeURIComponent(id)}`;
  if (shape === 'GET') return { url, method: 'GET', headers: AUTH };
  return { url, method: 'PATCH', body: PATCH_BODY, headers: { ...AUTH, 'content-type': 'application/json' } };
}
