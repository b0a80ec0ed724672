import { perContract } from '../contract/perContract.js';
import type { Contract, OperationContract, ResponseContract } from './loadContract.js';

/** A response received from a server, as the conformance kit and the mock's tests see it. */
export interface Exchange {
  readonly method: string;
  /** The request path as sent, e.g. `/v2/ai-integrations/TGx...` (a query string is ignored). */
  readonly path: string;
  readonly status: number;
  /** Response headers, names in any case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, or undefined when there was none. */
  readonly body: unknown;
}

/** What is wrong with a response, and which of the two independent validators said so. */
export interface ResponseIssue {
  /** `http`: status, content type and problem type checks made here; `ajv` and `prism`: the body and headers. */
  readonly validator: 'http' | 'ajv' | 'prism';
  readonly pointer: string;
  readonly message: string;
}

export interface CheckResponseOptions {
  /**
   * `exact` (the default): a problem's `type`, when present, must be the one `x-problem-types`
   * gives its status (the project's decision). `any`: any URI reference, relative or `about:blank`
   * (the public facts fix no type value), as the schema's format says.
   */
  readonly problemType?: 'exact' | 'any';
}

/**
 * Checks one response against the spec twice: with the contract's Ajv validators and with
 * prism-http's `validateOutput`, an independent implementation. Prism is heavy to load (about
 * 1.7 s of CPU), so it is imported on first use, never on a server's start-up path.
 */
export async function checkResponse(
  contract: Contract,
  exchange: Exchange,
  options: CheckResponseOptions = {},
): Promise<ResponseIssue[]> {
  const operation = findOperation(contract, exchange.method, exchange.path);
  if (!operation)
    return [
      {
        validator: 'http',
        pointer: '',
        message: `no operation of the spec matches ${exchange.method.toUpperCase()} ${exchange.path}`,
      },
    ];
  const response = operation.responses.get(String(exchange.status)) ?? operation.responses.get('default');
  if (!response) {
    return [
      {
        validator: 'http',
        pointer: '/status',
        message: `${exchange.status} is not declared by ${operation.operationId} (declared: ${operation.declaredStatuses.join(', ')})`,
      },
    ];
  }
  const headers = lowerCaseKeys(exchange.headers);
  const issues = [
    ...httpIssues(contract, operation, response, exchange, headers, options.problemType ?? 'exact'),
    ...ajvIssues(response, exchange),
  ];
  issues.push(...(await prismIssues(contract, operation, exchange, headers)));
  return issues;
}

const pathPatterns = perContract(
  (contract): ReadonlyArray<readonly [OperationContract, RegExp]> =>
    [...contract.operations.values()].map((operation) => {
      const template = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      return [operation, new RegExp(`^${template}$`)] as const;
    }),
);

/** The operation whose method and path template match, e.g. `/v2/ai-integrations/{integration_id}`. */
export function findOperation(contract: Contract, method: string, path: string): OperationContract | undefined {
  const patterns = pathPatterns(contract);
  const bare = path.replace(/\?.*$/s, '');
  const wanted = method.toLowerCase();
  return patterns.find(([operation, pattern]) => operation.method === wanted && pattern.test(bare))?.[0];
}

function httpIssues(
  contract: Contract,
  operation: OperationContract,
  response: ResponseContract,
  exchange: Exchange,
  headers: Record<string, string>,
  problemType: 'exact' | 'any',
): ResponseIssue[] {
  const issues: ResponseIssue[] = [];
  const contentType = (headers['content-type'] ?? '').replace(/;.*$/s, '').trim().toLowerCase();
  if (response.contentType && contentType !== response.contentType) {
    issues.push({
      validator: 'http',
      pointer: '/headers/content-type',
      message: `must be ${response.contentType}, got ${contentType || 'none'}`,
    });
  }
  if (!response.contentType && exchange.body !== undefined && exchange.body !== '') {
    issues.push({
      validator: 'http',
      pointer: '/body',
      message: `${exchange.status} of ${operation.operationId} must have no body`,
    });
  }
  for (const name of response.requiredHeaders) {
    if (headers[name.toLowerCase()] === undefined)
      issues.push({ validator: 'http', pointer: `/headers/${name.toLowerCase()}`, message: 'is required' });
  }
  const problem = contract.problemTypes.get(exchange.status);
  const body = exchange.body;
  if (exchange.status >= 400 && problem && typeof body === 'object' && body !== null) {
    const type = 'type' in body ? body.type : undefined;
    if (problemType === 'exact' && type !== undefined && type !== problem.type)
      issues.push({ validator: 'http', pointer: '/body/type', message: `must be ${problem.type}` });
    if (('status' in body ? body.status : undefined) !== exchange.status)
      issues.push({
        validator: 'http',
        pointer: '/body/status',
        message: `must equal the HTTP status ${exchange.status}`,
      });
  }
  return issues;
}

function ajvIssues(response: ResponseContract, exchange: Exchange): ResponseIssue[] {
  if (!response.validateBody) return [];
  return response.validateBody(exchange.body).map((issue) => ({
    validator: 'ajv' as const,
    pointer: `/body${issue.pointer === '/' ? '' : issue.pointer}`,
    message: issue.message,
  }));
}

type PrismOperation = Awaited<ReturnType<typeof import('@stoplight/prism-http')['getHttpOperationsFromSpec']>>[number];
type ValidateOutput = typeof import('@stoplight/prism-http/dist/validator/index.js')['validateOutput'];

const prismBySource = new Map<string, Promise<{ operations: PrismOperation[]; validateOutput: ValidateOutput }>>();

function loadPrism(contract: Contract) {
  // Per edition: prism reads the contract's own document (the upper edition exists only in memory).
  const key = `${contract.edition}:${contract.source}`;
  let loading = prismBySource.get(key);
  if (!loading) {
    loading = (async () => {
      const [{ getHttpOperationsFromSpec }, validator] = await Promise.all([
        import('@stoplight/prism-http'),
        import('@stoplight/prism-http/dist/validator/index.js'),
      ]);
      const operations: PrismOperation[] = await getHttpOperationsFromSpec(structuredClone(contract.document));
      const validateOutput: ValidateOutput = validator.validateOutput;
      return { operations, validateOutput };
    })();
    prismBySource.set(key, loading);
  }
  return loading;
}

async function prismIssues(
  contract: Contract,
  operation: OperationContract,
  exchange: Exchange,
  headers: Record<string, string>,
): Promise<ResponseIssue[]> {
  const prism = await loadPrism(contract);
  const resource = prism.operations.find((op) => op.method === operation.method && op.path === operation.path);
  if (!resource)
    return [
      {
        validator: 'prism',
        pointer: '',
        message: `prism-http found no operation ${operation.method} ${operation.path}`,
      },
    ];
  const result = prism.validateOutput({
    resource,
    element: { statusCode: exchange.status, headers, body: exchange.body },
  });
  if (result._tag === 'Right') return [];
  return result.left
    .filter((d) => d.severity === 0)
    .map((d) => ({ validator: 'prism' as const, pointer: `/${(d.path ?? []).join('/')}`, message: d.message }));
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
