import express from 'express';
import type { MockState } from '../MockState.js';
import type { MockLogger } from '../MockLogger.js';
import { adminRouter, ADMIN_PREFIX } from './adminRouter.js';
import { cors } from './middleware/cors.js';
import { latency } from './middleware/latency.js';
import { rateLimit } from './middleware/rateLimit.js';
import { requestLog } from './middleware/requestLog.js';
import { requireHost } from './middleware/requireHost.js';
import { notFound, problemErrorHandler } from './problemErrorHandler.js';
import { routeContractOperations } from './routeContractOperations.js';

export interface HttpOptions {
  readonly logger: MockLogger;
  readonly logRequests: boolean;
  readonly latencyMs?: number | readonly [number, number];
  readonly rateLimitPerSecond?: number;
  /** The clock of the rate limit's windows (tests freeze it). */
  readonly now?: () => number;
}

/**
 * The Express app in front of a MockState. The pipeline, in order: request log, Host check, CORS
 * (preflights end here), admin endpoints, rate limit, latency, the contract's routes, 404, error handler.
 */
export function createHttpApp(state: MockState, options: HttpOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // A conditional GET answered 304 is not a status the contract declares.
  app.set('etag', false);
  // Paths are case-sensitive, as the contract's are: /V2/AI-INTEGRATIONS and /__ADMIN/reset are 404.
  app.set('case sensitive routing', true);
  if (options.logRequests) app.use(requestLog(options.logger));
  app.use(requireHost(state.contract));
  app.use(cors([...state.contract.operations.values()].map((operation) => operation.method)));
  app.use(ADMIN_PREFIX, adminRouter(state));
  if (options.rateLimitPerSecond !== undefined) app.use(rateLimit(state.contract, options.rateLimitPerSecond, options.now));
  if (options.latencyMs !== undefined) app.use(latency(options.latencyMs));
  const api = express.Router({ caseSensitive: true });
  routeContractOperations(api, state);
  app.use(api);
  app.use(notFound(state.contract));
  app.use(problemErrorHandler(state.contract, options.logger));
  return app;
}
