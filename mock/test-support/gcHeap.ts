import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A forced full GC, when one can be had: `global.gc` if node runs with --expose-gc, else the same
 * function fetched from a fresh context after turning the flag on at run time. Undefined when
 * neither works (then callers must allow for garbage not yet collected).
 */
export function forcedGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** heapUsed after a forced GC (twice, so finalizers run), or as it is when no GC can be forced. */
export async function settledHeapUsed(gc: (() => void) | undefined): Promise<number> {
  if (gc) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return process.memoryUsage().heapUsed;
}
