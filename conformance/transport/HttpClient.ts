import { setTimeout as timerSleep } from 'node:timers/promises';
import type { Account, ExchangeLog, RecordedExchange } from './ExchangeLog.js';
import type { Redactor } from './Redactor.js';
import type { RequestBudget } from './RequestBudget.js';
import { describeConnectionFailure, reservedInvalidHost } from './connectionFailure.js';
import type { Lane } from './LaneGate.js';
import { TargetError } from './TargetError.js';
import type { TransportStats } from './TransportStats.js';

/** What every client of one run shares: where, how fast, how many, and where exchanges go. */
export interface TransportOptions {
  /** e.g. `http://127.0.0.1:4010` (a trailing slash is ignored). */
  readonly baseUrl: string;
  readonly log: ExchangeLog;
  readonly redactor: Redactor;
  readonly budget: RequestBudget;
  /** Per-request timeout, default 10 s. */
  readonly timeoutMs?: number;
  /**
   * Resends of a request that met a transient fault (a dropped connection, a timeout, a gateway's
   * 502/503/504), with back-off; 0 turns them off. Default 3. Also the retries of a 429 unless
   * maxRateLimitRetries is given.
   */
  readonly maxRetries?: number;
  /** Retries of a 429 (after Retry-After). Default: maxRetries. */
  readonly maxRateLimitRetries?: number;
  /** Longest Retry-After honoured; longer waits are cut to this. Default 30 s. */
  readonly maxRetryAfterMs?: number;
  /** Least time between the starts of two requests (1000 / max rate). Default 0. */
  readonly minIntervalMs?: number;
  /** Aborts requests in flight and refuses new ones (Ctrl-C). Clean-up requests ignore it. */
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
  /** How the client waits (Retry-After, back-off, pacing). Default: a timer. Tests pass a recorder. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock pacing reads, in ms. Default: Date.now. */
  readonly now?: () => number;
  /** Counts the 429s met and the time waited for them, and the resends, for every client sharing these options. */
  readonly stats?: TransportStats;
  /** The rule's lane: its requests wait for a slot of the run's concurrency (absent: never wait). */
  readonly lane?: Lane;
}

/** A transient fault a request met: what it was, and whether the target may have acted on the request. */
export interface TransientFault {
  readonly failure: TargetError;
  /** False only when the request surely never reached the target (e.g. a refused connection). */
  readonly mayHaveReached: boolean;
}

/**
 * What the kit found out after a transient fault of a request whose resend could change the
 * outcome (a create, a DELETE): send it again, take the answer it inferred from the target's state
 * (recorded, marked `inferred`), or give up with the fault.
 */
export type Recovery =
  | { readonly resend: true }
  | { readonly inferred: { readonly status: number; readonly body?: unknown; readonly because: string } }
  | { readonly giveUp: string };

export interface RequestOptions {
  readonly method: string;
  readonly path: string;
  /** A value sent as JSON. */
  readonly json?: unknown;
  /** The exact body text to send (may be malformed JSON). Wins over `json`. */
  readonly text?: string;
  /** Override the Authorization header: a raw value, or null for none. */
  readonly authorization?: string | null;
  /** Build the Authorization header from this client's key (e.g. the key without `Bearer `). */
  readonly authorizationFrom?: (apiKey: string) => string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A clean-up request: outside the budget, not interrupted by Ctrl-C. */
  readonly cleanup?: boolean;
  /**
   * How to resend after a transient fault when sending twice could change the outcome. Without it,
   * a POST with this client's key is never resent; every other request is (a PATCH sets the members
   * it names, so twice leaves what once leaves; a request without the key can change nothing).
   */
  readonly recover?: (fault: TransientFault) => Promise<Recovery>;
}

/** A request retrying after a 429 holds the run's other requests back until its retry is answered. */
interface Holding {
  release?: () => void;
}

