import type { OperationContract, OperationName, OperationParameters } from '../../spec/index.js';
import type { Principal } from '../config/index.js';
import type { MaybePromise, Result } from '../core/index.js';
import type { ServedState } from '../ServedState.js';
import type { ProblemSpec } from './MockExchange.js';
import { parseQuery } from './parseQuery.js';

/** An operation's path and query parameters, validated by the contract (defaults such as limit=50 filled in). */
export type ValidParameters<N extends OperationName> = Readonly<OperationParameters[N]>;

/** What an operation's handler is given once the pipeline before it has passed. */
export type OperationInput<N extends OperationName> = ValidParameters<N> & {
  readonly principal: Principal;
  /** The parsed body, for operations that take one (undefined when none was sent). */
  readonly body: unknown;
};

/** A handler's answer: the store's JSON text (undefined for none) with the operation's success status, or a problem. */
export type OperationOutcome =
  | { readonly status: number; readonly json: string | undefined }
  | { readonly problem: ProblemSpec };

export type OperationHandler<N extends OperationName> = (input: OperationInput<N>) => MaybePromise<OperationOutcome>;

/** The handler of each operation. */
export type OperationHandlers = { readonly [N in OperationName]: OperationHandler<N> };

/** The path and query validated with the contract's parameter validator, or the 400 to answer. */
export function validParameters<N extends OperationName>(
  operation: OperationContract & { readonly name: N },
  pathParams: Readonly<Record<string, string>>,
  query: string,
): ValidParameters<N> | { readonly problem: ProblemSpec } {
  const values = { path: { ...pathParams }, query: Object.fromEntries(Object.entries(parseQuery(query))) };
  const issues = operation.validateParameters(values);
  // The validator has checked, coerced and defaulted the values against the operation's parameters, the ones OperationParameters is generated from.
  if (issues.length === 0) return values as unknown as ValidParameters<N>;
  const summary = issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ');
  return { problem: { status: 400, detail: `Invalid request parameters: ${summary}.`, errors: issues } };
}

/** One handler per operation of the contract: it calls the store and returns its Result as an outcome. */
export function operationHandlers(state: ServedState): OperationHandlers {
  // A store's JSON text, or no body (delete).
  const settled = (result: Result<string> | Result<void>, status: number): OperationOutcome =>
    result.ok
      ? { status, json: typeof result.value === 'string' ? result.value : undefined }
      : { problem: result.failure };
  // The in-memory store answers at once and stays on a synchronous path; a shared store's promise is mapped.
  const outcome = (
    result: MaybePromise<Result<string> | Result<void>>,
    status: number,
  ): MaybePromise<OperationOutcome> =>
    result instanceof Promise ? result.then((value) => settled(value, status)) : settled(result, status);
  return {
    list: (input) => outcome(state.store.json.list(input.principal.accountId, input.query), 200),
    create: (input) =>
      outcome(state.store.json.create(input.principal.accountId, input.body, input.principal.userId), 201),
    get: (input) => outcome(state.store.json.get(input.principal.accountId, input.path.integration_id), 200),
    update: (input) =>
      outcome(state.store.json.update(input.principal.accountId, input.path.integration_id, input.body), 200),
    delete: (input) => outcome(state.store.delete(input.principal.accountId, input.path.integration_id), 204),
  };
}
