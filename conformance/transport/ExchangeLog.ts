/** Which credentials a request carried: the main account, the second one, or none/malformed. */
export type Account = 'primary' | 'other' | 'anonymous';

/**
 * One request and its response, exactly as sent and received, except the Authorization header
 * (recorded as `Bearer ***`). Bodies are kept raw so checks judge what the target really said;
 * anything shown to a person goes through the Redactor first (failures and reports do).
 */
export interface RecordedExchange {
  readonly seq: number;
  readonly account: Account;
  readonly method: string;
  /** Path and query as sent, e.g. `/v2/ai-integrations/TGx...`. */
  readonly path: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  /** The exact body text sent (truncated past 64 KiB), absent for no body. */
  readonly requestBody?: string;
  readonly status: number;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body; the raw text when it is not JSON; undefined when empty. */
  readonly body: unknown;
  readonly durationMs: number;
  /** The response contained one of the kit's API keys (before redaction). */
  readonly leaksCredential: boolean;
  /** Part of the kit's own clean-up, not of a rule's checks. */
  readonly cleanup: boolean;
  /**
   * The answer was lost to a transient fault (a dropped connection, a gateway's 503) after the
   * request may have reached the target, and the kit inferred it from the target's state: why.
   */
  readonly inferred?: string;
  /**
   * This send repeats one whose answer was lost to a transient fault after it may have reached the
   * target (why): that earlier send may have taken effect too, at a moment no answer shows.
   */
  readonly resentAfter?: string;
}

const MAX_KEPT = 50_000;

/** Every exchange of a run, in order: the material of reports and of the response-conformance rule. */
export class ExchangeLog {
  private readonly items: RecordedExchange[] = [];
  private nextSeq = 1;

  /**
   * @param earlier the exchanges that come before this log's own in `all()`: a rule's log shows the
   * run's earlier exchanges (in the order a one-at-a-time run would have made them) before its own.
   */
  constructor(private readonly earlier: () => readonly RecordedExchange[] = () => []) {}

  record(exchange: Omit<RecordedExchange, 'seq'>): RecordedExchange {
    const full = { ...exchange, seq: this.nextSeq++ };
    this.items.push(full);
    if (this.items.length > MAX_KEPT) this.items.shift();
    return full;
  }

  /** A position to pass to `since` later. */
  mark(): number {
    return this.nextSeq;
  }

  /** Exchanges recorded from a mark on. */
  since(mark: number): RecordedExchange[] {
    return this.items.filter((e) => e.seq >= mark);
  }

  /** The earlier exchanges, then this log's own. */
  all(): readonly RecordedExchange[] {
    const earlier = this.earlier();
    return earlier.length === 0 ? this.items : [...earlier, ...this.items];
  }

  /** This log's own exchanges. */
  own(): readonly RecordedExchange[] {
    return this.items;
  }

  get count(): number {
    return this.nextSeq - 1;
  }
}
