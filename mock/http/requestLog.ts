import type { MockLogger } from '../MockLogger.js';

/**
 * Logs one answered request: method, path (no query), status and the time since `startedAt`
 * (performance.now() when the mock first saw it).
 */
export type RequestLog = (method: string, path: string, status: number, startedAt: number) => void;

/**
 * The request log, called right after an answer is written by whatever wrote it (the Host check
 * or the engine). Not a middleware of its own: an extra Express layer and a 'finish' listener per
 * request cost more than the line.
 */
export function requestLog(logger: MockLogger): RequestLog {
  return (method, path, status, startedAt) =>
    logger.info(`${method} ${path} ${status} ${(performance.now() - startedAt).toFixed(1)}ms`);
}
