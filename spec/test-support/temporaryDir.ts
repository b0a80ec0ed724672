import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, onTestFinished } from 'vitest';

/** Folders not yet removed; whatever a hook (beforeAll) asked for goes once the test file has run. */
const pending = new Set<string>();
const remove = (dir: string) => {
  pending.delete(dir);
  rmSync(dir, { recursive: true, force: true });
};
afterAll(() => pending.forEach(remove));

/**
 * A new folder in the system's temp folder, `prefix` then random characters, removed with what it
 * holds once the test that asked for it finishes, or once the test file has run when a hook or the
 * file itself asked for it: tests leave nothing behind.
 */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  pending.add(dir);
  if (expect.getState().currentTestName !== undefined) onTestFinished(() => remove(dir));
  return dir;
}
