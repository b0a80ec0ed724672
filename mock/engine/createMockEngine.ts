import type { OperationContract, OperationName } from '../../spec/index.js';
import type { MockLogger } from '../MockLogger.js';
import { isJsonObject, StoreUnavailableError } from '../core/index.js';
import type { ServedState } from '../ServedState.js';
import { adminEndpoints, type AdminOptions } from './adminEndpoints.js';
import { authenticate, bearerToken, isProblem, READ_ONLY } from './authenticate.js';
import { unreadableRequest } from './bodyRefusals.js';
import { preflight, withCors } from './cors.js';
import { jsonTextResponse } from './jsonResponse.js';
import type { MockEngine, MockRequest, MockResponse } from './MockExchange.js';
import {
  operationHandlers,
  validParameters,
  type OperationHandler,
  type OperationHandlers,
} from './operationHandlers.js';
import { compilePathTemplate, routingPath, type PathPattern } from './pathRoutes.js';
import { preferCode } from './preferCode.js';
import { problemResponse } from './problemResponse.js';
import { inMemoryWindows, latency, rateLimiter } from './rateLimiter.js';
import { readJsonBody } from './readJsonBody.js';
import { RequestHistory } from './requestHistory.js';
import { MAX_BODY_BYTES } from './requestBody.js';

export interface MockEngineOptions extends Omit<AdminOptions, 'history'> {
  /** Where a bug of the mock is reported (the request's method and path, never its body). */
  readonly logger?: Pick<MockLogger, 'error'>;
  /** Delay before each API request: fixed ms or a [min, max] range. */
  readonly latencyMs?: number | readonly [number, number];
  /** Requests per second per API key beyond which the mock answers 429 with Retry-After. */
  readonly rateLimitPerSecond?: number;
  /** The clock of the rate limit's windows (tests freeze it). */
  readonly now?: () => number;
}

/** One method of one path of the contract, with everything it needs decided when the engine is built. */
type OperationRoute = (
  request: MockRequest,
  instance: string,
  pathParams: Record<string, string>,
) => MockResponse | Promise<MockResponse>;

interface PathRoute {
  readonly pattern: PathPattern;
  readonly byMethod: ReadonlyMap<string, OperationRoute>;
  /** The Allow header of a 405 (HEAD wherever GET is) and of a plain OPTIONS. */
  readonly allow: string;
}

const READ_METHODS = new Set(['get', 'head', 'options']);

/**
 * The mock's request pipeline without a transport, built once from the contract's operations:
 * CORS (preflights end here), the admin endpoints, rate limit, latency, then the route of the
 * path and method: Prefer code, authentication, the write role for writes, the JSON body for
 * operations that take one, the parameters and the store. Steps for features that are off are
 * not in the pipeline at all.
 */
