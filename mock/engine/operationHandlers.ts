import type { OperationContract, OperationName } from '../../spec/index.js';
import type { Principal } from '../config/index.js';
import type { ListQuery, Result } from '../core/index.js';
import type { MockState } from '../MockState.js';
import type { ProblemSpec } from './MockExchange.js';
import { parseQuery } from './parseQuery.js';

/** What an operation's handler is given once the pipeline before it has passed. */
export interface OperationInput {
  readonly principal: Principal;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: string;
  /** The parsed body, for operations that take one (undefined when none was sent). */
  readonly body: unknown;
}

/** A handler's answer: the store's JSON text (undefined for none) with the operation's success status, or a problem. */
export type OperationOutcome = { readonly status: number; readonly json: string | undefined } | { readonly problem: ProblemSpec };

export type OperationHandler = (input: OperationInput) => OperationOutcome;

/**
 * One handler per operation of the contract. Each validates the path and query with the
 * contract's parameter validator (which also fills defaults such as limit=50), calls the store,
 * and returns its Result as an outcome.
 */
export function operationHandlers(state: MockState): Record<OperationName, (operation: OperationContract) => OperationHandler> {
  const outcome = (result: Result<string | void>, status: number): OperationOutcome => (result.ok ? { status, json: result.value ?? undefined } : { problem: result.failure });
  /** The validated parameters, or the 400 to answer. */
  const parameters = (operation: OperationContract, input: OperationInput) => {
    const values = { path: { ...input.pathParams }, query: Object.fromEntries(Object.entries(parseQuery(input.query))) };
    const issues = operation.validateParameters(values);
    if (issues.length === 0) return values as { path: Record<string, string>; query: Record<string, unknown> };
    const summary = issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ');
    return { problem: { status: 400, detail: `Invalid request parameters: ${summary}.`, errors: issues } };
  };
  const integrationId = (values: { path: Record<string, string> }) => values.path.integration_id ?? '';

  return {
    list: (operation) => (input) => {
      const values = parameters(operation, input);
      if ('problem' in values) return values;
      return outcome(state.store.json.list(input.principal.accountId, values.query as unknown as ListQuery), 200);
    },
    create: (operation) => (input) => {
      const values = parameters(operation, input);
      if ('problem' in values) return values;
      return outcome(state.store.json.create(input.principal.accountId, input.body, input.principal.userId), 201);
    },
    get: (operation) => (input) => {
      const values = parameters(operation, input);
      if ('problem' in values) return values;
      return outcome(state.store.json.get(input.principal.accountId, integrationId(values)), 200);
    },
    update: (operation) => (input) => {
      const values = parameters(operation, input);
      if ('problem' in values) return values;
      return outcome(state.store.json.update(input.principal.accountId, integrationId(values), input.body), 200);
    },
    delete: (operation) => (input) => {
      const values = parameters(operation, input);
      if ('problem' in values) return values;
      return outcome(state.store.delete(input.principal.accountId, integrationId(values)), 204);
    },
  };
}