/** Methods whose resend after a transient fault leaves what one send leaves, without a check. */
const RESENDABLE = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'PUT', 'PATCH']);
const RETRYABLE_STATUS = new Set([502, 503, 504]);
const MAX_RECORDED_TEXT = 64 * 1024;

/** Sends requests to the target for one account: timeouts, 429 back-off, budget, rate, recording. */
export class HttpClient {
  constructor(
    private readonly options: TransportOptions,
    readonly account: Account,
    private readonly apiKey?: string,
    private readonly shared: { nextStart: number; readonly holds: Set<Promise<void>> } = {
      nextStart: 0,
      holds: new Set(),
    },
  ) {}

  /** A client for another account sharing this one's budget, rate, log and signal. */
  withKey(account: Account, apiKey?: string): HttpClient {
    return new HttpClient(this.options, account, apiKey, this.shared);
  }

  /** The same client (account, key, budget, rate, signal) recording into another log and figures, in a lane: one rule's own. */
  withLog(log: ExchangeLog, stats?: TransportStats, lane?: Lane): HttpClient {
    return new HttpClient(
      { ...this.options, log, ...(stats ? { stats } : {}), ...(lane ? { lane } : {}) },
      this.account,
      this.apiKey,
      this.shared,
    );
  }

  get baseUrl(): string {
    return this.options.baseUrl.replace(/\/+$/, '');
  }

  async request(request: RequestOptions): Promise<RecordedExchange> {
    const holding: Holding = {};
    try {
      return await this.send(request, holding);
    } finally {
      holding.release?.();
    }
  }

  private async send(request: RequestOptions, holding: Holding): Promise<RecordedExchange> {
    const method = request.method.toUpperCase();
    const label = `${method} ${request.path}`;
    const maxRetries = this.options.maxRetries ?? 3;
    const maxRateLimitRetries = this.options.maxRateLimitRetries ?? maxRetries;
    const cleanup = request.cleanup === true;
    let rateLimitedTimes = 0;
    let faults = 0;
    // Set once a send that may have reached the target lost its answer: every later send repeats it.
    let resentAfter: string | undefined;
    for (;;) {
      if (!cleanup && this.options.signal?.aborted)
        throw new TargetError('interrupted', 'the run was interrupted', label);
      this.options.budget.take(label, cleanup);
      if (!holding.release) await this.heldBack();
      const lane = this.options.lane;
      let exchange: RecordedExchange | undefined;
      let fault: TransientFault | undefined;
      await lane?.enter();
      try {
        // Paced once its lane may send, so --max-rate holds however long the lane waited.
        await this.pace(cleanup);
        exchange = await this.once(method, request, cleanup, resentAfter);
        if (exchange.status === 429) lane?.gate.rateLimited();
        else lane?.gate.answered();
      } catch (error) {
        const { failure, retryable } = this.classify(error, label, cleanup);
        if (!retryable) throw failure;
        fault = { failure, mayHaveReached: failure.code !== 'ECONNREFUSED' };
      } finally {
        lane?.leave();
      }
      if (holding.release && exchange?.status !== 429) {
        // The retry after a 429 is answered (or met a fault): the others go on.
        holding.release();
        delete holding.release;
      }
      if (exchange?.status === 429) {
        if (rateLimitedTimes >= maxRateLimitRetries) {
          this.options.stats?.rateLimited(0);
          throw new TargetError(
            'rate-limited',
            `still 429 after ${maxRateLimitRetries} ${maxRateLimitRetries === 1 ? 'retry' : 'retries'}`,
            label,
            429,
          );
        }
        const wait = this.retryAfterMs(exchange.headers['retry-after'], rateLimitedTimes++);
        this.options.stats?.rateLimited(wait);
        // The requests of the rules beside this one wait until its retry is answered: the retry goes
        // first, so a target that counts requests per account does not refuse it for theirs.
        holding.release ??= this.hold();
        await this.sleep(wait, cleanup);
        continue;
      }
      if (exchange && isGatewayFault(exchange)) {
        fault = {
          failure: new TargetError('server-error', `the target answered ${exchange.status}`, label, exchange.status),
          mayHaveReached: true,
        };
      } else if (exchange) {
        if (exchange.status >= 500)
          throw new TargetError('server-error', `the target answered ${exchange.status}`, label, exchange.status);
        return exchange;
      }
      // Not answered (or a gateway's fault): the catch above or the gateway check set the fault.
      if (fault === undefined) throw new Error(`${label}: neither an answer nor a transient fault`);
      // A transient fault: resend (after a check, for a request whose resend could change the outcome) a bounded number of times.
      // A request without this client's own credentials (the 401 checks) can change nothing in an account: resent as is.
      const credentialed =
        this.apiKey !== undefined && request.authorization === undefined && request.authorizationFrom === undefined;
      if (faults >= maxRetries || (!RESENDABLE.has(method) && credentialed && !request.recover)) throw fault.failure;
      await this.sleep(backoffMs(faults++), cleanup);
      if (!cleanup && this.options.signal?.aborted)
        throw new TargetError('interrupted', 'the run was interrupted', label);
      if (request.recover) {
        const recovery = await request.recover(fault);
        if ('giveUp' in recovery)
          throw new TargetError(
            fault.failure.kind,
            `${fault.failure.message}; not resent: ${recovery.giveUp}`,
            label,
            fault.failure.status,
            fault.failure.code,
          );
        if ('inferred' in recovery) {
          this.options.stats?.retried(faultCause(fault.failure));
          return this.recordInferred(method, request, cleanup, recovery.inferred);
        }
      }
      this.options.stats?.retried(faultCause(fault.failure));
      if (fault.mayHaveReached) resentAfter ??= faultCause(fault.failure);
    }
  }

