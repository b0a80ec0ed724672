import express from 'express';
import { createMockEngine, type MockEngineOptions } from '../engine/index.js';
import type { ServedState } from '../ServedState.js';
import type { MockLogger } from '../MockLogger.js';
import { engineMiddleware } from './engineMiddleware.js';
import { requestLog } from './requestLog.js';
import { requireHost } from './middleware/requireHost.js';

export interface HttpOptions extends MockEngineOptions {
  readonly logger: MockLogger;
  readonly logRequests: boolean;
}

/**
 * The Express app in front of the served state: the Host check, then the engine, which answers
 * everything else (routes, CORS, admin endpoints, rate limit, latency, errors). Each logs the
 * requests it answers when the request log is on.
 */
export function createHttpApp(state: ServedState, options: HttpOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // A conditional GET answered 304 is not a status the contract declares.
  app.set('etag', false);
  const log = options.logRequests ? requestLog(options.logger) : undefined;
  app.use(requireHost(state.contract, log));
  app.use(engineMiddleware(createMockEngine(state, { yaml: writeYaml, ...options }), state.contract, log));
  return app;
}

/** The served spec as YAML; the YAML library is loaded on the first request for it, never at start-up. */
async function writeYaml(document: unknown): Promise<string> {
  const { stringify } = await import('yaml');
  return stringify(document, { aliasDuplicateObjects: false });
}
