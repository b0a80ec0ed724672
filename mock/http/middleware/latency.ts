import type { NextFunction, Request, Response } from 'express';

/** A fixed delay, or one drawn uniformly from [min, max], before each API request is handled. */
export function latency(delay: number | readonly [number, number]) {
  const [min, max] = typeof delay === 'number' ? [delay, delay] : delay;
  return function latencyMiddleware(_req: Request, _res: Response, next: NextFunction): void {
    setTimeout(next, min + Math.random() * (max - min));
  };
}
