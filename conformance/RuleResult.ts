/** What a run says of each rule and of its clean-up: the values the reports read. */
import type { ConformanceFailure } from './ConformanceFailure.js';
import type { RuleCoverageReport } from './combinations/RuleCoverage.js';

/** `interrupted`: the run was stopped (Ctrl-C, the run's signal) while the rule ran, or before it started. */
export type RuleOutcome = 'passed' | 'failed' | 'flaky' | 'skipped' | 'error' | 'interrupted';

/** The reason of a rule the run never started because it was interrupted first. */
export const NOT_RUN_INTERRUPTED = 'not run: interrupted';

export interface RuleResult {
  readonly rule: string;
  readonly title: string;
  readonly clause: string;
  readonly outcome: RuleOutcome;
  /** Why it was skipped, or what went wrong with the target or the kit. */
  readonly reason?: string;
  readonly notes: readonly string[];
  readonly durationMs: number;
  readonly requests: number;
  readonly failure?: ConformanceFailure;
  readonly flaky?: readonly ConformanceFailure[];
  /** Requests of the rule sent again (or answered by inference) after a transient fault, by cause (absent: none). */
  readonly retries?: Readonly<Record<string, number>>;
  /** What the rule exercised (absent for a rule that did not run). */
  readonly coverage?: RuleCoverageReport;
}

export interface CleanupResult {
  readonly deleted: number;
  /** Integrations of this run that could not be deleted (run `aic conform --sweep` later). */
  readonly leftovers: string[];
}
