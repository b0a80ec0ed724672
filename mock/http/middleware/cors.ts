import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Prefer';
/** Browsers hide response headers unless listed: a 429's Retry-After must reach the page. */
const EXPOSED_HEADERS = 'Retry-After, WWW-Authenticate';

/**
 * CORS for browser dev servers on any origin, for the methods the contract's operations use. The origin is echoed rather than `*` so that a page
 * sending credentials works too; a preflight (OPTIONS with Access-Control-Request-Method) gets
 * 204 at once, before authentication, as browsers send it without the Authorization header.
 */
export function cors(methods: readonly string[]) {
  const allowedMethods = [...new Set([...methods.map((m) => m.toUpperCase()), 'OPTIONS'])].join(', ');
  return function corsMiddleware(req: Request, res: Response, next: NextFunction): void {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      res.vary('Origin');
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.setHeader('Access-Control-Allow-Methods', allowedMethods);
      res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
