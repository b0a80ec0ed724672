import { spawn, type ChildProcess } from 'node:child_process';

const AIC = new URL('../../dist/cli/aic.js', import.meta.url).pathname;

export interface SpawnedMock {
  readonly url: string;
  readonly child: ChildProcess;
  /** What it wrote to stderr so far. */
  readonly stderr: () => string;
  /** Sends a signal and resolves once the process is gone, with its exit code (null when a signal ended it). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `aic mock --port 0 --host 127.0.0.1 <args>` from dist/, as a user runs it; resolves once its banner names the URL. */
export async function spawnMock(args: readonly string[]): Promise<SpawnedMock> {
  const child = spawn(process.execPath, [AIC, 'mock', '--port', '0', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, AIC_STORE: '', AIC_ADMIN_TOKEN: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // A process that could not be spawned emits 'error' and no 'exit': either ends the wait below.
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', reject);
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /served on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    exited.then(
      (code) => reject(new Error(`aic mock ${args.join(' ')} exited with ${code} before serving: ${stderr}`)),
      reject,
    );
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
