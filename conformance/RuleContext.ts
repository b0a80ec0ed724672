import fc from 'fast-check';
import type { ScopingIds } from '../generators/index.js';
import { contractModel, type Contract, type ContractModel } from '../spec/index.js';
import type { Combination } from './combinations/Combination.js';
import { RuleCoverage } from './combinations/RuleCoverage.js';
import { plural } from './reports/plural.js';
import type { Comparison } from './expect.js';
import type { ConformanceFailure, FailureRequest } from './ConformanceFailure.js';
import type { IntegrationsApi } from './IntegrationsApi.js';
import type { NameFactory } from './NameFactory.js';
import type { ResourceTracker } from './safety/ResourceTracker.js';
import { holdsCase, shareOfRuns, type Shard } from './shardPlan.js';
import { reproductionScript } from './transport/curl.js';
import type { ExchangeLog, RecordedExchange } from './transport/ExchangeLog.js';
import type { HttpClient } from './transport/HttpClient.js';
import type { Redactor } from './transport/Redactor.js';
import { SetupError, TargetError } from './transport/TargetError.js';
import { Violation } from './Violation.js';

/** How often a failure is replayed before it is called flaky (issue: replayed 3 times). */
export const REPLAYS = 3;

/** Thrown out of a rule when one of its checks failed and reproduced. */
export class RuleFailed extends Error {
  override readonly name = 'RuleFailed';
  constructor(readonly failure: ConformanceFailure) {
    super(failure.message);
  }
}

export interface RuleContextOptions {
  readonly contract: Contract;
  readonly api: IntegrationsApi;
  readonly otherApi?: IntegrationsApi;
  /** A client without credentials, for the 401 checks (it records as `anonymous`). */
  readonly anonymous: HttpClient;
  readonly tracker: ResourceTracker;
  readonly names: NameFactory;
  readonly log: ExchangeLog;
  readonly redactor: Redactor;
  readonly strict: boolean;
  readonly runs: number;
  readonly seed: number;
  /** Longest a property may run (generation and shrinking) before it stops with what it has. */
  readonly propertyTimeMs: number;
  /** Most requests shrinking one failure may cost before the smallest case so far is reported. */
  readonly maxShrinkRequests: number;
  readonly rule: { id: string; clause: string };
  /**
   * Real organization and space ids of the account (--organization-id, --space-id). Without them
   * the kit sends account-wide scopings only: a server may refuse ids it does not know.
   */
  readonly scopingIds?: ScopingIds;
  /** The shard this context runs of a sharded rule (absent: the whole rule). */
  readonly shard?: Shard;
}

export type { Shard };

/** Organization and space ids a target is known to accept in scopings (the generators' option). */
export type { ScopingIds };

/** One combination of a rule's systematic phase, and the values that exercise it. */
export interface SystematicCase<T> {
  readonly combination: Combination;
  readonly arbitrary: fc.Arbitrary<T>;
  /** Its check on the shared fixture may not wait for verify(): what earlier cases deferred is verified before it, and it after. */
  readonly alone?: boolean;
}

/**
 * A fixture the passing cases of a systematic phase share (e.g. one integration that takes every
 * invalid PATCH in turn), made on first use and deleted when the phase ends. A case that fails is
 * shrunk and replayed on fresh state of its own (the predicate then gets no fixture).
 */
export interface SharedFixture<S> {
  make(): Promise<S>;
  /**
   * The final check of the cases whose predicate answered 'deferred' on the fixture (e.g. one GET
   * that must show the integration unchanged after several refused PATCHes), made after `batch`
   * of them. When it fails, each case of the batch is checked again alone on fresh state, so the
   * failure names the case at fault.
   */
  verify?(shared: S): Promise<void>;
  /** How many deferred cases one verify() checks (default 1). */
  readonly batch?: number;
}

