/** One load run with autocannon: requests per second and latency of one request shape. */
import autocannon from 'autocannon';

export interface LoadResult {
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ok: number;
  readonly failed: number;
}

export interface LoadShape {
  readonly url: string;
  readonly method: 'GET' | 'PATCH';
  readonly body?: string;
  readonly headers: Record<string, string>;
}

export async function load(shape: LoadShape, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: shape.url,
    method: shape.method,
    headers: shape.headers,
    ...(shape.body === undefined ? {} : { body: shape.body }),
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
