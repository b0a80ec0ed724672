/**
 * What the transport met over a run, across every client that shares it (both accounts, the
 * anonymous client, clean-up included): the 429s and the time spent waiting them out, and the resends after transient faults.
 */
export class TransportStats {
  /** 429 answers received, the last one of an exhausted series included. */
  rateLimitedResponses = 0;
  /** Time waited before retrying after a 429 (Retry-After or back-off), in ms. */
  rateLimitWaitMs = 0;

  /** Requests sent again after a transient fault (or answered by inference), by cause: `503`, `connection`, `timeout`. */
  readonly resent: Record<string, number> = {};

  /** @param parent the run's figures, which also count this part's (one rule's) */
  constructor(private readonly parent?: TransportStats) {}

  rateLimited(waitMs: number): void {
    this.rateLimitedResponses++;
    this.rateLimitWaitMs += waitMs;
    this.parent?.rateLimited(waitMs);
  }

  retried(cause: string): void {
    this.resent[cause] = (this.resent[cause] ?? 0) + 1;
    this.parent?.retried(cause);
  }

  get retries(): number {
    return Object.values(this.resent).reduce((a, b) => a + b, 0);
  }
}
