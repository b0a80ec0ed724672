import type { Contract, Problem } from '../../spec/index.js';
import type { MockResponse, ProblemSpec } from './MockExchange.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Seconds a client is told to wait on a 429 when the caller does not say. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** Titles of statuses the contract's x-problem-types does not name (RFC 9110 reason phrases). */
const REASON_PHRASES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * The problem document: the type and title the contract's x-problem-types give the status, the
 * request path as instance, and the offending fields as the `errors` extension.
 */
export function problemDocument(contract: Contract, problem: ProblemSpec, instance?: string): Problem {
  const known = contract.problemTypes.get(problem.status);
  return {
    ...(known ? { type: known.type } : {}),
    title: known?.title ?? REASON_PHRASES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    ...(instance === undefined ? {} : { instance }),
    ...(problem.errors && problem.errors.length > 0
      ? { errors: problem.errors.map(({ pointer, message }) => ({ pointer, message })) }
      : {}),
  };
}

/**
 * The one place errors are written: RFC 9457 problem+json. A 429 always carries Retry-After
 * (delta-seconds), a 401 WWW-Authenticate.
 */
export function problemResponse(
  contract: Contract,
  problem: ProblemSpec,
  instance: string,
  retryAfterSeconds?: number,
): MockResponse {
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (problem.status === 429) headers['retry-after'] = String(retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS);
  if (problem.status === 401) headers['www-authenticate'] = 'Bearer';
  return { status: problem.status, headers, body: JSON.stringify(problemDocument(contract, problem, instance)) };
}
