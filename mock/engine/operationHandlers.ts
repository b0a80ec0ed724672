import type { OperationContract, OperationName } from '../../spec/index.js';
import type { Principal } from '../config/index.js';
import type { ListQuery, Result } from '../core/index.js';
import type { MockState } from '../MockState.js';
import type { ProblemSpec } from './MockExchange.js';
import { parseQuery } from './parseQuery.js';

/** An operation's path and query parameters, validated by the contract (defaults such as limit=50 filled in). */
export interface OperationParameters {
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
}

/** What an operation's handler is given once the pipeline before it has passed. */
export interface OperationInput extends OperationParameters {
  readonly principal: Principal;
  /** The parsed body, for operations that take one (undefined when none was sent). */
  readonly body: unknown;
}

/** A handler's answer: the store's JSON text (undefined for none) with the operation's success status, or a problem. */
export type OperationOutcome = { readonly status: number; readonly json: string | undefined } | { readonly problem: ProblemSpec };

export type OperationHandler = (input: OperationInput) => OperationOutcome;

/** The path and query validated with the contract's parameter validator, or the 400 to answer. */
export function validParameters(operation: OperationContract, pathParams: Readonly<Record<string, string>>, query: string): OperationParameters | { readonly problem: ProblemSpec } {
  const values = { path: { ...pathParams }, query: Object.fromEntries(Object.entries(parseQuery(query))) };
  const issues = operation.validateParameters(values);
  if (issues.length === 0) return values;
  const summary = issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ');
  return { problem: { status: 400, detail: `Invalid request parameters: ${summary}.`, errors: issues } };
}

/** One handler per operation of the contract: it calls the store and returns its Result as an outcome. */
export function operationHandlers(state: MockState): Record<OperationName, OperationHandler> {
  const outcome = (result: Result<string | void>, status: number): OperationOutcome => (result.ok ? { status, json: result.value ?? undefined } : { problem: result.failure });
  const integrationId = (input: OperationInput) => input.path.integration_id ?? '';
  return {
    list: (input) => outcome(state.store.json.list(input.principal.accountId, input.query as unknown as ListQuery), 200),
    create: (input) => outcome(state.store.json.create(input.principal.accountId, input.body, input.principal.userId), 201),
    get: (input) => outcome(state.store.json.get(input.principal.accountId, integrationId(input)), 200),
    update: (input) => outcome(state.store.json.update(input.principal.accountId, integrationId(input), input.body), 200),
    delete: (input) => outcome(state.store.delete(input.principal.accountId, integrationId(input)), 204),
  };
}