/** What a rule gets: the target's endpoints per account, options, and the ways to check. */
export class RuleContext {
  readonly contract: Contract;
  readonly api: IntegrationsApi;
  readonly otherApi: IntegrationsApi | undefined;
  readonly anonymous: HttpClient;
  readonly names: NameFactory;
  readonly log: ExchangeLog;
  readonly strict: boolean;
  readonly runs: number;
  readonly seed: number;
  readonly scopingIds: ScopingIds;
  /** The oracle: what the contract says each request does. */
  readonly model: ContractModel;
  /** How this run compares integrations: by meaning, lists in order only with --strict. */
  readonly compare: Comparison;
  /** What the rule exercised: the combinations of its systematic phase, invalid bodies, nulls, boundaries. */
  readonly coverage: RuleCoverage;
  private readonly remarks: string[] = [];
  /** What the rule counts to report once, summed over its shards: key → the count and how to word it. */
  private readonly tallies = new Map<string, Tally>();
  /** Systematic cases handed out so far, over the rule's systematic phases: where the next phase's cases start. */
  private systematicCases = 0;
  /** The position of the systematic case (or of the earliest case of a batch) the rule stopped at, if it did. */
  private stoppedAtCase: number | undefined;
  /** Failures that did not reproduce. */
  readonly flaky: ConformanceFailure[] = [];
  /** A failure that stops the rule (and, for a SetupError, the run): never shrunk or replayed. */
  private fatal: TargetError | SetupError | undefined;

  constructor(private readonly options: RuleContextOptions) {
    this.contract = options.contract;
    this.api = options.api;
    this.otherApi = options.otherApi;
    this.anonymous = options.anonymous;
    this.names = options.names;
    this.log = options.log;
    this.strict = options.strict;
    this.runs = options.runs;
    this.seed = options.seed;
    this.scopingIds = options.scopingIds ?? {};
    this.model = contractModel(options.contract);
    this.compare = { contract: options.contract, strict: options.strict };
    this.coverage = new RuleCoverage(options.contract);
  }

  /** Remarks for the report: parts left out (no second key, no --strict) and what the target refused where the facts are silent. */
  get notes(): string[] {
    return RuleContext.notesOf([this]);
  }

  /**
   * The notes of one rule run in several contexts (its shards, in shard order): each remark once,
   * then each tally with its counts summed, so the rule reports what it would report unsplit.
   */
  static notesOf(contexts: readonly RuleContext[]): string[] {
    const remarks = new Set(contexts.flatMap((ctx) => ctx.remarks));
    const tallies = new Map<string, Tally>();
    for (const ctx of contexts)
      for (const [key, { count, describe }] of ctx.tallies)
        tallies.set(key, { count: (tallies.get(key)?.count ?? 0) + count, describe });
    return [...remarks, ...[...tallies.values()].map(({ count, describe }) => describe(count))];
  }

  note(text: string): void {
    if (!this.remarks.includes(text)) this.remarks.push(text);
  }

  /** Counts one more of something the rule reports once as a note, worded by `describe` from the total (over its shards too). */
  tally(key: string, describe: (count: number) => string): void {
    this.tallies.set(key, { count: (this.tallies.get(key)?.count ?? 0) + 1, describe });
  }

  /** Counts a request the target refused where only strict decisions say it should succeed. */
  refusedWhereSilent(silent: readonly string[]): void {
    for (const rule of silent)
      this.tally(
        `refused where silent: ${rule}`,
        (count) =>
          `${plural(count, 'request')} resting on ${rule} (a project decision; the public facts are silent) got a 4xx that changed nothing: accepted without --strict`,
      );
  }

  /**
   * Checks a property over generated values with fast-check (`numRuns` = --runs, seed = --seed).
   * Integrations created during one run of the predicate are deleted after it. A failure is shrunk,
   * then replayed up to 3 times: reproduced, it throws RuleFailed; never reproduced, it is flaky.
   */
  async property<Ts extends [unknown, ...unknown[]]>(
    check: string,
    arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
    predicate: (...args: Ts) => Promise<void>,
    options: { numRuns?: number } = {},
  ): Promise<void> {
    const run = (...args: Ts) => this.isolated(() => predicate(...args));
    const numRuns = options.numRuns ?? this.runs;
    const shard = this.options.shard;
    if (!shard) return this.checkProperty(check, arbitraries, run, run, { numRuns, seed: this.seed });
    // Its share of the runs, from a seed of its own.
    const share = shareOfRuns(numRuns, shard);
    if (share > 0)
      await this.checkProperty(check, arbitraries, run, run, {
        numRuns: share,
        seed: shardSeed(this.seed, shard.index),
      });
  }

