import type { NextFunction, Request, Response } from 'express';
import type { Contract, OperationContract } from '../../../spec/index.js';
import { sendProblem } from '../sendProblem.js';

const PREFER_CODE = /(?:^|[\s,;])code=(\S+?)(?=$|[\s,;])/;

/**
 * Prism-compatible `Prefer: code=<status>`: answers with any status the operation declares,
 * using the spec's example for that response, and touches no state. It runs before
 * authentication so a frontend can see a 401 page too. An undeclared code is a 400 that lists
 * the allowed ones.
 */
export function preferCode(contract: Contract, operation: OperationContract) {
  return function preferCodeMiddleware(req: Request, res: Response, next: NextFunction): void {
    const requested = PREFER_CODE.exec(req.get('prefer') ?? '')?.[1];
    if (requested === undefined) return next();
    const status = /^\d{3}$/.test(requested) ? Number(requested) : Number.NaN;
    if (!operation.declaredStatuses.includes(status)) {
      const allowed = operation.declaredStatuses.join(', ');
      const message = `must be one of the statuses ${operation.operationId} declares: ${allowed}`;
      sendProblem(contract, req, res, {
        status: 400,
        detail: `Prefer: code=${requested} is not a status ${operation.operationId} declares (allowed: ${allowed}).`,
        errors: [{ pointer: '/headers/prefer', message }],
      });
      return;
    }
    const example = exampleOf(contract, operation, status) as { detail?: unknown; errors?: unknown } | undefined;
    if (status >= 400) {
      const detail = typeof example?.detail === 'string' ? example.detail : `Forced by Prefer: code=${status}.`;
      const errors = Array.isArray(example?.errors) ? (example.errors as Array<{ pointer: string; message: string }>) : undefined;
      sendProblem(contract, req, res, { status, detail, ...(errors ? { errors } : {}) });
    } else if (example === undefined) res.status(status).end();
    else res.status(status).json(example);
  };
}

/** The first example of one response of the operation, as the spec writes it. */
function exampleOf(contract: Contract, operation: OperationContract, status: number): unknown {
  const paths = contract.dereferenced.paths as Record<string, Record<string, unknown>>;
  const response = (paths[operation.path]?.[operation.method] as { responses?: Record<string, unknown> } | undefined)?.responses?.[String(status)] as
    | { content?: Record<string, { example?: unknown; examples?: Record<string, { value?: unknown }> }> }
    | undefined;
  const media = Object.values(response?.content ?? {})[0];
  if (!media) return undefined;
  if (media.example !== undefined) return structuredClone(media.example);
  const first = Object.values(media.examples ?? {})[0];
  return first?.value === undefined ? undefined : structuredClone(first.value);
}
