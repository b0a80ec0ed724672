import { ConformanceSession, type CleanupResult, type ConformanceOptions, type RuleResult } from './ConformanceSession.js';
import { runCoverage, type RunCoverage } from './combinations/runCoverage.js';
import type { EditionChoice } from './editionChoice.js';
import { limitationsOf } from './reports/limitations.js';
import { SetupError } from './transport/TargetError.js';

export type ProgressEvent =
  | { readonly type: 'start'; readonly runId: string; readonly seed: number; readonly runs: number; readonly strict: boolean; readonly rules: readonly string[]; readonly edition: EditionChoice }
  | { readonly type: 'rule-start'; readonly rule: string; readonly index: number; readonly total: number }
  | { readonly type: 'rule-end'; readonly result: RuleResult; readonly index: number; readonly total: number }
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
  /** Every 429 the run met (all clients, clean-up included) and the time waited before retrying. */
  readonly rateLimited: { readonly responses: number; readonly waitedMs: number };
  /** No rule failed and the target raised no error. */
  readonly passed: boolean;
}

/**
 * Runs the selected rules against a target and cleans up after itself, also when a rule fails
 * or the signal aborts. Throws SetupError before any rule when the target or the key is unusable,
 * and, after cleaning up, when a rule meets something that makes the run pointless (e.g. a 403).
 */
export async function runConformance(options: ConformanceOptions & { onProgress?: (event: ProgressEvent) => void }): Promise<RunReport> {
  const startedAt = new Date();
  const started = performance.now();
  const session = await ConformanceSession.open(options);
  const rules = session.selectRules();
  const emit = options.onProgress ?? (() => undefined);
  emit({ type: 'start', runId: session.runId, seed: session.seed, runs: session.runs, strict: session.strict, rules: rules.map((r) => r.id), edition: session.edition });
  const results: RuleResult[] = [];
  try {
    for (const [index, rule] of rules.entries()) {
      if (options.signal?.aborted) {
        results.push({ rule: rule.id, title: rule.title, clause: session.clauseOf(rule), outcome: 'skipped', reason: 'the run was interrupted', notes: [], durationMs: 0, requests: 0 });
        continue;
      }
      emit({ type: 'rule-start', rule: rule.id, index, total: rules.length });
      const result = await session.runRule(rule);
      results.push(result);
      emit({ type: 'rule-end', result, index, total: rules.length });
    }
  } catch (error) {
    // A SetupError out of a rule (or a bug of the kit): clean up, then stop the run.
    emit({ type: 'cleanup' });
    const { leftovers } = await session.close();
    if (error instanceof SetupError && leftovers.length > 0) throw new SetupError(`${error.message} (left behind: ${leftovers.join(', ')}; run aic conform --sweep)`, { cause: error });
    throw error;
  }
  emit({ type: 'cleanup' });
  const cleanup = await session.close();
  const interrupted = options.signal?.aborted === true;
  const rateLimited = { responses: session.stats.rateLimitedResponses, waitedMs: Math.round(session.stats.rateLimitWaitMs) };
  const coverage = runCoverage(session.contract, results, { scopingIds: session.scopingIds });
  return {
    tool: 'aic conform',
    target: options.target,
    runId: session.runId,
    prefix: session.prefix,
    seed: session.seed,
    runs: session.runs,
    strict: session.strict,
    edition: session.edition,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    requests: session.log.count,
    results,
    cleanup,
    interrupted,
    coverage,
    limitations: limitationsOf({ rules: rules.map((r) => r.id), otherAccount: options.otherApiKey !== undefined, scopingIds: session.scopingIds, rateLimited }),
    rateLimited,
    passed: !interrupted && results.every((r) => r.outcome !== 'failed' && r.outcome !== 'error'),
  };
}
