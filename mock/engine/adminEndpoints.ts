import { MockConfigError } from '../config/index.js';
import type { MockState } from '../MockState.js';
import { authenticate, isProblem } from './authenticate.js';
import { jsonResponse } from './jsonResponse.js';
import type { MockRequest, MockResponse } from './MockExchange.js';
import { problemResponse } from './problemResponse.js';
import { readJsonBody } from './readJsonBody.js';

/** Where the admin endpoints live: a prefix no operation of the contract can take. */
export const ADMIN_PREFIX = '/__admin';

/** Fixtures can be much larger than one API request. */
export const FIXTURES_MAX_BYTES = 64 * 1_048_576;

type AdminHandler = (request: MockRequest, instance: string) => MockResponse | Promise<MockResponse>;

interface AdminEndpoint {
  /** GET also answers HEAD. */
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly handle: AdminHandler;
}

/**
 * Admin endpoints, outside the contract (no latency, no rate limit):
 * - `POST /__admin/reset`: back to the fixtures (204);
 * - `PUT /__admin/fixtures` with a fixtures document: replaces the whole state, and becomes what
 *   reset returns to (200 with counts; 400 problem listing what is wrong, state untouched);
 * - `GET /__admin/state` with the caller's bearer token: the caller's account (spaces and
 *   integrations, newest first; keys never shown).
 *
 * Returns the answer to a request for one of them, or undefined when the request is not one (it
 * then goes on to the API, and ends as a 404 there). A plain OPTIONS gets 200 and `Allow`.
 */
export function adminEndpoints(state: MockState): (request: MockRequest, pathname: string, instance: string) => MockResponse | Promise<MockResponse> | undefined {
  const contract = state.contract;
  const endpoints: Readonly<Record<string, AdminEndpoint>> = {
    reset: {
      method: 'POST',
      handle: function resetState() {
        state.reset();
        return { status: 204, headers: {} };
      },
    },
    fixtures: {
      method: 'PUT',
      handle: async function loadFixturesDocument(request, instance) {
        const read = await readJsonBody(contract, request, FIXTURES_MAX_BYTES);
        if ('problem' in read) return { ...problemResponse(contract, read.problem, instance), ...(read.closeConnection ? { closeConnection: true } : {}) };
        try {
          state.load(read.value, 'the fixtures document');
        } catch (error) {
          if (!(error instanceof MockConfigError)) throw error;
          const errors = error.problems.map((message) => ({ pointer: '/body', message }));
          return problemResponse(contract, { status: 400, detail: `The fixtures document is not usable: ${error.problems.join('; ')}`, errors }, instance);
        }
        const accounts = (read.value as { accounts: Array<{ ai_integrations?: unknown[] }> }).accounts;
        return jsonResponse(200, { accounts: accounts.length, ai_integrations: accounts.reduce((n, a) => n + (a.ai_integrations?.length ?? 0), 0) });
      },
    },
    state: {
      method: 'GET',
      handle: function dumpAccount(request, instance) {
        const principal = authenticate(state.accounts, request);
        if (isProblem(principal)) return problemResponse(contract, principal, instance);
        return jsonResponse(200, state.store.dump(principal.accountId));
      },
    },
  };
  const ADMIN_PATH = /^\/__admin\/(reset|fixtures|state)\/?$/;
  return function answerAdmin(request, pathname, instance) {
    const name = ADMIN_PATH.exec(pathname)?.[1];
    if (name === undefined) return undefined;
    const endpoint = endpoints[name]!;
    if (request.method === endpoint.method || (endpoint.method === 'GET' && request.method === 'HEAD')) return endpoint.handle(request, instance);
    if (request.method !== 'OPTIONS') return undefined;
    const allow = endpoint.method === 'GET' ? 'GET, HEAD' : endpoint.method;
    return { status: 200, headers: { allow, 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' }, body: allow };
  };
}
