import { ConformanceSession } from './ConformanceSession.js';
import type { ConformanceOptions, Profile } from './session/options.js';
import { NOT_RUN_INTERRUPTED, type CleanupResult, type RuleResult } from './RuleResult.js';
import type { Rule } from './Rule.js';
import { runCoverage, type RunCoverage } from './combinations/runCoverage.js';
import { together } from './rules/_internals/together.js';
import type { EditionChoice } from './editionChoice.js';
import { limitationsOf } from './reports/limitations.js';
import { replayCommand, replayEnvironment, type ReplayInputs } from './reports/replayCommand.js';
import { DEFAULT_SPEC_PATH } from '../spec/index.js';
import type { ConformanceFailure } from './ConformanceFailure.js';
import { SetupError } from './transport/TargetError.js';

export type ProgressEvent =
  | {
      readonly type: 'start';
      readonly runId: string;
      readonly seed: number;
      readonly runs: number;
      readonly strict: boolean;
      readonly rules: readonly string[];
      readonly edition: EditionChoice;
      readonly profile: Profile;
      readonly concurrency: number;
    }
  | { readonly type: 'rule-start'; readonly rule: string; readonly index: number; readonly total: number }
  | { readonly type: 'rule-end'; readonly result: RuleResult; readonly index: number; readonly total: number }
  | {
      /** Where the run stands, every progressIntervalMs while rules run. */
      readonly type: 'tick';
      /** The rules in flight, in registry order. */
      readonly running: readonly string[];
      readonly done: number;
      readonly total: number;
      /** Requests sent so far (every attempt, clean-up included). */
      readonly requests: number;
      readonly elapsedMs: number;
      /** Time left, estimated from the requests the finished rules needed (absent until a quarter of them have finished). */
      readonly remainingMs?: number;
    }
  | { readonly type: 'cleanup' };

/** Everything a run found: the input of the text, JSON and JUnit reports. Holds no key. */
export interface RunReport {
  readonly tool: 'aic conform';
  readonly target: string;
  readonly runId: string;
  /** Every integration of this run was named with this prefix. */
  readonly prefix: string;
  readonly seed: number;
  readonly runs: number;
  readonly strict: boolean;
  /** What the run was for: `default` (thorough) or `quick` (every combination once, for pull requests). */
  readonly profile: Profile;
  /** Most rules that could send at once (--concurrency), and the fewest the 429s of the target lowered it to. */
  readonly concurrency: number;
  readonly concurrencyLowest: number;
  /** The public edition the run spoke (camel or upper), and how the kit knew: asked for and confirmed, or detected from the target's answers. */
  readonly edition: EditionChoice;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly requests: number;
  readonly results: readonly RuleResult[];
  readonly cleanup: CleanupResult;
  readonly interrupted: boolean;
  /**
   * What the run could not check, or checked only weakly, in plain sentences: no second key, no
   * real scoping ids, the 429s waited out. Each rule's own remarks are in its `notes`.
   */
  readonly limitations: readonly string[];
  /** How much of what the contract names the run exercised: every combination, and which rules covered it. */
  readonly coverage: RunCoverage;
  /** Requests of the run per combination covered, to a tenth: what covering the contract cost (absent when none was covered). */
  readonly requestsPerCombination?: number;
  /** Every 429 the run met (all clients, clean-up included) and the time waited before retrying. */
  readonly rateLimited: { readonly responses: number; readonly waitedMs: number };
  /**
   * Requests sent again after a transient fault (a dropped connection, a timeout, a gateway's
   * 502/503/504), or whose lost answer the kit inferred from the target's state: how many, by cause.
   */
  readonly retries: { readonly count: number; readonly byCause: Readonly<Record<string, number>> };
  /** No rule failed and the target raised no error. */
  readonly passed: boolean;
}

/**
 * Runs the selected rules against a target and cleans up after itself, also when a rule fails
 * or the signal aborts. Throws SetupError before any rule when the target or the key is unusable,
 * and, after cleaning up, when a rule meets something that makes the run pointless (e.g. a 403).
 */
