import type { Request, Response } from 'express';
import type { OperationContract, OperationName } from '../../spec/index.js';
import type { ListQuery, Result } from '../core/index.js';
import type { MockState } from '../MockState.js';
import { principalOf } from './middleware/authenticate.js';
import { sendProblem } from './sendProblem.js';

type Handler = (req: Request, res: Response) => void;

/**
 * One handler per operation of the contract. Each validates the path and query with the
 * contract's parameter validator (which also fills defaults such as limit=50), calls the store,
 * and writes its Result: the value with the operation's success status, or a problem.
 */
export function operationHandlers(state: MockState): Record<OperationName, (operation: OperationContract) => Handler> {
  const send = <T>(req: Request, res: Response, result: Result<T>, status: number) => {
    if (!result.ok) sendProblem(state.contract, req, res, result.failure);
    else if (result.value === undefined) res.status(status).end();
    else res.status(status).json(result.value);
  };
  /** The validated parameters, or undefined once a 400 has been sent. */
  const parameters = (operation: OperationContract, req: Request, res: Response) => {
    const values = {
      path: Object.fromEntries(Object.entries(req.params)),
      query: Object.fromEntries(Object.entries(req.query as Record<string, unknown>)),
    };
    const issues = operation.validateParameters(values);
    if (issues.length === 0) return values as { path: Record<string, string>; query: Record<string, unknown> };
    const summary = issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ');
    sendProblem(state.contract, req, res, { status: 400, detail: `Invalid request parameters: ${summary}.`, errors: issues });
    return undefined;
  };
  const integrationId = (values: { path: Record<string, string> }) => values.path.integration_id ?? '';
  const accountOf = (res: Response) => principalOf(res).accountId;

  return {
    list: (operation) => (req, res) => {
      const values = parameters(operation, req, res);
      if (values) send(req, res, state.store.list(accountOf(res), values.query as unknown as ListQuery), 200);
    },
    create: (operation) => (req, res) => {
      if (!parameters(operation, req, res)) return;
      const principal = principalOf(res);
      send(req, res, state.store.create(principal.accountId, req.body, principal.userId), 201);
    },
    get: (operation) => (req, res) => {
      const values = parameters(operation, req, res);
      if (values) send(req, res, state.store.get(accountOf(res), integrationId(values)), 200);
    },
    update: (operation) => (req, res) => {
      const values = parameters(operation, req, res);
      if (values) send(req, res, state.store.update(accountOf(res), integrationId(values), req.body), 200);
    },
    delete: (operation) => (req, res) => {
      const values = parameters(operation, req, res);
      if (values) send(req, res, state.store.delete(accountOf(res), integrationId(values)), 204);
    },
  };
}
