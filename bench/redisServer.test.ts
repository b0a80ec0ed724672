import { spawnSync } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startRedisServer } from './redisServer.js';

const HAS_REDIS_SERVER = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

/** What the server at `port` answers to PING, or the connection's error code. */
function ping(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().trim());
    });
  });
}

describe.skipIf(!HAS_REDIS_SERVER)('startRedisServer', () => {
  it('resolves once the server answers PING, and stop() leaves nothing listening', async () => {
    const redis = await startRedisServer();
    try {
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}/0`);
      expect(await ping(redis.port)).toBe('+PONG');
    } finally {
      await redis.stop();
    }
    expect(await ping(redis.port)).toBe('ECONNREFUSED');
  });

  it('rejects at once, naming the port, when the server exits before answering (its port taken)', async () => {
    // A listener that hangs up on whoever connects, so it closes at the end of the test.
    const taken = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const started = performance.now();
    try {
      await expect(startRedisServer({ port: address.port, timeoutMs: 20_000 })).rejects.toThrow(
        `redis-server on port ${address.port} exited`,
      );
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
