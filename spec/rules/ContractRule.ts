import type { OperationName } from '../editions/editions.js';
import type { RuleParams, RuleParamsById } from './ruleParams.js';
import type { RuleId } from '../types.generated.js';

/** Where a rule comes from: Arize's published material, or this project's own choice. */
export type RuleOrigin = 'fact' | 'decision';

/** One entry of an operation's `x-contract-rules`: a rule JSON Schema cannot express. */
export interface ContractRule<Id extends RuleId = RuleId> {
  readonly id: Id;
  /** The operation whose x-contract-rules declare it. */
  readonly operation: OperationName;
  /** The clause of spec/CONTRACT.md it encodes, e.g. "Update rule 3". */
  readonly contract: string;
  readonly origin: RuleOrigin;
  /** The status a request breaking the rule gets (2xx for rules about successful requests). */
  readonly status: number;
  /**
   * Where that status comes from. A fact may carry a status of the project's choosing (the 409 of
   * name-unique, the 400 of non-empty): a conformance kit then accepts any 4xx without --strict.
   * Defaults to the rule's origin.
   */
  readonly statusOrigin: RuleOrigin;
  /** The problem type slug of that status, for rules that reject. */
  readonly problem?: string;
  /** Only asserted by the conformance kit in strict mode (the project's decisions). */
  readonly strict: boolean;
  /** Resource or body fields the rule concerns. */
  readonly fields: readonly string[];
  readonly summary: string;
  readonly details?: string;
  /** What the conformance kit asserts of a target without --strict, where that differs from the rule as stated. */
  readonly kit?: string;
  readonly params: RuleParams<Id>;
}

/** The rules that carry param `P` (e.g. 'maxBytes': the two headers size limits). */
export type RuleWithParam<P extends string> = {
  [Id in keyof RuleParamsById]: P extends keyof RuleParamsById[Id] ? ContractRule<Id> : never;
}[keyof RuleParamsById];

/** Whether `rule` carries param `param`; narrows its params' type. */
export function hasParam<P extends string>(rule: ContractRule, param: P): rule is RuleWithParam<P> {
  return param in rule.params;
}

/** Whether `rule` is the rule `id`; narrows its params' type. */
export function isRule<Id extends RuleId>(rule: ContractRule, id: Id): rule is ContractRule<Id> {
  return rule.id === id;
}

/** The field the rule names at `index` (0 for its first); a TypeError when it names fewer. */
export function fieldAt(rule: ContractRule, index: number): string {
  const field = rule.fields[index];
  if (field === undefined) throw new TypeError(`rule ${rule.id} names ${rule.fields.length} fields, not ${index + 1}`);
  return field;
}