  /** Holds back every other request of the run until the returned function is called. */
  private hold(): () => void {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    this.shared.holds.add(held);
    return () => {
      this.shared.holds.delete(held);
      release();
    };
  }

  /** Waits while requests retrying after a 429 hold the run back. */
  private async heldBack(): Promise<void> {
    while (this.shared.holds.size > 0) await Promise.all(this.shared.holds);
  }

  /** Records the answer the kit inferred for a request whose own answer was lost. */
  private recordInferred(
    method: string,
    request: RequestOptions,
    cleanup: boolean,
    inferred: { status: number; body?: unknown; because: string },
  ): RecordedExchange {
    const text = request.text ?? (request.json === undefined ? undefined : JSON.stringify(request.json));
    return this.options.log.record({
      account: this.account,
      method,
      path: request.path,
      requestHeaders: {},
      ...(text === undefined ? {} : { requestBody: truncate(text) }),
      status: inferred.status,
      headers: {},
      body: inferred.body,
      leaksCredential: false,
      durationMs: 0,
      cleanup,
      inferred: inferred.because,
    });
  }

  private async once(
    method: string,
    request: RequestOptions,
    cleanup: boolean,
    resentAfter: string | undefined,
  ): Promise<RecordedExchange> {
    const { redactor } = this.options;
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      'user-agent': 'aic-conform',
    };
    const authorization =
      request.authorizationFrom && this.apiKey
        ? request.authorizationFrom(this.apiKey)
        : request.authorization === undefined
          ? this.apiKey
            ? `Bearer ${this.apiKey}`
            : null
          : request.authorization;
    if (authorization !== null) headers.authorization = authorization;
    const text = request.text ?? (request.json === undefined ? undefined : JSON.stringify(request.json));
    if (text !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, request.headers ?? {});

    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 10_000);
    const signal = cleanup || !this.options.signal ? timeout : AbortSignal.any([timeout, this.options.signal]);
    const started = performance.now();
    const doFetch = this.options.fetch ?? fetch;
    const url = `${this.baseUrl}${request.path}`;
    // RFC 6761: names under .invalid never resolve; say so without waiting for a resolver.
    const invalidHost = reservedInvalidHost(new URL(url));
    if (invalidHost) throw invalidHost;
    const response = await doFetch(url, { method, headers, body: text, signal, redirect: 'manual' });
    const bodyText = await response.text();
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name.toLowerCase()] = value;
    });
    const recordedHeaders = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name,
        name === 'authorization' ? redactAuthorization(value, redactor) : value,
      ]),
    );
    return this.options.log.record({
      account: this.account,
      method,
      path: request.path,
      requestHeaders: recordedHeaders,
      ...(text === undefined ? {} : { requestBody: truncate(text) }),
      status: response.status,
      headers: responseHeaders,
      body: parseBody(bodyText),
      leaksCredential: redactor.leaks(bodyText) || Object.values(responseHeaders).some((v) => redactor.leaks(v)),
      durationMs: Math.round(performance.now() - started),
      cleanup,
      ...(resentAfter === undefined ? {} : { resentAfter }),
    });
  }

  /** The TargetError a failed fetch becomes, its cause said in words, and whether a retry may help. */
  private classify(error: unknown, label: string, cleanup: boolean): { failure: TargetError; retryable: boolean } {
    if (error instanceof TargetError) return { failure: error, retryable: false };
    if (!cleanup && this.options.signal?.aborted)
      return { failure: new TargetError('interrupted', 'the run was interrupted', label), retryable: false };
    const described = describeConnectionFailure(error, this.baseUrl, this.options.timeoutMs ?? 10_000);
    return {
      failure: new TargetError(
        described.kind,
        this.options.redactor.text(described.message),
        label,
        undefined,
        described.code,
      ),
      retryable: described.retryable,
    };
  }

  private retryAfterMs(header: string | undefined, attempt: number): number {
    // Retry-After is optional (delta-seconds or an HTTP-date); without a usable one, back off exponentially.
    const cap = this.options.maxRetryAfterMs ?? 30_000;
    const value = header?.trim() ?? '';
    const ms = value === '' ? NaN : /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value) - this.now();
    return Math.max(0, Math.min(cap, Number.isFinite(ms) ? ms : backoffMs(attempt)));
  }

  private async pace(cleanup: boolean): Promise<void> {
    const interval = this.options.minIntervalMs ?? 0;
    if (interval <= 0) return;
    const now = this.now();
    const start = Math.max(now, this.shared.nextStart);
    this.shared.nextStart = start + interval;
    if (start > now) await this.sleep(start - now, cleanup);
  }

  /** Waits `ms`; an interruption ends the wait at once (the caller then sees the run interrupted), except for clean-up. */
  private sleep(ms: number, cleanup: boolean): Promise<void> {
    if (this.options.sleep) return this.options.sleep(ms);
    const signal = cleanup ? undefined : this.options.signal;
    return timerSleep(ms, undefined, signal ? { signal } : undefined).then(
      () => undefined,
      () => undefined,
    );
  }

  private now(): number {
    return this.options.now ? this.options.now() : Date.now();
  }
}

/**
 * A 502, 503 or 504: a gateway's or a proxy's answer, or a server's own "try again later" (the
 * spec declares no 5xx), which a resend may get past.
 */
function isGatewayFault(exchange: RecordedExchange): boolean {
  return RETRYABLE_STATUS.has(exchange.status);
}

/** How a resend is counted: the status of a gateway's answer, else the kind of the failure. */
function faultCause(failure: TargetError): string {
  return failure.status === undefined ? failure.kind : String(failure.status);
}

function backoffMs(attempt: number): number {
  return Math.min(2000, 100 * 2 ** attempt);
}

function redactAuthorization(value: string, redactor: Redactor): string {
  const [, scheme, credentials] = /^(\S+)\s+(.*)$/.exec(value) ?? [];
  if (scheme?.toLowerCase() === 'bearer' && credentials) return `${scheme} ***`;
  return redactor.text(value);
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function truncate(text: string): string {
  return text.length > MAX_RECORDED_TEXT
    ? `${text.slice(0, MAX_RECORDED_TEXT)}…[${text.length - MAX_RECORDED_TEXT} more characters]`
    : text;
}
