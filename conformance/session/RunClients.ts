import { NameFactory } from '../NameFactory.js';
import { ResourceTracker } from '../safety/ResourceTracker.js';
import { newRunId, runPrefix } from '../safety/runId.js';
import { ExchangeLog } from '../transport/ExchangeLog.js';
import { HttpClient, type TransportOptions } from '../transport/HttpClient.js';
import { LaneGate } from '../transport/LaneGate.js';
import { fetchFromEnvironment } from '../transport/proxyFetch.js';
import { Redactor } from '../transport/Redactor.js';
import { RequestBudget } from '../transport/RequestBudget.js';
import { TransportStats } from '../transport/TransportStats.js';
import { DEFAULT_RATE_LIMIT_RETRIES, type SettledOptions } from './options.js';

/**
 * What every request of one run goes through: its id and name prefix, the clients of each key, the
 * log, the budget, the gate of its lanes, what it created (tracker), and the switch that stops it.
 */
export class RunClients {
  readonly runId = newRunId();
  readonly prefix = runPrefix(this.runId);
  readonly log = new ExchangeLog();
  /** The 429s met and the time waited for them, over every client of the run. */
  readonly stats = new TransportStats();
  readonly budget: RequestBudget;
  readonly tracker = new ResourceTracker();
  readonly names = new NameFactory(this.prefix);
  readonly redactor: Redactor;
  readonly primary: HttpClient;
  readonly other: HttpClient | undefined;
  readonly anonymous: HttpClient;
  /** How many rules may have requests in flight at once (lowered while the target answers 429). */
  readonly gate: LaneGate;
  /** Stops every request in flight when a rule meets a SetupError (or the run's signal aborts). */
  readonly stopping = new AbortController();

  constructor(options: SettledOptions) {
    this.gate = new LaneGate(options.concurrency);
    this.budget = new RequestBudget(options.maxRequests);
    this.redactor = new Redactor([options.apiKey, options.otherApiKey]);
    let transport: TransportOptions = {
      baseUrl: options.target,
      log: this.log,
      redactor: this.redactor,
      budget: this.budget,
      timeoutMs: options.timeoutMs,
      minIntervalMs: options.maxRate ? 1000 / options.maxRate : 0,
      stats: this.stats,
      maxRetries: options.retries,
      maxRateLimitRetries: DEFAULT_RATE_LIMIT_RETRIES,
      signal: options.signal ? AbortSignal.any([options.signal, this.stopping.signal]) : this.stopping.signal,
    };
    // Node's fetch ignores HTTPS_PROXY, HTTP_PROXY and NO_PROXY; the kit honours them as curl does.
    const viaProxy = options.fetch ?? fetchFromEnvironment();
    if (viaProxy) transport = { ...transport, fetch: viaProxy };
    this.primary = new HttpClient(transport, 'primary', options.apiKey);
    this.other = options.otherApiKey ? this.primary.withKey('other', options.otherApiKey) : undefined;
    this.anonymous = this.primary.withKey('anonymous');
  }
}
