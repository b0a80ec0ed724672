import type { Edition } from '../spec/index.js';
import type { FixturesDocument, KeysDocument } from './config/index.js';
import type { MockLogger } from './MockLogger.js';

export interface MockOptions {
  /** Port to listen on; 0 picks a free one. Default 4010. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /**
   * Accounts and integrations to start from: a JSON file path or a document. Default: the
   * built-in demo (mock/fixtures/demo.json); `null` starts empty.
   */
  readonly fixtures?: string | FixturesDocument | null;
  /** A closed set of API keys: a JSON file path or a document. Default: every token is its own account. */
  readonly keys?: string | KeysDocument;
  /** Delay before each API request: fixed ms or a [min, max] range. */
  readonly latencyMs?: number | readonly [number, number];
  /** Requests per second per API key (per account without keys) beyond which the mock answers 429 with Retry-After. */
  readonly rateLimitPerSecond?: number;
  /** Request and error lines. Default: stderr. */
  readonly logger?: MockLogger;
  /** One info line per request (default true); false keeps error lines only (`--quiet`). */
  readonly logRequests?: boolean;
  /**
   * The public edition to serve (spec/editions/editions.ts): its spelling of enum values and operation ids.
   * Default: the spec's default edition (camel).
   */
  readonly edition?: Edition;
  /** The OpenAPI document to drive the mock. Default: the project's spec/openapi.yaml. */
  readonly specPath?: string;
  /**
   * Where the state lives. Default: this process's memory. `redis://HOST:PORT/DB` keeps it in Redis,
   * shared by every mock that names the same URL and `storePrefix` (replicas behind a load balancer)
   * and kept across restarts.
   */
  readonly store?: string;
  /** What the keys of this mock's state in Redis start with (default `aic-mock`), so that several mocks can share one Redis. */
  readonly storePrefix?: string;
  /**
   * Without Redis: a JSON file the accounts are loaded from at start (when it exists) and written
   * to on change (debounced) and on close, atomically (temporary file, then rename).
   */
  readonly stateFile?: string;
  /**
   * When set, resetting every account and loading fixtures need `Authorization: Bearer <adminToken>`
   * (401 without, 403 with another token); anyone may still reset their own account with their own token.
   */
  readonly adminToken?: string;
  /** The clock (ms since the epoch), for tests. */
  readonly now?: () => number;
}
