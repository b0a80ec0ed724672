import { MockConfigError } from '../config/index.js';
import { isJsonObject } from '../core/index.js';
import type { ServedState } from '../ServedState.js';
import { authenticate, bearerToken, isProblem, READ_ONLY } from './authenticate.js';
import { jsonResponse } from './jsonResponse.js';
import type { MockRequest, MockResponse } from './MockExchange.js';
import { problemResponse } from './problemResponse.js';
import { readJsonBody } from './readJsonBody.js';
import type { RequestHistory } from './requestHistory.js';

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

export interface AdminOptions {
  /**
   * When set, what touches more than the caller's own account (reset of every account, loading
   * fixtures) needs `Authorization: Bearer <adminToken>`: 401 without a credential, 403 with
   * another. Unset (a mock on one's own machine), they answer anyone.
   */
  readonly adminToken?: string;
  /** The recent API requests per account, shown by `GET /__admin/requests` and cleared by reset. */
  readonly history?: RequestHistory;
  /**
   * Writes the served document as YAML for `GET /__admin/openapi.yaml` (Node passes a YAML
   * library's stringify; the browser bundle carries none). Without it the YAML endpoint answers
   * the JSON text, which every YAML 1.2 reader reads.
   */
  readonly yaml?: (document: unknown) => string | Promise<string>;
}

/**
 * Admin endpoints, outside the contract (no latency, no rate limit):
 * - `POST /__admin/reset`: without a credential or with the admin token, every account back to
 *   the fixtures (204); with an account's bearer token, that account only (a read-only key: 403);
 * - `PUT /__admin/fixtures` with a fixtures document: replaces the whole state, and becomes what
 *   reset returns to (200 with counts; 400 problem listing what is wrong, state untouched);
 * - `GET /__admin/state` with the caller's bearer token: the caller's account (spaces and
 *   integrations, newest first; keys never shown);
 * - `GET /__admin/requests` with the caller's bearer token: the account's recent API requests,
 *   newest first (with the admin token: every account's);
 * - `GET /__admin/openapi.yaml` and `/__admin/openapi.json`: the served edition of the spec, to anyone.
 *
 * Returns the answer to a request for one of them, or undefined when the request is not one (it
 * then goes on to the API, and ends as a 404 there). A plain OPTIONS gets 200 and `Allow`.
 */
