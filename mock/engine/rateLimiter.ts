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
 * ends. Ended windows are dropped (at most once a second), so memory holds only the keys of the
 * last second.
 */
export function rateLimiter(perSecond: number, now: () => number = Date.now) {
  const windows = new Map<string, Window>();
  let sweptAt = Number.NEGATIVE_INFINITY;
  const ended = (window: Window, at: number) => at - window.start >= WINDOW_MS || at < window.start;
  return function admit(key: string): RateLimited | undefined {
    const at = now();
    if (at - sweptAt >= WINDOW_MS || at < sweptAt) {
      for (const [k, window] of windows) if (ended(window, at)) windows.delete(k);
      sweptAt = at;
    }
    let window = windows.get(key);
    if (!window || ended(window, at)) {
      window = { start: at, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= perSecond) return undefined;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + WINDOW_MS - at) / 1000));
    const detail = `More than ${perSecond} request${perSecond === 1 ? '' : 's'} in one second with this API key (the mock's rate limit: ${perSecond}/s per key). Retry after ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`;
    return { problem: { status: 429, detail }, retryAfterSeconds };
  };
}

/** A fixed delay, or one drawn uniformly from [min, max], before each API request is handled. */
export function latency(delay: number | readonly [number, number]): () => Promise<void> {
  const [min, max] = typeof delay === 'number' ? [delay, delay] : delay;
  return function wait() {
    return new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
  };
}