  /**
   * Where the rule stopped, in the order an unsplit rule runs: at systematic case p, 2p + 1; anywhere
   * else, 2n with n the systematic cases handed out by then (after those, before the next phase's).
   * Of a sharded rule's failures, the earliest by it is the one an unsplit run would meet first.
   */
  get stoppedAt(): number {
    return this.stoppedAtCase === undefined ? 2 * this.systematicCases : 2 * this.stoppedAtCase + 1;
  }

  /** Whether this context runs what a rule does once (its fixed checks): not in shards after the first. */
  private get once(): boolean {
    return (this.options.shard?.index ?? 0) === 0;
  }

  /**
   * The systematic phase of a rule: every case in order, one generated value each (its own seed,
   * derived from --seed and the combination, so the same seed gives the same run), before any
   * random exploration. In a shard, only the shard's cases (holdsCase), while every shard plans
   * them all, so the merged coverage is the rule's. A failing case is shrunk within its combination
   * and replayed like a property's failure, and stops the rule (in a shard: the shard); every case
   * that ran is covered in the rule's coverage.
   * With `shared`, the cases run on one fixture while they pass (fewer requests); a failing one is
   * checked again, shrunk and replayed on fresh state (the predicate gets `undefined`). On the
   * fixture, a predicate may answer 'deferred' to leave its final check to `shared.verify`.
   */
  async systematic<T, S = never>(
    check: string,
    cases: readonly SystematicCase<T>[],
    // Answers 'deferred' to leave its final check to verify(); any other answer (none) means checked.
    predicate: (value: T, shared: S | undefined) => Promise<unknown>,
    options: { shared?: SharedFixture<S> } = {},
  ): Promise<void> {
    const start = this.systematicCases;
    this.systematicCases += cases.length;
    for (const c of cases) this.coverage.plan(c.combination);
    const positionOf = new Map(cases.map((c, k) => [c, start + k]));
    const mine = cases.filter((_, k) => holdsCase(this.options.shard, start + k));
    if (mine.length === 0) return;
    // The earliest case not yet judged for good: where the phase stopped if it stops.
    let open: SystematicCase<T> | undefined;
    const tracker = this.options.tracker;
    const label = (c: SystematicCase<T>) => `${check}: ${c.combination.label}`;
    const seedOf = (c: SystematicCase<T>) => caseSeed(this.seed, c.combination.key);
    const fresh = (value: T) =>
      this.isolated(async () => {
        await predicate(value, undefined);
      });
    tracker.beginScope();
    const fixture = options.shared;
    let shared: S | undefined;
    // Cases whose final check was left to the fixture's verify(), and where their requests began.
    let pending: Array<SystematicCase<T>> = [];
    let pendingSince = 0;
    const flush = async () => {
      const batch = pending;
      pending = [];
      // Only a fixture with verify() defers a case: a batch means there is one.
      if (batch.length === 0 || shared === undefined || fixture?.verify === undefined) return;
      try {
        await fixture.verify(shared);
      } catch (error) {
        if (error instanceof TargetError || error instanceof SetupError) {
          this.fatal = error;
          throw error;
        }
        shared = undefined;
        // Which case of the batch was it? Each again on fresh state, shrunk and replayed: the first that fails is the failure.
        const exchanges = this.log.since(pendingSince);
        for (const c of batch)
          await this.checkProperty<[T]>(
            label(c),
            [c.arbitrary],
            fresh,
            fresh,
            { numRuns: 1, seed: seedOf(c) },
            c.combination,
          );
        throw new RuleFailed(
          this.failure(
            `${check}: ${batch.map((c) => c.combination.label).join(', ')} (together; none fails alone)`,
            error,
            exchanges,
            undefined,
            false,
          ),
        );
      }
    };
    try {
      for (const c of mine) {
        open = pending[0] ?? c;
        if (c.alone) await flush();
        let first = fixture !== undefined;
        let deferred = false;
        let dropped = false;
        const firstRun = async (value: T) => {
          if (!first || fixture === undefined) return fresh(value);
          first = false;
          if (this.fatal) throw this.fatal;
          try {
            shared ??= await fixture.make();
            if (pending.length === 0) pendingSince = this.log.mark();
            deferred = (await predicate(value, shared)) === 'deferred' && fixture.verify !== undefined;
          } catch (error) {
            if (error instanceof TargetError || error instanceof SetupError) this.fatal = error;
            // The fixture's state is unknown now: the next case makes a new one.
            shared = undefined;
            dropped = true;
            throw error;
          }
        };
        const earlier = pending;
        let thrown: unknown;
        try {
          await this.checkProperty<[T]>(
            label(c),
            [c.arbitrary],
            firstRun,
            fresh,
            { numRuns: 1, seed: seedOf(c) },
            c.combination,
          );
        } catch (error) {
          thrown = error;
        }
        if (dropped && !this.fatal && earlier.length > 0) {
          // The fixture failed this case: an earlier case left to verify() may be what broke it, so those are checked alone first.
          pending = [];
          for (const p of earlier)
            await this.checkProperty<[T]>(
              label(p),
              [p.arbitrary],
              fresh,
              fresh,
              { numRuns: 1, seed: seedOf(p) },
              p.combination,
            );
        }
        if (thrown !== undefined) throw thrown;
        this.coverage.cover(c.combination);
        if (deferred) pending.push(c);
        if (c.alone || pending.length >= (options.shared?.batch ?? 1)) await flush();
      }
      open = pending[0];
      await flush();
    } catch (error) {
      if (open) this.stoppedAtCase ??= positionOf.get(open);
      throw error;
    } finally {
      const leftovers = tracker.endScope();
      if (!this.fatal) {
        for (const { id, account } of leftovers) {
          const api = account === 'other' ? this.otherApi : this.api;
          await api?.delete(id, true).catch(() => undefined);
        }
      }
    }
  }

