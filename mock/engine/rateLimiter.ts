import type { MaybePromise } from '../core/index.js';
import type { RateWindows } from '../ServedState.js';
import type { ProblemSpec } from './MockExchange.js';

const WINDOW_MS = 1000;

interface Window {
  start: number;
  count: number;
}

export interface RateLimited {
  readonly problem: ProblemSpec;
  readonly retryAfterSeconds: number;
}

/**
 * At most `perSecond` requests per API key in each one-second window, so one noisy client never
 * throttles another. The key is the bearer token: per key with a keys file, per account without
 * one (there a token is an account); requests without a token share one window. A key's window
 * opens with its first request and lasts a second (fixed, so a client testing its back-off knows
 * what to expect); beyond the limit, 429 with Retry-After in delta-seconds until that key's window
 * ends. The windows are counted by `windows`: this process's memory, or a store every replica shares.
 */
export function rateLimiter(perSecond: number, windows: RateWindows) {
  const limited = (count: number, remainingMs: number): RateLimited | undefined => {
    if (count <= perSecond) return undefined;
    const retryAfterSeconds = Math.max(1, Math.ceil(remainingMs / 1000));
    const detail = `More than ${perSecond} request${perSecond === 1 ? '' : 's'} in one second with this API key (the mock's rate limit: ${perSecond}/s per key). Retry after ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`;
    return { problem: { status: 429, detail }, retryAfterSeconds };
  };
  return function admit(key: string): MaybePromise<RateLimited | undefined> {
    const hit = windows.hit(key, WINDOW_MS);
    return hit instanceof Promise
      ? hit.then(({ count, remainingMs }) => limited(count, remainingMs))
      : limited(hit.count, hit.remainingMs);
  };
}

/** Windows counted in this process's memory. Ended windows are dropped (at most once a second), so memory holds only the keys of the last second. */
export function inMemoryWindows(now: () => number = Date.now): RateWindows {
  const windows = new Map<string, Window>();
  let sweptAt = Number.NEGATIVE_INFINITY;
  const ended = (window: Window, at: number, windowMs: number) => at - window.start >= windowMs || at < window.start;
  return {
    hit(key, windowMs) {
      const at = now();
      if (at - sweptAt >= windowMs || at < sweptAt) {
        for (const [k, window] of windows) if (ended(window, at, windowMs)) windows.delete(k);
        sweptAt = at;
      }
      let window = windows.get(key);
      if (!window || ended(window, at, windowMs)) {
        window = { start: at, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, remainingMs: window.start + windowMs - at };
    },
  };
}

/** A fixed delay, or one drawn uniformly from [min, max], before each API request is handled. */
export function latency(delay: number | readonly [number, number]): () => Promise<void> {
  const [min, max] = typeof delay === 'number' ? [delay, delay] : delay;
  return function wait() {
    return new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
  };
}
