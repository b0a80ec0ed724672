/** One request of a failure's reproduction, as reports show it. */
export interface FailureRequest {
  readonly account: string;
  readonly method: string;
  readonly path: string;
  readonly body?: string;
  readonly status: number;
  readonly response: unknown;
}

/** A rule the target broke, with what is needed to see it and reproduce it. Keys are never in it. */
export interface ConformanceFailure {
  /** Kit rule id, e.g. `replace-all`. */
  readonly rule: string;
  /** The contract clause(s), e.g. `Update rule 6 (replace-all)`. */
  readonly clause: string;
  /** Which check of the rule, e.g. `model_names, scopings and provider_metadata come back as sent`. */
  readonly check: string;
  readonly message: string;
  /** The requests of the shrunk counterexample, in order (clean-up excluded). */
  readonly requests: readonly FailureRequest[];
  readonly expected?: unknown;
  readonly actual?: unknown;
  /** fast-check seed and path: `fc.assert(property, { seed, path })` replays the shrunk case. */
  readonly seed: number;
  readonly path?: string;
  /** The combination of the systematic phase that failed, e.g. `null-on-non-nullable × name` (absent for random cases and fixed checks). */
  readonly combination?: string;
  /**
   * The shard of a sharded rule that failed (absent otherwise): its fast-check seed (what `path`
   * is relative to), derived from `seed`, which replays every shard of the rule again.
   */
  readonly shard?: { readonly index: number; readonly of: number; readonly seed: number };
  /**
   * The command that runs the rule again as the run ran it and meets this failure again (same seed,
   * runs and options; target and keys from the environment). Set on the run's report.
   */
  readonly replay?: {
    readonly command: string;
    /** The environment variables it reads: the target and the keys. */
    readonly environment: readonly string[];
  };
  /** The reproduction as shell commands, the key read from $AIC_API_KEY. */
  readonly curl: readonly string[];
  /** Reproduced by none of the replays: reported as flaky, not failed. */
  readonly flaky: boolean;
}