  /** fast-check over `run`; a failure is shrunk (within maxShrinkRequests), then replayed with `replay`. */
  private async checkProperty<Ts extends [unknown, ...unknown[]]>(
    check: string,
    arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
    run: (...args: Ts) => Promise<void>,
    replay: (...args: Ts) => Promise<void>,
    parameters: { numRuns: number; seed: number },
    combination?: Combination,
  ): Promise<void> {
    // Shrinking stops once it has cost maxShrinkRequests requests: the remaining candidates are
    // skipped (fc.pre) without a request, and the smallest failure found so far is reported.
    let failedAt: number | undefined;
    const guarded = async (...args: Ts) => {
      if (failedAt !== undefined && this.log.count - failedAt > this.options.maxShrinkRequests) fc.pre(false);
      try {
        await run(...args);
      } catch (error) {
        failedAt ??= this.log.count;
        throw error;
      }
    };
    const property = fc.asyncProperty<Ts>(...arbitraries, guarded);
    const details = await fc.check(property, { ...parameters, interruptAfterTimeLimit: this.options.propertyTimeMs });
    if (this.fatal) throw this.fatal;
    if (!details.failed) return;
    if (details.counterexample === null) {
      if (details.interrupted)
        return this.note(
          `${check}: stopped after ${this.options.propertyTimeMs} ms without a failure (${details.numRuns} runs)`,
        );
      throw new Error(`${check}: fast-check could not generate values (${details.numSkips} skipped)`);
    }
    const counterexample = details.counterexample;
    await this.confirm(
      check,
      details.errorInstance,
      details.counterexamplePath ?? undefined,
      () => replay(...(cloneAll(counterexample) as Ts)),
      combination,
    );
  }

  /**
   * Makes what the rule's checks share (e.g. integrations to list), kept until the rule ends (the
   * session deletes what a rule leaves). A Violation here fails the rule at once, without replays.
   */
  async setUp<S>(what: string, make: () => Promise<S>): Promise<S> {
    const mark = this.log.mark();
    try {
      return await make();
    } catch (error) {
      if (error instanceof Violation)
        throw new RuleFailed(this.failure(what, error, this.log.since(mark), undefined, false));
      throw error;
    }
  }

