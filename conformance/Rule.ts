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
   * Into how many shards the rule splits (default 1): each shard runs the rule in a lane and context
   * of its own, with its share of --runs (a seed of its own derived from --seed) and its share of
   * the systematic cases (case k in shard k mod n, shardPlan.ts), and the shards run at once; their
   * results merge into the rule's one result. Only for a rule whose random runs are independent of
   * each other, and so are its systematic cases (a shared fixture is made once per shard). Its fixed
   * checks (ctx.check) run once, in shard 0; what it makes with ctx.setUp is made in every shard.
   */
  readonly shards?: number;
  /**
   * Throws a Violation (through ctx.property / ctx.check) when the target breaks the rule. Parts
   * that need a second key (ctx.otherApi) or --strict (ctx.strict) are left out with ctx.note.
   */
  run(ctx: RuleContext): Promise<void>;
}
