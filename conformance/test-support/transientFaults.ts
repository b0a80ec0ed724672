import type { Handler, ProxyResponse } from './brokenProxy.js';

/** A network blip, as a CI job over the internet meets them: a gateway's 503 or a dropped connection, before or after the request reached the target. */
export const TRANSIENT_FAULTS = ['503 before', '503 after', 'drop before', 'drop after'] as const;
export type TransientFaultKind = (typeof TRANSIENT_FAULTS)[number];

export interface TransientFaults {
  /** A brokenProxy handler that answers `rate` of the requests with a fault, the kinds in turn. */
  readonly handle: Handler;
  /** The faults injected so far, by kind. */
  readonly injected: Record<TransientFaultKind, number>;
  /** Requests seen so far. */
  readonly requests: () => number;
}

/** A gateway's own 503: HTML, not a problem of the API. */
const GATEWAY_503: ProxyResponse = {
  status: 503,
  headers: { 'content-type': 'text/html' },
  text: '<html><body><h1>503 Service Unavailable</h1></body></html>',
};
const DROPPED: ProxyResponse = { status: 0, headers: {}, text: '' };

/**
 * Faults for a proxy in front of a correct server: each request is hit with probability `rate`
 * (a seeded generator, so a run can be repeated), and the faults cycle through every kind, so a
 * run of a few hundred requests meets each of them.
 */
export function transientFaults(options: { rate: number; seed: number }): TransientFaults {
  let state = options.seed >>> 0 || 1;
  // xorshift32: small, seedable, good enough to pick requests.
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
  const injected = Object.fromEntries(TRANSIENT_FAULTS.map((k) => [k, 0])) as Record<TransientFaultKind, number>;
  let requests = 0;
  let faults = 0;
  const handle: Handler = async (request, forward) => {
    requests++;
    if (next() >= options.rate) return forward(request);
    const kind = TRANSIENT_FAULTS[faults++ % TRANSIENT_FAULTS.length]!;
    injected[kind]++;
    if (kind.endsWith('after')) await forward(request);
    return kind.startsWith('503') ? GATEWAY_503 : DROPPED;
  };
  return { handle, injected, requests: () => requests };
}
