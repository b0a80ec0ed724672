import type { NextFunction, Request, Response } from 'express';
import type { MockLogger } from '../../MockLogger.js';

/** One info line per request once answered: method, path (no query), status, duration. */
export function requestLog(logger: MockLogger) {
  return function requestLogMiddleware(req: Request, res: Response, next: NextFunction): void {
    const started = performance.now();
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0];
      logger.info(`${req.method} ${path} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
    });
    next();
  };
}
