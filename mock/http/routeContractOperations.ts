import type { Request, Response, Router } from 'express';
import type { Contract } from '../../spec/index.js';
import type { MockState } from '../MockState.js';
import { authenticate, requireWriteRole } from './middleware/authenticate.js';
import { jsonBody } from './middleware/jsonBody.js';
import { preferCode } from './middleware/preferCode.js';
import { operationHandlers } from './operationHandlers.js';
import { sendProblem } from './sendProblem.js';

const READ_METHODS = new Set(['get', 'head', 'options']);

/** `/v2/ai-integrations/{integration_id}` to Express's `/v2/ai-integrations/:integration_id`. */
export function toExpressPath(template: string): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, ':$1');
}

/**
 * Registers one route per operation of the contract, with the pipeline it needs: Prefer code,
 * authentication, the write role for writes, the JSON body for operations that take one.
 */
export function routeContractOperations(router: Router, state: MockState): void {
  const contract: Contract = state.contract;
  const handlers = operationHandlers(state);
  const integrationVisible = (accountId: string, req: Request) => state.store.get(accountId, String(req.params.integration_id ?? '')).ok;
  for (const operation of contract.operations.values()) {
    const onItem = operation.parameters.some((p) => p.in === 'path');
    const pipeline = [
      preferCode(contract, operation),
      authenticate(contract, state.accounts),
      ...(READ_METHODS.has(operation.method) ? [] : [requireWriteRole(contract, onItem ? integrationVisible : undefined)]),
      ...(operation.requestBody ? jsonBody(contract) : []),
      handlers[operation.name](operation),
    ];
    router[operation.method as 'get' | 'post' | 'patch' | 'delete'](toExpressPath(operation.path), ...pipeline);
  }
  // Registered after the operations: a path of the contract reached with another method.
  const methodsByPath = new Map<string, string[]>();
  for (const operation of contract.operations.values()) methodsByPath.set(operation.path, [...(methodsByPath.get(operation.path) ?? []), operation.method.toUpperCase()]);
  for (const [path, methods] of methodsByPath) router.all(toExpressPath(path), methodNotAllowed(contract, path, methods));
}

/**
 * The other methods of a path of the contract: 405 with `Allow` (HEAD wherever GET is, as Express
 * answers it), before authentication; a plain OPTIONS (not a CORS preflight) gets 204 and `Allow`.
 */
export function methodNotAllowed(contract: Contract, path: string, methods: readonly string[]) {
  const allowed = [...new Set(methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]))), 'OPTIONS'].join(', ');
  return function methodNotAllowedMiddleware(req: Request, res: Response): void {
    res.setHeader('Allow', allowed);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    const method = req.method.length > 20 ? `${req.method.slice(0, 20)}…` : req.method;
    sendProblem(contract, req, res, { status: 405, detail: `${method} is not a method of ${path} (allowed: ${allowed}).` });
  };
}
