import type { MockResponse } from '../engine/MockExchange.js';

/**
 * The engine's answer as a Fetch API Response, which MSW hands back to the caller. A plain
 * Response, not msw's HttpResponse: every MSW version takes one. `closeConnection` has no meaning
 * without a connection.
 */
export function httpResponseOf(response: MockResponse): Response {
  return new Response(response.body ?? null, { status: response.status, headers: response.headers });
}
