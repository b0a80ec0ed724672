/**
 * A redis-server of our own on 127.0.0.1, without persistence, ready once it answers PING. The
 * benchmarks and the tests of the Redis store both start theirs with it.
 */
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from './freePort.js';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>/0`. */
  readonly url: string;
  readonly port: number;
  /** Kills it (SIGKILL: as if it crashed; it keeps nothing on disk) and waits until it is gone. */
  stop(): Promise<void>;
}

export interface RedisServerOptions {
  /** The port to listen on (default: a free one). */
  readonly port?: number;
  /** Its working folder (default: the current one; with persistence off it writes nothing there). */
  readonly dir?: string;
  /** How long to wait for the first PONG (default 5 s). */
  readonly timeoutMs?: number;
}

/** Starts redis-server and resolves once it answers PING; rejects, with it stopped, if it does not. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 5000;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--logfile', ''];
  const child = spawn('redis-server', options.dir === undefined ? args : [...args, '--dir', options.dir], {
    stdio: 'ignore',
  });
  let failure: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      failure = new Error(`redis-server could not be started (apt-get install redis-server): ${error.message}`);
      resolve();
    });
    child.once('exit', (code, signal) => {
      failure ??= new Error(`redis-server on port ${port} exited (${signal ?? `code ${code}`}) before answering PING`);
      resolve();
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && failure === undefined) child.kill('SIGKILL');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (failure) throw failure;
    if (await answersPing(port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { url: `redis://127.0.0.1:${port}/0`, port, stop };
}

/** Whether a PONG comes back within a second (a listener that is not Redis may never answer). */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('close', () => resolve(false));
  });
}
