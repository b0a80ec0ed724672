import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import type { Contract, Problem, ValidationIssue } from '../../spec/index.js';

export interface ProblemSpec {
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly ValidationIssue[];
}

/** Seconds a client is told to wait on a 429 when the caller does not say. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/**
 * The one place errors are written: RFC 9457 problem+json with the type and title the contract's
 * x-problem-types give the status, the request path as instance, and the offending fields as the
 * `errors` extension. A 429 always carries Retry-After (delta-seconds), a 401 WWW-Authenticate.
 */
export function sendProblem(contract: Contract, req: Request, res: Response, problem: ProblemSpec, retryAfterSeconds?: number): void {
  const body = problemDocument(contract, problem, req.originalUrl.split('?')[0] ?? req.path);
  if (problem.status === 429) res.setHeader('Retry-After', String(retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS));
  if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}

/** The problem document itself, also for answers written below Express (see clientErrorHandler). */
export function problemDocument(contract: Contract, problem: ProblemSpec, instance?: string): Problem {
  const known = contract.problemTypes.get(problem.status);
  return {
    ...(known ? { type: known.type } : {}),
    title: known?.title ?? STATUS_CODES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detail,
    ...(instance === undefined ? {} : { instance }),
    ...(problem.errors && problem.errors.length > 0 ? { errors: problem.errors.map(({ pointer, message }) => ({ pointer, message })) } : {}),
  };
}
