import { randomBytes } from 'node:crypto';

/** Every name the kit gives starts with this, so `--sweep` can find its leftovers. */
export const KIT_NAME_PREFIX = 'aic-conform-';

/** A short id of one run: base-36 time plus random, e.g. `m3x9k2a7f1`. */
export function newRunId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** `aic-conform-<runId>-`: the prefix of every integration this run creates. */
export function runPrefix(runId: string): string {
  return `${KIT_NAME_PREFIX}${runId}-`;
}
