/** Why a target failed to answer usefully: its own failure, never a contract violation. */
export type TargetErrorKind =
  | 'timeout'
  | 'connection'
  | 'server-error'
  | 'rate-limited'
  | 'budget-exhausted'
  | 'interrupted';

/**
 * The target could not be tested: it timed out, dropped the connection, answered 5xx, kept
 * answering 429, or the run ran out of its request budget or was interrupted. Rules that meet one
 * are reported as errors of the target, not as rule failures.
 */
export class TargetError extends Error {
  override readonly name = 'TargetError';
  constructor(
    readonly kind: TargetErrorKind,
    message: string,
    /** `METHOD /path` of the request that met the failure. */
    readonly request?: string,
    readonly status?: number,
    /** The system or library code of a connection failure (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED, ...). */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The kit cannot start: unreachable target, rejected key, bad options. The CLI exits 2. */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}
