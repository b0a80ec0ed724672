/**
 * What the transport met over a run, across every client that shares it (both accounts, the
 * anonymous client, clean-up included): the 429s and the time spent waiting them out.
 */
export class TransportStats {
  /** 429 answers received, the last one of an exhausted series included. */
  rateLimitedResponses = 0;
  /** Time waited before retrying after a 429 (Retry-After or back-off), in ms. */
  rateLimitWaitMs = 0;

  rateLimited(waitMs: number): void {
    this.rateLimitedResponses++;
    this.rateLimitWaitMs += waitMs;
  }
}