export function createMockEngine(state: ServedState, options: MockEngineOptions = {}): MockEngine {
  const contract = state.contract;
  const logger = options.logger ?? { error: () => undefined };
  const operations = [...contract.operations.values()];
  const corsMethods = [...new Set([...operations.map((o) => o.method.toUpperCase()), 'OPTIONS'])].join(', ');
  const history = new RequestHistory(new Set([state.rules.create.apiKeyField, state.rules.update.apiKeyField]));
  const admin = adminEndpoints(state, {
    history,
    ...(options.adminToken === undefined ? {} : { adminToken: options.adminToken }),
    ...(options.yaml === undefined ? {} : { yaml: options.yaml }),
  });
  const admit =
    options.rateLimitPerSecond === undefined
      ? undefined
      : rateLimiter(options.rateLimitPerSecond, state.rateWindows ?? inMemoryWindows(options.now));
  const wait = options.latencyMs === undefined ? undefined : latency(options.latencyMs);
  const routes = compileRoutes(state, operations, history);

  async function answer(request: MockRequest): Promise<MockResponse> {
    const preflightAnswer = preflight(request, corsMethods);
    if (preflightAnswer) return preflightAnswer;
    const instance = request.path;
    const pathname = routingPath(request.path);
    const adminAnswer = admin(request, pathname, instance);
    if (adminAnswer) return adminAnswer;
    if (admit) {
      const counted = admit(bearerToken(request.header('authorization')) ?? '');
      const limited = counted instanceof Promise ? await counted : counted;
      if (limited) return problemResponse(contract, limited.problem, instance, limited.retryAfterSeconds);
    }
    if (wait) await wait();
    for (const route of routes) {
      const params = route.pattern.match(pathname);
      if (params === undefined) continue;
      if (params === null) return problemResponse(contract, unreadableRequest(), instance);
      const operation =
        route.byMethod.get(request.method) ?? (request.method === 'HEAD' ? route.byMethod.get('GET') : undefined);
      if (operation) return operation(request, instance, params);
      return methodNotAllowed(route, request, instance);
    }
    return problemResponse(
      contract,
      { status: 404, detail: `${request.method} ${pathname} is not an operation of this API.` },
      instance,
    );
  }

  function methodNotAllowed(route: PathRoute, request: MockRequest, instance: string): MockResponse {
    if (request.method === 'OPTIONS') return { status: 204, headers: { allow: route.allow } };
    const method = request.method.length > 20 ? `${request.method.slice(0, 20)}…` : request.method;
    const refused = problemResponse(
      contract,
      { status: 405, detail: `${method} is not a method of ${route.pattern.template} (allowed: ${route.allow}).` },
      instance,
    );
    return { ...refused, headers: { allow: route.allow, ...refused.headers } };
  }

  return {
    state,
    history,
    async handle(request) {
      const origin = request.header('origin');
      try {
        return withCors(await answer(request), origin);
      } catch (error) {
        if (error instanceof StoreUnavailableError) return withCors(unavailable(contract, error, request.path), origin);
        logger.error(
          `${request.method} ${request.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        return withCors(
          problemResponse(
            contract,
            { status: 500, detail: 'The mock failed on this request; see its log.' },
            request.path,
          ),
          origin,
        );
      }
    },
  };
}

/** One route per path template of the contract, each with its methods' pipelines. */
function compileRoutes(
  state: ServedState,
  operations: readonly OperationContract[],
  history: RequestHistory,
): PathRoute[] {
  const handlers = operationHandlers(state);
  const location = itemLocation(state.contract.operation('get'));
  const byPath = new Map<string, OperationContract[]>();
  for (const operation of operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  return [...byPath].map(([template, pathOperations]) => {
    const methods = pathOperations.map((o) => o.method.toUpperCase());
    const allow = [...new Set(methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]))), 'OPTIONS'].join(', ');
    return {
      pattern: compilePathTemplate(template),
      byMethod: new Map(
        pathOperations.map((operation) => [
          operation.method.toUpperCase(),
          operationRoute(state, operation, handlers, history, operation.name === 'create' ? location : undefined),
        ]),
      ),
      allow,
    };
  });
}

/**
 * Where a created integration is read: the get operation's path with the id in its parameter,
 * under the prefix the transport removed from the request's path.
 */
function itemLocation(get: OperationContract): (request: MockRequest, json: string) => string {
  const parameter = get.parameters.find((p) => p.in === 'path')?.name;
  if (parameter === undefined) throw new Error(`The contract's ${get.name} operation names no path parameter`);
  const [before = '', after = ''] = get.path.split(`{${parameter}}`);
  return (request, json) => {
    const created: unknown = JSON.parse(json);
    const id = isJsonObject(created) && typeof created.id === 'string' ? created.id : '';
    return `${request.basePath ?? ''}${before}${encodeURIComponent(id)}${after}`;
  };
}

/**
 * The pipeline of one operation: Prefer code, authentication, the write role for writes (on an
 * item, only for an integration the caller can see: the contract's 403 says the resource
 * exists), the JSON body for operations that take one, the path and query parameters, then the handler.
 */
function operationRoute<N extends OperationName>(
  state: ServedState,
  operation: OperationContract & { readonly name: N },
  handlers: OperationHandlers,
  history: RequestHistory,
  location?: (request: MockRequest, json: string) => string,
): OperationRoute {
  const contract = state.contract;
  const handler: OperationHandler<N> = handlers[operation.name];
  const forcedByPrefer = preferCode(operation);
  const writes = !READ_METHODS.has(operation.method);
  // The path parameter that names the item, on an operation on one integration.
  const itemParameter = operation.parameters.find((p) => p.in === 'path')?.name;
  const takesBody = operation.requestBody !== undefined;
  /** The answer, with what the account's request history keeps of it (nothing without an account). */
  async function answerOperation(
    request: MockRequest,
    instance: string,
    pathParams: Record<string, string>,
  ): Promise<{ response: MockResponse; accountId?: string; body?: unknown; rule?: string }> {
    const principal = authenticate(state.accounts, request);
    const accountId = isProblem(principal) ? {} : { accountId: principal.accountId };
    const forced = forcedByPrefer(request);
    if (forced)
      return {
        response: 'response' in forced ? forced.response : problemResponse(contract, forced.problem, instance),
        ...accountId,
      };
    if (isProblem(principal)) return { response: problemResponse(contract, principal, instance) };
    if (writes && principal.role !== 'read-write') {
      const found =
        itemParameter === undefined ? undefined : state.store.get(principal.accountId, pathParams[itemParameter] ?? '');
      const visible = found === undefined || (found instanceof Promise ? (await found).ok : found.ok);
      if (visible) return { response: problemResponse(contract, READ_ONLY, instance), ...accountId };
    }
    let body: unknown;
    if (takesBody) {
      const read = await readJsonBody(contract, request, MAX_BODY_BYTES);
      if ('problem' in read)
        return {
          response: {
            ...problemResponse(contract, read.problem, instance),
            ...(read.closeConnection ? { closeConnection: true } : {}),
          },
          ...accountId,
        };
      body = read.value;
    }
    const sent = body === undefined ? accountId : { ...accountId, body };
    const parameters = validParameters(operation, pathParams, request.query);
    if ('problem' in parameters) return { response: problemResponse(contract, parameters.problem, instance), ...sent };
    const answered = handler({ principal, ...parameters, body });
    // The in-memory store answers at once; only a shared store's answer is awaited.
    const outcome = answered instanceof Promise ? await answered : answered;
    if ('problem' in outcome)
      return {
        response: problemResponse(contract, outcome.problem, instance),
        ...sent,
        ...(outcome.problem.rule === undefined ? {} : { rule: outcome.problem.rule }),
      };
    const answer = jsonTextResponse(outcome.status, outcome.json);
    return {
      response:
        location && outcome.json !== undefined
          ? { ...answer, headers: { ...answer.headers, location: location(request, outcome.json) } }
          : answer,
      ...sent,
    };
  }

  return async function runOperation(request, instance, pathParams) {
    const { response, accountId, body, rule } = await answerOperation(request, instance, pathParams);
    if (accountId !== undefined)
      history.record(accountId, {
        method: request.method,
        basePath: request.basePath,
        path: request.path,
        status: response.status,
        rule,
        body,
      });
    return response;
  };
}

/**
 * The store could not be reached: 503 with Retry-After, never a guess. The store's error says
 * where and why (the URL it names never holds a password). A change whose answer was lost with
 * the connection may have been made, so the detail does not promise otherwise.
 */
function unavailable(contract: ServedState['contract'], error: StoreUnavailableError, instance: string): MockResponse {
  const refused = problemResponse(contract, { status: 503, detail: `${error.message}. Retry shortly.` }, instance);
  return { ...refused, headers: { ...refused.headers, 'retry-after': '1' } };
}