export async function runConformance(
  options: ConformanceOptions & { onProgress?: (event: ProgressEvent) => void; progressIntervalMs?: number },
): Promise<RunReport> {
  const startedAt = new Date();
  const started = performance.now();
  const session = await ConformanceSession.open(options);
  const rules = session.selectRules();
  const emit = options.onProgress ?? (() => undefined);
  emit({
    type: 'start',
    runId: session.runId,
    seed: session.seed,
    runs: session.runs,
    strict: session.strict,
    rules: rules.map((r) => r.id),
    edition: session.edition,
    profile: session.profile,
    concurrency: session.concurrency,
  });
  const results: Array<RuleResult | undefined> = rules.map(() => undefined);
  // The rules in flight, by their index in the run.
  const running = new Map<number, Rule['id']>();
  const ticker = setInterval(() => {
    const finished = results.filter((r): r is RuleResult => r !== undefined);
    const requests = session.budget.spent;
    const elapsedMs = performance.now() - started;
    // The run is taken to need, per rule, the requests an average finished rule needed, at the pace
    // so far; said once a quarter of the rules have finished (the first to finish are the short ones).
    const perRule =
      finished.length < Math.max(1, rules.length / 4)
        ? undefined
        : finished.reduce((sum, r) => sum + r.requests, 0) / finished.length;
    const remainingMs =
      perRule === undefined || requests === 0
        ? undefined
        : (Math.max(0, perRule * rules.length - requests) * elapsedMs) / requests;
    emit({
      type: 'tick',
      running: [...running].sort(([a], [b]) => a - b).map(([, id]) => id),
      done: finished.length,
      total: rules.length,
      requests,
      elapsedMs: Math.round(elapsedMs),
      ...(remainingMs === undefined ? {} : { remainingMs: Math.round(remainingMs) }),
    });
  }, options.progressIntervalMs ?? 1000);
  ticker.unref();
  const runOne = async ({ index, rule }: RuleAt): Promise<void> => {
    if (options.signal?.aborted) {
      results[index] = {
        rule: rule.id,
        title: rule.title,
        clause: session.clauseOf(rule),
        outcome: 'interrupted',
        reason: NOT_RUN_INTERRUPTED,
        notes: [],
        durationMs: 0,
        requests: 0,
      };
      return;
    }
    running.set(index, rule.id);
    emit({ type: 'rule-start', rule: rule.id, index, total: rules.length });
    try {
      const result = await session.runRule(rule);
      results[index] = result;
      emit({ type: 'rule-end', result, index, total: rules.length });
    } catch (error) {
      // The run cannot go on: the rules beside this one stop at their next request.
      session.stop();
      throw error;
    } finally {
      running.delete(index);
    }
  };
  try {
    if (session.concurrency === 1) {
      // One at a time: in registry order.
      for (const [index, rule] of rules.entries()) await runOne({ index, rule });
    } else {
      for (const stage of stagesOf(rules)) {
        // Every rule of a concurrent stage starts at once; the session's gate lets --concurrency of them send at a time.
        if (stage.together) await together(stage.rules.map((ruleAt) => () => runOne(ruleAt)));
        else for (const ruleAt of stage.rules) await runOne(ruleAt);
      }
    }
  } catch (error) {
    // A SetupError out of a rule (or a bug of the kit): stop the rules in flight, clean up, then stop the run.
    session.stop();
    clearInterval(ticker);
    emit({ type: 'cleanup' });
    const { leftovers } = await session.close();
    if (error instanceof SetupError && leftovers.length > 0)
      throw new SetupError(`${error.message} (left behind: ${leftovers.join(', ')}; run aic conform --sweep)`, {
        cause: error,
      });
    throw error;
  }
  clearInterval(ticker);
  emit({ type: 'cleanup' });
  const cleanup = await session.close();
  const interrupted = options.signal?.aborted === true;
  const rateLimited = {
    responses: session.stats.rateLimitedResponses,
    waitedMs: Math.round(session.stats.rateLimitWaitMs),
  };
  const replay: ReplayInputs = {
    seed: session.seed,
    runs: session.runs,
    strict: session.strict,
    edition: session.edition.edition,
    ...(session.contract.source === DEFAULT_SPEC_PATH ? {} : { spec: session.contract.source }),
    ...session.scopingIds,
    otherAccount: options.otherApiKey !== undefined,
  };
  const done = results.map((result, index) => {
    if (!result) throw new Error(`rule ${rules[index]?.id} ended without a result`);
    return withReplay(result, replay);
  });
  const coverage = runCoverage(session.contract, done, { scopingIds: session.scopingIds });
  return {
    tool: 'aic conform',
    target: options.target,
    runId: session.runId,
    prefix: session.prefix,
    seed: session.seed,
    runs: session.runs,
    strict: session.strict,
    profile: session.profile,
    concurrency: session.concurrency,
    concurrencyLowest: session.gate.lowest,
    edition: session.edition,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    requests: session.requests,
    results: done,
    cleanup,
    interrupted,
    coverage,
    ...(coverage.covered > 0
      ? { requestsPerCombination: Math.round((session.requests / coverage.covered) * 10) / 10 }
      : {}),
    limitations: limitationsOf({
      rules: rules.map((r) => r.id),
      otherAccount: options.otherApiKey !== undefined,
      scopingIds: session.scopingIds,
      rateLimited,
    }),
    rateLimited,
    retries: { count: session.stats.retries, byCause: { ...session.stats.resent } },
    passed: !interrupted && done.every((r) => r.outcome !== 'failed' && r.outcome !== 'error'),
  };
}

/** The rule's failures, each with the command that meets it again. */
function withReplay(result: RuleResult, inputs: ReplayInputs): RuleResult {
  if (!result.failure && !result.flaky) return result;
  const replay = (f: ConformanceFailure): ConformanceFailure => ({
    ...f,
    replay: { command: replayCommand(f.rule, inputs), environment: replayEnvironment(inputs) },
  });
  return {
    ...result,
    ...(result.failure ? { failure: replay(result.failure) } : {}),
    ...(result.flaky ? { flaky: result.flaky.map(replay) } : {}),
  };
}

/**
 * The order rules run in: those that must run `alone` first, one at a time; then every
 * `concurrent` rule, several at once; then those that judge the whole run (`last`), one at a time.
 * Results are reported in registry order whatever the order they ran in.
 */
export function stagesOf(rules: readonly Rule[]): Array<{ readonly together: boolean; readonly rules: RuleAt[] }> {
  const of = (schedule: NonNullable<Rule['schedule']>) =>
    rules.flatMap((rule, index) => ((rule.schedule ?? 'concurrent') === schedule ? [{ index, rule }] : []));
  return [
    { together: false, rules: of('alone') },
    { together: true, rules: of('concurrent') },
    { together: false, rules: of('last') },
  ].filter((stage) => stage.rules.length > 0);
}

/** A rule of the run with its index in the registry order the results are reported in. */
export interface RuleAt {
  readonly index: number;
  readonly rule: Rule;
}
