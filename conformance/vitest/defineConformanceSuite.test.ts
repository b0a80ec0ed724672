import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';

const exec = promisify(execFile);
const VITEST = new URL('../../node_modules/vitest/vitest.mjs', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;

// `npm run conformance` in a child process: the suite that defineConformanceSuite generates.
async function runSuite(env: Record<string, string>): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      [VITEST, 'run', '--config', 'vitest.conformance.config.ts', '--reporter', 'verbose'],
      {
        cwd: ROOT,
        env: { ...process.env, AIC_RUNS: '2', AIC_SEED: '21', NO_COLOR: '1', ...env },
        timeout: 120_000,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('defineConformanceSuite', () => {
  it('fails only the broken rule, one test per rule, with the clause and the reproduction', async () => {
    const { code, output } = await runSuite({ AIC_BROKEN_VARIANT: 'omitted-reset', AIC_STRICT: '0' });
    expect(code).toBe(1);
    expect(output).toMatch(/× .*omitted-unchanged: Fields omitted from a valid PATCH are left unchanged/);
    expect(output).toMatch(/✓ .*non-empty: /);
    expect(output).toContain('FAILED: omitted-unchanged — Update rule 2 (omitted-unchanged)');
    expect(output).toMatch(new RegExp(`Tests +\\d+ failed \\| \\d+ passed \\(${allRules.length}\\)`));
  });
});
