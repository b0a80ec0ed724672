import type { NextFunction, Request, Response } from 'express';
import type { Contract } from '../../../spec/index.js';
import { sendProblem } from '../sendProblem.js';

/**
 * At most `perSecond` requests in each wall-clock second, for the whole server (a fixed window:
 * predictable for a client testing its back-off). Beyond it, 429 with Retry-After in
 * delta-seconds until the next window.
 */
export function rateLimit(contract: Contract, perSecond: number, now: () => number = Date.now) {
  let window = -1;
  let count = 0;
  return function rateLimitMiddleware(req: Request, res: Response, next: NextFunction): void {
    const at = now();
    const current = Math.floor(at / 1000);
    if (current !== window) {
      window = current;
      count = 0;
    }
    count += 1;
    if (count <= perSecond) return next();
    const retryAfter = Math.max(1, Math.ceil(((current + 1) * 1000 - at) / 1000));
    sendProblem(contract, req, res, { status: 429, detail: `More than ${perSecond} requests per second. Retry after ${retryAfter} second${retryAfter === 1 ? '' : 's'}.` }, retryAfter);
  };
}
