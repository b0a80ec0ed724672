import type { MockRequest, MockResponse } from './MockExchange.js';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Prefer';
/** Browsers hide response headers unless listed: a 429's Retry-After must reach the page. */
const EXPOSED_HEADERS = 'Retry-After, WWW-Authenticate, Location';

/**
 * CORS for browser dev servers on any origin, for the methods the contract's operations use. The
 * origin is echoed rather than `*` so that a page sending credentials works too.
 */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': EXPOSED_HEADERS,
    vary: 'Origin',
  };
}

/**
 * A preflight (OPTIONS with Access-Control-Request-Method) gets 204 at once, before
 * authentication, as browsers send it without the Authorization header. Undefined for any other request.
 */
export function preflight(request: MockRequest, allowedMethods: string): MockResponse | undefined {
  if (request.method !== 'OPTIONS' || !request.header('access-control-request-method')) return undefined;
  return {
    status: 204,
    headers: {
      'access-control-allow-methods': allowedMethods,
      'access-control-allow-headers': request.header('access-control-request-headers') ?? ALLOWED_HEADERS,
      'access-control-max-age': '600',
    },
  };
}

/** The response with the CORS headers of `origin` added (none without an Origin). */
export function withCors(response: MockResponse, origin: string | undefined): MockResponse {
  if (!origin) return response;
  return { ...response, headers: { ...corsHeaders(origin), ...response.headers } };
}