export function adminEndpoints(
  state: ServedState,
  options: AdminOptions = {},
): (request: MockRequest, pathname: string, instance: string) => MockResponse | Promise<MockResponse> | undefined {
  const contract = state.contract;
  const { adminToken, history } = options;
  const document = contract.document;
  const yamlText = options.yaml ?? ((value: unknown) => JSON.stringify(value, null, 2));
  // Written on first request, then kept: the document does not change while the mock runs.
  const served: { json?: string; yaml?: string } = {};
  /** The refusal of a request that touches every account, or undefined when it may. */
  const refuseUnlessAdmin = (request: MockRequest, instance: string): MockResponse | undefined => {
    if (adminToken === undefined) return undefined;
    const token = bearerToken(request.header('authorization'));
    if (token !== undefined && sameSecret(token, adminToken)) return undefined;
    if (token === undefined)
      return problemResponse(
        contract,
        { status: 401, detail: 'This mock has an admin token: send "Authorization: Bearer <admin token>"' },
        instance,
      );
    return problemResponse(
      contract,
      { status: 403, detail: 'This endpoint changes every account: only the admin token may call it' },
      instance,
    );
  };
  const endpoints: Readonly<Record<string, AdminEndpoint>> = {
    reset: {
      method: 'POST',
      handle: async function resetState(request, instance) {
        const token = bearerToken(request.header('authorization'));
        const everyAccount =
          request.header('authorization') === undefined ||
          (adminToken !== undefined && token !== undefined && sameSecret(token, adminToken));
        if (everyAccount) {
          const refused = refuseUnlessAdmin(request, instance);
          if (refused) return refused;
          await state.reset();
          history?.clear();
          return { status: 204, headers: {} };
        }
        const principal = authenticate(state.accounts, request);
        if (isProblem(principal)) return problemResponse(contract, principal, instance);
        if (principal.role !== 'read-write') return problemResponse(contract, READ_ONLY, instance);
        await state.resetAccount(principal.accountId);
        history?.clear(principal.accountId);
        return { status: 204, headers: {} };
      },
    },
    fixtures: {
      method: 'PUT',
      handle: async function loadFixturesDocument(request, instance) {
        const refused = refuseUnlessAdmin(request, instance);
        if (refused) return refused;
        const read = await readJsonBody(contract, request, FIXTURES_MAX_BYTES);
        if ('problem' in read)
          return {
            ...problemResponse(contract, read.problem, instance),
            ...(read.closeConnection ? { closeConnection: true } : {}),
          };
        try {
          await state.load(read.value, 'the fixtures document');
        } catch (error) {
          if (!(error instanceof MockConfigError)) throw error;
          const errors = error.problems.map((message) => ({ pointer: '/body', message }));
          return problemResponse(
            contract,
            { status: 400, detail: `The fixtures document is not usable: ${error.problems.join('; ')}`, errors },
            instance,
          );
        }
        history?.clear();
        const accounts: unknown[] =
          isJsonObject(read.value) && Array.isArray(read.value.accounts) ? read.value.accounts : [];
        const integrations = (account: unknown) =>
          isJsonObject(account) && Array.isArray(account.ai_integrations) ? account.ai_integrations.length : 0;
        return jsonResponse(200, {
          accounts: accounts.length,
          ai_integrations: accounts.reduce((n: number, account) => n + integrations(account), 0),
        });
      },
    },
    state: {
      method: 'GET',
      handle: async function dumpAccount(request, instance) {
        const principal = authenticate(state.accounts, request);
        if (isProblem(principal)) return problemResponse(contract, principal, instance);
        return jsonResponse(200, await state.store.dump(principal.accountId));
      },
    },
    requests: {
      method: 'GET',
      handle: function recentRequests(request, instance) {
        const token = bearerToken(request.header('authorization'));
        if (adminToken !== undefined && token !== undefined && sameSecret(token, adminToken))
          return jsonResponse(200, { requests: history?.all() ?? [] });
        const principal = authenticate(state.accounts, request);
        if (isProblem(principal)) return problemResponse(contract, principal, instance);
        return jsonResponse(200, { requests: history?.of(principal.accountId) ?? [] });
      },
    },
    'openapi.json': {
      method: 'GET',
      handle: () => {
        served.json ??= JSON.stringify(document, null, 2);
        return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: served.json };
      },
    },
    'openapi.yaml': {
      method: 'GET',
      handle: async () => {
        served.yaml ??= await yamlText(document);
        return { status: 200, headers: { 'content-type': 'application/yaml; charset=utf-8' }, body: served.yaml };
      },
    },
  };
  const ADMIN_PATH = /^\/__admin\/(reset|fixtures|state|requests|openapi\.json|openapi\.yaml)\/?$/;
  return function answerAdmin(request, pathname, instance) {
    const name = ADMIN_PATH.exec(pathname)?.[1];
    if (name === undefined) return undefined;
    const endpoint = endpoints[name];
    if (endpoint === undefined) return undefined;
    if (request.method === endpoint.method || (endpoint.method === 'GET' && request.method === 'HEAD'))
      return endpoint.handle(request, instance);
    if (request.method !== 'OPTIONS') return undefined;
    const allow = endpoint.method === 'GET' ? 'GET, HEAD' : endpoint.method;
    return {
      status: 200,
      headers: { allow, 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' },
      body: allow,
    };
  };
}

/** Compares a token with the secret in time that does not depend on where they first differ. */
function sameSecret(token: string, secret: string): boolean {
  let difference = token.length ^ secret.length;
  for (let i = 0; i < secret.length; i += 1)
    difference |= secret.charCodeAt(i) ^ token.charCodeAt(i % Math.max(token.length, 1));
  return difference === 0;
}
