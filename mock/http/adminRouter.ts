import express, { type Request, type Response } from 'express';
import { MockConfigError } from '../config/index.js';
import type { MockState } from '../MockState.js';
import { authenticate, principalOf } from './middleware/authenticate.js';
import { jsonBody } from './middleware/jsonBody.js';
import { sendProblem } from './sendProblem.js';

/** Where the admin endpoints live: a prefix no operation of the contract can take. */
export const ADMIN_PREFIX = '/__admin';

/** Fixtures can be much larger than one API request. */
const FIXTURES_MAX_BYTES = 64 * 1_048_576;

/**
 * Admin endpoints, outside the contract (no latency, no rate limit):
 * - `POST /__admin/reset`: back to the fixtures (204);
 * - `PUT /__admin/fixtures` with a fixtures document: replaces the whole state, and becomes what
 *   reset returns to (200 with counts; 400 problem listing what is wrong, state untouched);
 * - `GET /__admin/state` with the caller's bearer token: the caller's account (spaces and
 *   integrations, newest first; keys never shown).
 */
export function adminRouter(state: MockState): express.Router {
  const router = express.Router({ caseSensitive: true });
  router.post('/reset', function resetState(_req: Request, res: Response) {
    state.reset();
    res.status(204).end();
  });
  router.put('/fixtures', ...jsonBody(state.contract, FIXTURES_MAX_BYTES), function loadFixturesDocument(req: Request, res: Response) {
    try {
      state.load(req.body, 'the fixtures document');
    } catch (error) {
      if (!(error instanceof MockConfigError)) throw error;
      const errors = error.problems.map((message) => ({ pointer: '/body', message }));
      return sendProblem(state.contract, req, res, { status: 400, detail: `The fixtures document is not usable: ${error.problems.join('; ')}`, errors });
    }
    const accounts = (req.body as { accounts: Array<{ ai_integrations?: unknown[] }> }).accounts;
    res.status(200).json({ accounts: accounts.length, ai_integrations: accounts.reduce((n, a) => n + (a.ai_integrations?.length ?? 0), 0) });
  });
  router.get('/state', authenticate(state.contract, state.accounts), function dumpAccount(_req: Request, res: Response) {
    res.status(200).json(state.store.dump(principalOf(res).accountId));
  });
  return router;
}
