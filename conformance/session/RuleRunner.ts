import type { Contract } from '../../spec/index.js';
import type { ConformanceFailure } from '../ConformanceFailure.js';
import { IntegrationsApi } from '../IntegrationsApi.js';
import type { NameFactory } from '../NameFactory.js';
import { plural } from '../reports/plural.js';
import type { Rule } from '../Rule.js';
import { RuleContext, RuleFailed } from '../RuleContext.js';
import type { RuleOutcome, RuleResult } from '../RuleResult.js';
import { allRules } from '../rules/index.js';
import type { ResourceTracker } from '../safety/ResourceTracker.js';
import { shardsOf, type Shard } from '../shardPlan.js';
import { ExchangeLog, type RecordedExchange } from '../transport/ExchangeLog.js';
import { SetupError, TargetError } from '../transport/TargetError.js';
import { TransportStats } from '../transport/TransportStats.js';
import type { SettledOptions } from './options.js';
import type { RunClients } from './RunClients.js';

/** How many of what a rule leaves behind are deleted at once when it ends. */
const CLEANUP_BATCH = 8;

/** One lane a rule runs in (the rule's, or one shard's), and how it ended. */
interface RulePart {
  readonly ctx: RuleContext;
  readonly log: ExchangeLog;
  readonly tracker: ResourceTracker;
  readonly api: IntegrationsApi;
  readonly otherApi: IntegrationsApi | undefined;
  outcome: Exclude<RuleOutcome, 'flaky' | 'skipped'>;
  failure?: ConformanceFailure;
  reason?: string;
  /** The run cannot go on: thrown out of runRule once every shard has ended. */
  setupError?: SetupError;
}

/** Runs the rules of one run, each in lanes of its own, and keeps each rule's exchanges. */
export class RuleRunner {
  /** Each rule's exchanges, by its index in the registry: the run's exchanges in registry order whatever order the rules ran in. */
  private readonly ruleLogs = new Map<number, ExchangeLog>();

  constructor(
    private readonly run: RunClients,
    private readonly contract: Contract,
    private readonly options: SettledOptions,
  ) {}

  clauseOf(rule: Rule): string {
    // Rules sharing a clause are grouped: "Update rule 6 (replace-all, headers-replace)".
    const byClause = new Map<string, string[]>();
    for (const id of rule.clause) {
      const clause = this.contract.rule(id).contract;
      byClause.set(clause, [...(byClause.get(clause) ?? []), id]);
    }
    const clauses = [...byClause].map(([clause, ids]) => `${clause} (${ids.join(', ')})`);
    if (rule.contractText) clauses.push(rule.contractText);
    return clauses.join('; ');
  }

  /** Every exchange of the run so far: the setup's, then each rule's in registry order (the order a one-at-a-time run makes them in). */
  exchangesBefore(index: number): RecordedExchange[] {
    const logs = [...this.ruleLogs].filter(([i]) => i < index).sort(([a], [b]) => a - b);
    return [...this.run.log.own(), ...logs.flatMap(([, log]) => log.own())];
  }

  /** Requests recorded over the run: the setup's, every rule's, the clean-up's. */
  get requests(): number {
    let count = this.run.log.count;
    for (const log of this.ruleLogs.values()) count += log.count;
    return count;
  }

  /**
   * Runs one rule with what is its own: its exchange log, its names, its integrations' scopes and
   * figures, so that rules running at the same time do not see each other's requests, and a rule
   * gives the same result whichever rules run beside it. A sharded rule (Rule.shards) runs in
   * several such lanes at once, merged into its one result.
   */
  async runRule(rule: Rule): Promise<RuleResult> {
    const clause = this.clauseOf(rule);
    const started = performance.now();
    const known = allRules.indexOf(rule);
    const index = known >= 0 ? known : allRules.length + this.ruleLogs.size;
    const names = this.run.names.forRule(index);
    const stats = new TransportStats(this.run.stats);
    // A sharded rule's random runs and systematic cases split into shards that run at once (one after another at --concurrency 1).
    const parts = shardsOf(rule).map((shard) =>
      this.ruleLane(
        rule,
        index,
        clause,
        shard === undefined || shard.index === 0 ? names : names.forShard(shard.index),
        stats,
        shard,
      ),
    );
    if (this.options.concurrency === 1) for (const part of parts) await this.runPart(rule, part);
    else await Promise.all(parts.map((part) => this.runPart(rule, part)));
    const stopped = parts.find((p) => p.setupError);
    if (stopped) throw stopped.setupError;
    // The rule's one result: figures summed, the failure (or error) an unsplit run would meet first (the
    // earliest systematic case, else the lowest-numbered shard), whatever order the shards ended in.
    const [first, ...others] = parts.map((p) => p.ctx);
    if (!first) throw new Error(`rule ${rule.id} ran in no lane (shardsOf gives one at least)`);
    const { coverage } = first;
    for (const ctx of others) coverage.absorb(ctx.coverage);
    const flaky = parts.flatMap((p) => p.ctx.flaky);
    // The failure an unsplit run meets first (the earliest failing case); a failure or error found in
    // one shard outweighs another shard's interruption.
    const ended = parts.filter((p) => p.outcome !== 'passed').sort((a, b) => a.ctx.stoppedAt - b.ctx.stoppedAt);
    const failing = ended.find((p) => p.outcome !== 'interrupted') ?? ended[0];
    const outcome: RuleOutcome = failing?.outcome ?? (flaky.length > 0 ? 'flaky' : 'passed');
    const reason =
      failing?.reason ??
      (flaky.length > 0 ? `${plural(flaky.length, 'failure')} did not reproduce when replayed` : undefined);
    return {
      rule: rule.id,
      title: rule.title,
      clause,
      outcome,
      ...(reason === undefined ? {} : { reason }),
      notes: RuleContext.notesOf(parts.map((p) => p.ctx)),
      durationMs: Math.round(performance.now() - started),
      requests: parts.reduce((sum, p) => sum + p.log.count, 0),
      ...(failing?.failure ? { failure: failing.failure } : {}),
      ...(flaky.length > 0 ? { flaky } : {}),
      ...(stats.retries > 0 ? { retries: { ...stats.resent } } : {}),
      coverage: coverage.report(parts.flatMap((p) => p.log.since(1))),
    };
  }

