import type { RuleId } from '../spec/index.js';
import type { RuleContext } from './RuleContext.js';

export type RuleSchedule = 'concurrent' | 'alone' | 'last';

/** One conformance rule: a file in rules/, listed in rules/index.ts. */
export interface Rule {
  /** Kit rule id, e.g. `replace-all` (what --rules selects). */
  readonly id: string;
  readonly title: string;
  /** The spec rules (x-contract-rules ids) it checks; their contract clauses are read from the spec. */
  readonly clause: readonly RuleId[];
  /** The contract clause in words, when no spec rule covers it (e.g. response schemas). */
  readonly contractText?: string;
  /**
   * When the rule may run beside others (default `concurrent`). `alone`: it reads what the account
   * holds as a whole (listings that other rules' integrations would change), so no other rule runs
   * meanwhile. `last`: it judges the exchanges of the whole run, so it starts once every other
   * rule has ended.
   */
  readonly schedule?: RuleSchedule;
  /**
   * Throws a Violation (through ctx.property / ctx.check) when the target breaks the rule. Parts
   * that need a second key (ctx.otherApi) or --strict (ctx.strict) are left out with ctx.note.
   */
  run(ctx: RuleContext): Promise<void>;
}
