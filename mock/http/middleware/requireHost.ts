import type { NextFunction, Request, Response } from 'express';
import type { Contract } from '../../../spec/index.js';
import { problemResponse } from '../../engine/problemResponse.js';
import { splitTarget } from '../../engine/pathRoutes.js';
import { writeMockResponse } from '../writeMockResponse.js';
import type { RequestLog } from '../requestLog.js';

/**
 * An HTTP/1.1 request without a Host header is a 400 (RFC 9112, 3.2). Node refuses it itself, but
 * with a bare 400 and no body; the server is started with `requireHostHeader: false` so the check
 * happens here and answers a problem like every other error. A request with more than 1,000
 * headers loses the ones beyond (node keeps the first 1,000), Host included, and lands here too.
 */
export function requireHost(contract: Contract, log?: RequestLog) {
  return function requireHostMiddleware(req: Request, res: Response, next: NextFunction): void {
    if (req.httpVersion !== '1.1' || req.headers.host !== undefined) {
      next();
      return;
    }
    const startedAt = performance.now();
    const detail = 'An HTTP/1.1 request needs a Host header (or it sent more than 1,000 headers).';
    const { path } = splitTarget(req.originalUrl);
    const response = problemResponse(contract, { status: 400, detail }, path);
    writeMockResponse(res, response);
    log?.(req.method, path, response.status, startedAt);
  };
}
