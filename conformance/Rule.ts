import type { RuleContext } from './RuleContext.js';

/** What a rule needs beyond the main account: a second account's key, or strict mode. */
export type Requirement = 'otherApiKey' | 'strict';

/** One conformance rule: a file in rules/, listed in rules/index.ts. */
export interface Rule {
  /** Kit rule id, e.g. `replace-all` (what --rules selects). */
  readonly id: string;
  readonly title: string;
  /** The spec rules (x-contract-rules ids) it checks; their contract clauses are read from the spec. */
  readonly clause: readonly string[];
  /** The contract clause in words, when no spec rule covers it (e.g. response schemas). */
  readonly contractText?: string;
  readonly requires?: readonly Requirement[];
  /** Throws a Violation (through ctx.property / ctx.check) when the target breaks the rule. */
  run(ctx: RuleContext): Promise<void>;
}
