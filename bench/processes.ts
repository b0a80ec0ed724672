/** Starting and stopping the servers under test: each child is tracked by pid and always killed. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export { freePort } from './freePort.js';

const children = new Set<ChildProcess>();

export interface Started {
  readonly pid: number;
  readonly port: number;
  /** Milliseconds from spawn to the first successful response of `ready`. */
  readonly coldStartMs: number;
  stop(): Promise<void>;
  /** Resident set size in MiB, read from /proc. */
  rssMiB(): number;
}

export interface StartOptions {
  readonly timeoutMs?: number;
  /** Send the server's stderr (the mock's request log) into a pipe that a separate `cat` drains. */
  readonly stderrToDrain?: boolean;
  readonly env?: Record<string, string>;
}

/**
 * Spawns `command` and polls `ready(port)` every 5 ms until it resolves true; the time from spawn
 * to that moment is the cold start. Output is kept only to explain a failure to start.
 */
export async function startServer(
  command: string[],
  port: number,
  ready: (port: number) => Promise<boolean>,
  options: StartOptions = {},
): Promise<Started> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  // A drain of its own, so the runner (which also drives the load) spends nothing on reading it.
  const [executable, ...args] = command;
  if (executable === undefined) throw new Error('bench: a server to start needs a command');
  const drain = options.stderrToDrain ? spawn('cat', [], { stdio: ['pipe', 'ignore', 'ignore'] }) : undefined;
  if (drain) children.add(drain);
  const startedAt = performance.now();
  const child = spawn(executable, args, {
    stdio: ['ignore', 'pipe', drain ? drain.stdin : 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', ...options.env },
  });
  children.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The drain stops once the server is gone and the pipe's write end is closed.
  if (drain) void exited.then(() => drain.stdin.destroy()).then(() => children.delete(drain));
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${command.join(' ')} exited with ${child.exitCode} before answering:\n${output}`);
    if (performance.now() - startedAt > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${command.join(' ')} did not answer within ${timeoutMs} ms:\n${output}`);
    }
    if (await ready(port).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const coldStartMs = performance.now() - startedAt;
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${command.join(' ')} answered, yet has no pid`);
  return {
    pid,
    port,
    coldStartMs,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      children.delete(child);
    },
    rssMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return kb / 1024;
    },
  };
}

/** Kills every child still running (on normal exit, on error, on Ctrl-C). */
export function killAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
}
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}
