interface Waiter {
  readonly lane: Lane;
  readonly resolve: () => void;
}

/**
 * How many rules may have requests in flight at once (--concurrency): each rule is a lane, and a
 * lane holds one slot while any of its requests is in flight. A rule's own burst (several requests
 * at once) goes out together on its one slot, so simultaneous stays simultaneous; between two
 * requests a rule gives its slot back, and a free slot goes to the waiting rule that has sent the
 * most so far: the long rules (hundreds of requests) keep going, and the run is not left waiting on
 * one of them at its end, while the short ones fill the gaps. While the target answers
 * 429 the number of slots halves (to one at least); after a run of answers without 429 it grows
 * back by one, up to the number asked for.
 */
export class LaneGate {
  private limit: number;
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private answeredSince429 = 0;
  /** The fewest slots the run went down to (the ceiling when no 429 lowered it). */
  lowest: number;

  constructor(readonly ceiling: number) {
    if (!(Number.isInteger(ceiling) && ceiling > 0))
      throw new RangeError(`the concurrency must be a positive integer, got ${ceiling}`);
    this.limit = ceiling;
    this.lowest = ceiling;
  }

  /** A new lane (one rule's requests). */
  lane(): Lane {
    return new Lane(this);
  }

  /** The slots now. */
  get current(): number {
    return this.limit;
  }

  /** A 429: fewer slots. */
  rateLimited(): void {
    this.answeredSince429 = 0;
    this.limit = Math.max(1, Math.floor(this.limit / 2));
    this.lowest = Math.min(this.lowest, this.limit);
  }

  /** An answer that was not a 429: after as many such answers as 4 times the slots, one slot more. */
  answered(): void {
    if (this.limit >= this.ceiling) return;
    if (++this.answeredSince429 < 4 * this.limit) return;
    this.answeredSince429 = 0;
    this.limit++;
    this.wake();
  }

  acquire(lane: Lane): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push({ lane, resolve }));
  }

  release(): void {
    this.active--;
    this.wake();
  }

  private wake(): void {
    while (this.active < this.limit) {
      // The first of the waiters whose lane has sent the most.
      const chosen = this.waiting.reduce<Waiter | undefined>(
        (best, waiter) => (best === undefined || waiter.lane.sent > best.lane.sent ? waiter : best),
        undefined,
      );
      if (chosen === undefined) return;
      this.waiting.splice(this.waiting.indexOf(chosen), 1);
      this.active++;
      chosen.resolve();
    }
  }
}

/** One rule's lane: it holds a slot of the gate while any of its requests is in flight. */
export class Lane {
  private inFlight = 0;
  private acquiring: Promise<void> | undefined;
  /** Requests the lane has sent (or is about to). */
  sent = 0;

  constructor(readonly gate: LaneGate) {}

  /** Waits for the lane's slot (at once when the lane holds it), and counts the request in flight. */
  async enter(): Promise<void> {
    // Requests that start together wait for the same slot and go out together.
    this.sent++;
    if (this.inFlight++ > 0) {
      if (this.acquiring) await this.acquiring;
      return;
    }
    this.acquiring = this.gate.acquire(this).then(() => {
      this.acquiring = undefined;
    });
    await this.acquiring;
  }

  /** The request is done: with none left in flight, the slot goes to the next lane waiting. */
  leave(): void {
    if (--this.inFlight === 0) this.gate.release();
  }
}
