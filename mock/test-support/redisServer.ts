import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../bench/freePort.js';
import { type RedisServer, startRedisServer } from '../../bench/redisServer.js';

/** Whether Debian's redis-server is installed (tests that need one skip, and say so, without it). */
export const HAS_REDIS_SERVER = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
export const NO_REDIS_SERVER =
  'redis-server is not installed (apt-get install redis-server): the tests of the Redis store are skipped';

/** A Redis to share between tests that need no Redis of their own: `.ci/run` starts one and names it here. */
export const SHARED_REDIS_URL = process.env.AIC_TEST_REDIS_URL || undefined;

export interface TestRedis {
  /** `redis://127.0.0.1:<port>/0`. */
  readonly url: string;
  readonly port: number;
  /** Stops the server (SIGKILL: as if it crashed); its data is gone, as it keeps none on disk. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free 127.0.0.1 port, without persistence, in a temporary
 * folder removed on close. Never left running: close() kills it.
 */
export async function startTestRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'aic-redis-'));
  let port: number;
  try {
    port = await freePort();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let server: RedisServer | undefined;
  const start = async () => {
    server = await startRedisServer({ port, dir });
  };
  const stop = async () => {
    const running = server;
    server = undefined;
    await running?.stop();
  };
  try {
    await start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    stop,
    start,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Redis for tests that only read and write (each under a prefix of its own, given to `forget` at the end). */
export interface SharedTestRedis {
  readonly url: string;
  /** Deletes every key under these prefixes (a shared Redis keeps nothing of the tests) and lets go of the Redis. */
  close(prefixes: readonly string[]): Promise<void>;
}

/** The Redis `.ci/run` started (AIC_TEST_REDIS_URL), or else one of the test's own. */
export async function sharedTestRedis(): Promise<SharedTestRedis> {
  if (SHARED_REDIS_URL === undefined) {
    const own = await startTestRedis();
    return { url: own.url, close: () => own.close() };
  }
  const url = SHARED_REDIS_URL;
  return {
    url,
    close: async (prefixes) => {
      const { createClient } = await import('@redis/client');
      const client = createClient({ url });
      await client.connect();
      try {
        for (const prefix of prefixes) {
          for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 }))
            if (keys.length > 0) await client.del(keys);
        }
      } finally {
        await client.close();
      }
    },
  };
}
