import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const AIC = new URL('../../dist/cli/aic.js', import.meta.url).pathname;

export interface AicResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/) as a user would; resolves with its exit code and output. */
export async function runAic(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<AicResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [AIC, ...args], {
      env: options.env ?? process.env,
      timeout: options.timeoutMs ?? 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
