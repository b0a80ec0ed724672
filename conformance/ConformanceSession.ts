import type { Contract } from '../spec/index.js';
import type { EditionChoice } from './editionChoice.js';
import type { Rule } from './Rule.js';
import type { CleanupResult, RuleResult } from './RuleResult.js';
import type { ScopingIds } from './RuleContext.js';
import { allRules } from './rules/index.js';
import type { ExchangeLog, RecordedExchange } from './transport/ExchangeLog.js';
import type { LaneGate } from './transport/LaneGate.js';
import type { RequestBudget } from './transport/RequestBudget.js';
import type { TransportStats } from './transport/TransportStats.js';
import { cleanUpRun } from './session/cleanup.js';
import { contractToSpeak, settleTarget, type SettledTarget } from './session/probes.js';
import { RunClients } from './session/RunClients.js';
import { RuleRunner } from './session/RuleRunner.js';
import {
  assertKnownRules,
  settleOptions,
  type ConformanceOptions,
  type Profile,
  type SettledOptions,
} from './session/options.js';

/**
 * One conformance run against one target: clients, safety (run prefix, tracker, clean-up) and
 * the rules. The CLI runner and the vitest suite both drive it.
 */
export class ConformanceSession {
  readonly runId: string;
  readonly prefix: string;
  readonly log: ExchangeLog;
  /** The 429s met and the time waited for them, over every client of the run. */
  readonly stats: TransportStats;
  readonly budget: RequestBudget;
  /** How many rules may have requests in flight at once (lowered while the target answers 429). */
  readonly gate: LaneGate;
  readonly seed: number;
  readonly runs: number;
  readonly profile: Profile;
  readonly concurrency: number;
  readonly strict: boolean;
  /** The organization and space ids the scopings may name (empty: account-wide scopings only). */
  readonly scopingIds: ScopingIds;
  /** The contract the run speaks: in the edition settled on when the session opened. */
  readonly contract: Contract;
  /** The edition the run speaks, and how the kit knew (given and confirmed, or detected). */
  readonly edition: EditionChoice;
  private closed: Promise<CleanupResult> | undefined;
  private readonly runner: RuleRunner;

  private constructor(
    private readonly run: RunClients,
    private readonly target: SettledTarget,
    readonly options: SettledOptions,
  ) {
    this.runId = run.runId;
    this.prefix = run.prefix;
    this.log = run.log;
    this.stats = run.stats;
    this.budget = run.budget;
    this.gate = run.gate;
    this.seed = options.seed;
    this.runs = options.runs;
    this.profile = options.profile;
    this.concurrency = options.concurrency;
    this.strict = options.strict;
    this.scopingIds = options.scopingIds;
    this.contract = target.contract;
    this.edition = target.edition;
    this.runner = new RuleRunner(run, target.contract, options);
  }

  /**
   * Checks the options, loads the contract, and makes sure the target answers, accepts the key(s),
   * speaks the edition asked for (or works out which one it speaks), lets each key create and delete
   * an integration, and accepts the scoping ids if any were given (settleTarget). Whatever the probes
   * created is deleted, also when one of them fails (a SetupError).
   */
  static async open(given: ConformanceOptions): Promise<ConformanceSession> {
    const options = settleOptions(given);
    const contract = await contractToSpeak(options.contract, options.edition);
    const run = new RunClients(options);
    const target = await settleTarget(run, contract, options.edition, options.scopingIds);
    return new ConformanceSession(run, target, options);
  }

  /** The rules to run, in registry order; unknown ids are a SetupError. */
  selectRules(ids: readonly string[] = this.options.rules): Rule[] {
    if (ids.length === 0) return [...allRules];
    assertKnownRules(ids);
    return allRules.filter((r) => ids.includes(r.id));
  }

  clauseOf(rule: Rule): string {
    return this.runner.clauseOf(rule);
  }

  /** Every exchange of the run so far: the setup's, then each rule's in registry order (the order a one-at-a-time run makes them in). */
  exchangesBefore(index: number): RecordedExchange[] {
    return this.runner.exchangesBefore(index);
  }

  /** Requests recorded over the run: the setup's, every rule's, the clean-up's. */
  get requests(): number {
    return this.runner.requests;
  }

  /** Stops the rules in flight (their requests end as interrupted); clean-up still runs. */
  stop(): void {
    this.run.stopping.abort();
  }

  /**
   * Runs one rule in a lane of its own (RuleRunner): rules running at the same time do not see each
   * other's requests, and a rule gives the same result whichever rules run beside it.
   */
  runRule(rule: Rule): Promise<RuleResult> {
    return this.runner.runRule(rule);
  }

  /**
   * Deletes everything this run created: the tracked ids, then anything still named with the run
   * prefix (a create whose answer was lost). Safe to call more than once; runs only once.
   */
  close(): Promise<CleanupResult> {
    this.closed ??= cleanUpRun(this.run, this.target);
    return this.closed;
  }
}
