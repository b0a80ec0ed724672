import type { ValidationIssue } from '../../spec/index.js';

/**
 * Why an operation of the store was refused. The status comes from the contract rule that was
 * broken (e.g. rule('name-unique').status), so the HTTP layer only has to write it down.
 */
export interface Failure {
  readonly status: number;
  /** The contract rule broken, when one applies (e.g. `name-unique`). */
  readonly rule?: string;
  readonly detail: string;
  /** The offending fields, for validation failures. */
  readonly errors?: readonly ValidationIssue[];
}

/** What every store operation returns: refusals are values, never thrown strings. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail(failure: Failure): { readonly ok: false; readonly failure: Failure } {
  return { ok: false, failure };
}

/**
 * Status of a request the contract calls invalid without naming a rule (malformed id, cursor or
 * JSON). The spec's InvalidRequest response; there is no rule object to read it from.
 */
export const INVALID_REQUEST = 400;
