import { jsonUtf8Bytes } from '../../spec/portable.js';

/** How many requests of one account the history keeps (the oldest go first). */
export const HISTORY_PER_ACCOUNT = 100;

/** How many accounts the history keeps (the one least recently heard from goes first): every bearer token may be an account. */
export const HISTORY_ACCOUNTS = 1000;
/**
 * How many requests the history keeps in all (the account least recently heard from loses its
 * oldest first), so that many busy accounts hold a few hundred kilobytes, not tens of megabytes.
 */
export const HISTORY_TOTAL = 2000;

/** A body larger than this (serialized) is not kept, only said to be omitted. */
export const HISTORY_BODY_MAX_BYTES = 16 * 1024;

/** What the secret field's value becomes in the history. */
export const REDACTED = '<redacted>';

/** One API request as `GET /__admin/requests` shows it. */
export interface RecordedRequest {
  /** When it was answered (ISO 8601, UTC). */
  readonly at: string;
  readonly method: string;
  /** The path as sent, without the query. */
  readonly path: string;
  readonly status: number;
  /** For a refusal, the contract rule behind it, when the mock knows one. */
  readonly rule?: string;
  /** The parsed JSON body, its secret field redacted; absent when none was read. */
  readonly body?: unknown;
  /** Why a body that was sent is not shown (too large to keep). */
  readonly bodyOmitted?: string;
}

/** A request as kept: raw, formatted by `shown` when read. */
interface KeptRequest {
  readonly seq: number;
  readonly at: number;
  readonly method: string;
  readonly basePath: string | undefined;
  readonly path: string;
  readonly status: number;
  readonly rule: string | undefined;
  readonly body: { body?: unknown; bodyOmitted?: string } | undefined;
}

function shown(kept: KeptRequest): RecordedRequest {
  return {
    at: new Date(kept.at).toISOString(),
    method: kept.method,
    path: kept.basePath === undefined ? kept.path : `${kept.basePath}${kept.path}`,
    status: kept.status,
    ...(kept.rule === undefined ? {} : { rule: kept.rule }),
    ...kept.body,
  };
}

/**
 * The recent API requests of each account, in this process's memory: for a developer asking
 * "what did my app just send?". Bounded per account; a secret field's value never kept.
 */
export class RequestHistory {
  /** Each account's requests, oldest first. */
  private readonly byAccount = new Map<string, KeptRequest[]>();
  /** The account heard from last: the Map's last key already (no re-insertion on every request). */
  private lastAccount: string | undefined;
  private seq = 0;
  /** Requests kept, over every account. */
  private total = 0;

  constructor(
    /** The body fields whose values are secrets (api_key): kept as REDACTED. */
    private readonly secretFields: ReadonlySet<string>,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Keeps one answered request. Called for every API request, so it keeps what it was given as it
   * is (the time as a number, the path in its two parts) and formats on reading: the mock's GET
   * throughput fell by a fifth when each request's entry was formatted here.
   */
  record(
    accountId: string,
    entry: {
      method: string;
      path: string;
      basePath?: string | undefined;
      status: number;
      rule?: string | undefined;
      body?: unknown;
    },
  ): void {
    let kept = this.byAccount.get(accountId);
    if (kept === undefined) {
      kept = [];
      this.byAccount.set(accountId, kept);
    } else if (this.lastAccount !== accountId) {
      // Re-inserted, so the Map's first key is the account least recently heard from.
      this.byAccount.delete(accountId);
      this.byAccount.set(accountId, kept);
    }
    this.lastAccount = accountId;
    this.seq += 1;
    kept.push({
      seq: this.seq,
      at: this.now(),
      method: entry.method,
      basePath: entry.basePath,
      path: entry.path,
      status: entry.status,
      rule: entry.rule,
      body: entry.body === undefined ? undefined : this.keptBody(entry.body),
    });
    this.total += 1;
    if (kept.length > HISTORY_PER_ACCOUNT) {
      kept.shift();
      this.total -= 1;
    }
    for (const [account] of this.byAccount) {
      if (this.byAccount.size <= HISTORY_ACCOUNTS) break;
      this.forget(account);
    }
    // The accounts least recently heard from first (a Map iterates in insertion order).
    for (const [oldest, requests] of this.byAccount) {
      if (this.total <= HISTORY_TOTAL) break;
      while (this.total > HISTORY_TOTAL && requests.length > 0) {
        requests.shift();
        this.total -= 1;
      }
      if (requests.length === 0) this.forget(oldest);
    }
  }

  /** The account's requests, newest first. */
  of(accountId: string): RecordedRequest[] {
    return (this.byAccount.get(accountId) ?? []).map(shown).reverse();
  }

  /** Every account's requests, newest first, each with its account. */
  all(): Array<RecordedRequest & { readonly account: string }> {
    return [...this.byAccount]
      .flatMap(([account, requests]) =>
        requests.map((kept) => ({ seq: kept.seq, request: { account, ...shown(kept) } })),
      )
      .sort((a, b) => b.seq - a.seq)
      .map((kept) => kept.request);
  }

  clear(accountId?: string): void {
    if (accountId !== undefined) {
      this.forget(accountId);
      return;
    }
    this.byAccount.clear();
    this.lastAccount = undefined;
    this.total = 0;
  }

  private forget(accountId: string): void {
    this.total -= this.byAccount.get(accountId)?.length ?? 0;
    this.byAccount.delete(accountId);
    if (this.lastAccount === accountId) this.lastAccount = undefined;
  }

  private keptBody(body: unknown): { body?: unknown; bodyOmitted?: string } {
    const redacted =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? Object.fromEntries(
            Object.entries(body).map(([field, value]) => [
              field,
              this.secretFields.has(field) && value !== null ? REDACTED : value,
            ]),
          )
        : body;
    let bytes: number;
    try {
      bytes = jsonUtf8Bytes(redacted);
    } catch {
      // Nested deeper than JSON.stringify's stack allows: the validator refused it; it is not kept.
      return { bodyOmitted: 'nested too deeply to keep' };
    }
    if (bytes > HISTORY_BODY_MAX_BYTES)
      return { bodyOmitted: `${bytes} bytes, more than the ${HISTORY_BODY_MAX_BYTES} kept` };
    return { body: redacted };
  }
}