  /**
   * A rule's (or one shard's) own lane: its exchange log, its names, its integrations' scopes, so
   * that rules running at the same time do not see each other's requests.
   */
  private ruleLane(
    rule: Rule,
    index: number,
    clause: string,
    names: NameFactory,
    stats: TransportStats,
    shard: Shard | undefined,
  ): RulePart {
    // Each shard's log comes after the rule's earlier shards' in the run's order, and sees only the exchanges of the rules before.
    const log = new ExchangeLog(() => this.exchangesBefore(index));
    this.ruleLogs.set(shard === undefined ? index : index + shard.index / shard.of, log);
    const lane = this.run.gate.lane();
    const tracker = this.run.tracker.lane();
    const api = new IntegrationsApi(this.run.primary.withLog(log, stats, lane), tracker, names, this.contract);
    const otherApi = this.run.other
      ? new IntegrationsApi(this.run.other.withLog(log, stats, lane), tracker, names, this.contract)
      : undefined;
    const ctx = new RuleContext({
      contract: this.contract,
      api,
      ...(otherApi ? { otherApi } : {}),
      anonymous: this.run.anonymous.withLog(log, stats, lane),
      tracker,
      names,
      log,
      redactor: this.run.redactor,
      strict: this.options.strict,
      runs: this.options.runs,
      seed: this.options.seed,
      // The rules beside it share the kit's one thread and the target: a property's time limit is
      // its own share, so that running at once does not cut properties short that one at a time would finish.
      propertyTimeMs: this.options.propertyTimeMs * this.options.concurrency,
      maxShrinkRequests: this.options.maxShrinkRequests,
      rule: { id: rule.id, clause },
      scopingIds: this.options.scopingIds,
      ...(shard === undefined ? {} : { shard }),
    });
    return { ctx, log, tracker, api, otherApi, outcome: 'passed' };
  }

  /** Runs the rule in one lane and records how it ended; what it created outside its checks (ctx.setUp) is deleted when it ends. */
  private async runPart(rule: Rule, part: RulePart): Promise<void> {
    const { ctx, tracker, api, otherApi } = part;
    tracker.beginScope();
    try {
      await rule.run(ctx);
    } catch (error) {
      if (error instanceof RuleFailed) {
        part.outcome = 'failed';
        part.failure = error.failure;
        part.reason = error.failure.message;
      } else if (error instanceof SetupError) {
        // The run cannot go on (e.g. a 403 the rule cannot explain): the rule's other shards stop now, the caller cleans up and stops.
        this.run.stopping.abort();
        part.setupError = new SetupError(this.run.redactor.text(error.message), { cause: error });
        part.outcome = 'error';
      } else if (error instanceof TargetError && error.kind === 'interrupted' && this.options.signal?.aborted) {
        // Stopped by the run's signal, not by the target: neither an error of the target nor a verdict.
        part.outcome = 'interrupted';
        part.reason = 'interrupted while it ran';
      } else if (error instanceof TargetError) {
        const where = error.request ? ` (${this.run.redactor.text(error.request)})` : '';
        part.outcome = 'error';
        part.reason = `target ${error.kind}: ${this.run.redactor.text(error.message)}${where}`;
      } else {
        const message = error instanceof Error ? error.message : String(error);
        part.outcome = 'error';
        part.reason = `the kit failed: ${this.run.redactor.text(message)}`;
      }
    } finally {
      // A few at a time: a rule's fixture of tens of integrations goes in a few round trips.
      const leftovers = tracker.endScope();
      for (let i = 0; i < leftovers.length; i += CLEANUP_BATCH)
        await Promise.all(
          leftovers.slice(i, i + CLEANUP_BATCH).map(({ id, account }) => {
            const owner = account === 'other' ? otherApi : api;
            return owner?.delete(id, true).catch(() => undefined);
          }),
        );
    }
  }
}
