import type { Request, Router } from 'express';
import type { Contract } from '../../spec/index.js';
import type { MockState } from '../MockState.js';
import { authenticate, requireWriteRole } from './middleware/authenticate.js';
import { jsonBody } from './middleware/jsonBody.js';
import { preferCode } from './middleware/preferCode.js';
import { operationHandlers } from './operationHandlers.js';

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
}