  /** Checks a fixed scenario (no generated values); a failure is replayed like a property's. */
  async check(check: string, scenario: () => Promise<void>): Promise<void> {
    if (!this.once) return;
    const run = () => this.isolated(scenario);
    try {
      await run();
      return;
    } catch (error) {
      if (error instanceof TargetError || error instanceof SetupError) throw error;
      await this.confirm(check, error, undefined, run);
    }
  }

  /** Runs once with the integrations it creates deleted afterwards; a target error stops the rest. */
  private async isolated(body: () => Promise<void>): Promise<void> {
    if (this.fatal) throw this.fatal;
    this.options.tracker.beginScope();
    try {
      await body();
    } catch (error) {
      if (error instanceof TargetError || error instanceof SetupError) this.fatal = error;
      throw error;
    } finally {
      const leftovers = this.options.tracker.endScope();
      if (!this.fatal) {
        for (const { id, account } of leftovers) {
          const api = account === 'other' ? this.otherApi : this.api;
          await api?.delete(id, true).catch(() => undefined);
        }
      }
    }
  }

  /** Replays a failing case up to REPLAYS times: the first reproduction is the reported failure. */
  private async confirm(
    check: string,
    firstError: unknown,
    path: string | undefined,
    replay: () => Promise<void>,
    combination?: Combination,
  ): Promise<void> {
    for (let attempt = 0; attempt < REPLAYS; attempt++) {
      const mark = this.log.mark();
      try {
        await replay();
      } catch (error) {
        if (error instanceof TargetError || error instanceof SetupError) throw error;
        throw new RuleFailed(this.failure(check, error, this.log.since(mark), path, false, combination));
      }
    }
    this.flaky.push(this.failure(check, firstError, [], path, true, combination));
  }

  private failure(
    check: string,
    error: unknown,
    exchanges: RecordedExchange[],
    path: string | undefined,
    flaky: boolean,
    combination?: Combination,
  ): ConformanceFailure {
    const redactor = this.options.redactor;
    const shown = exchanges.filter((e) => !e.cleanup);
    const violation = error instanceof Violation ? error : undefined;
    const message = violation
      ? violation.message
      : `the check threw: ${error instanceof Error ? error.message : String(error)}`;
    return redactor.value({
      rule: this.options.rule.id,
      clause: this.options.rule.clause,
      check,
      message,
      requests: shown.map(toFailureRequest),
      ...(violation && violation.expected !== undefined ? { expected: violation.expected } : {}),
      ...(violation && violation.actual !== undefined ? { actual: violation.actual } : {}),
      seed: this.seed,
      // A systematic case's fast-check path is relative to its own seed: --seed and --rules replay it.
      ...(path === undefined || combination !== undefined ? {} : { path }),
      ...(combination === undefined ? {} : { combination: combination.label }),
      ...(this.options.shard && path !== undefined && combination === undefined
        ? { shard: { ...this.options.shard, seed: shardSeed(this.seed, this.options.shard.index) } }
        : {}),
      curl: reproductionScript(shown, this.names.prefix),
      flaky,
    });
  }
}

/** A count a rule reports once as a note, and its wording. */
interface Tally {
  readonly count: number;
  readonly describe: (count: number) => string;
}

function toFailureRequest(e: RecordedExchange): FailureRequest {
  return {
    account: e.account,
    method: e.method,
    path: e.path,
    ...(e.requestBody === undefined ? {} : { body: e.requestBody }),
    status: e.status,
    response: e.body,
  };
}

/** The seed of one systematic case: --seed mixed with the combination's key (FNV-1a), so a case draws the same value whatever other cases exist. */
export function caseSeed(seed: number, key: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** The fast-check seed of a shard's random runs: --seed mixed with the shard's number. */
export function shardSeed(seed: number, index: number): number {
  return caseSeed(seed, `shard ${index}`);
}

function cloneAll(values: readonly unknown[]): unknown[] {
  return values.map((v) => (fc.hasCloneMethod(v) ? v[fc.cloneMethod]() : v));
}
