import { ConformanceSession, type CleanupResult, type ConformanceOptions, type RuleResult } from './ConformanceSession.js';

export type ProgressEvent =
  | { readonly type: 'start'; readonly runId: string; readonly seed: number; readonly runs: number; readonly strict: boolean; readonly rules: readonly string[] }
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
  readonly startedAt: string;
  readonly durationMs: number;
  readonly requests: number;
  readonly results: readonly RuleResult[];
  readonly cleanup: CleanupResult;
  readonly interrupted: boolean;
  /** No rule failed and the target raised no error. */
  readonly passed: boolean;
}

/**
 * Runs the selected rules against a target and cleans up after itself, also when a rule fails
 * or the signal aborts. Throws SetupError before any rule when the target or the key is unusable.
 */
export async function runConformance(options: ConformanceOptions & { onProgress?: (event: ProgressEvent) => void }): Promise<RunReport> {
  const startedAt = new Date();
  const started = performance.now();
  const session = await ConformanceSession.open(options);
  const rules = session.selectRules();
  const emit = options.onProgress ?? (() => undefined);
  emit({ type: 'start', runId: session.runId, seed: session.seed, runs: session.runs, strict: session.strict, rules: rules.map((r) => r.id) });
  const results: RuleResult[] = [];
  let cleanup: CleanupResult | undefined;
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
  } finally {
    emit({ type: 'cleanup' });
    cleanup = await session.close();
  }
  const interrupted = options.signal?.aborted === true;
  return {
    tool: 'aic conform',
    target: options.target,
    runId: session.runId,
    prefix: session.prefix,
    seed: session.seed,
    runs: session.runs,
    strict: session.strict,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    requests: session.log.count,
    results,
    cleanup,
    interrupted,
    passed: !interrupted && results.every((r) => r.outcome !== 'failed' && r.outcome !== 'error'),
  };
}
