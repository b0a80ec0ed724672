/**
 * Tests leave nothing in the temp folder: a test file that asks for temporary folders in every way
 * (leavesNothing/temporaryFolders.fixture.ts) runs in a vitest of its own whose temp folder is an
 * empty one of this test, which must be empty again afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

it('removes every temporary folder a test file asks for, from a test, a hook or its top level', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'aic-temp-check-'));
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        join(ROOT, 'spec/test-support/leavesNothing/vitest.config.ts'),
        '--reporter=json',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, TMPDIR: temp },
      },
    );
    const report = JSON.parse(stdout) as { numPassedTests: number; numFailedTests: number };
    expect([report.numPassedTests, report.numFailedTests]).toEqual([2, 0]);
    expect(readdirSync(temp)).toEqual([]);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
