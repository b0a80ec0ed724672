import type { ValidationIssue } from '../../spec/index.js';
import type { ServedState } from '../ServedState.js';
import type { RequestHistory } from './requestHistory.js';

/**
 * The mock's request pipeline without a transport. Express (`aic mock`) and MSW
 * (`ai-integrations-contract/msw`) are two adapters of one MockEngine: each turns what it receives
 * into a MockRequest and writes the MockResponse back, and no rule of the contract is written
 * twice. Nothing here may import node: modules, Express or MSW: the engine also runs in a browser.
 */
export interface MockRequest {
  /** Upper-case, as sent (`PATCH`). */
  readonly method: string;
  /** The path as sent, percent-encoding intact, without the query (`/v2/ai-integrations/TGxt...`). */
  readonly path: string;
  /**
   * The prefix the transport removed from `path` (MSW's base URL path, e.g. `/api`), put back in
   * the paths the mock answers with (a 201's Location); absent when none was removed.
   */
  readonly basePath?: string;
  /** The query string without its `?`; `''` when there is none. */
  readonly query: string;
  /** A header's value by lower-case name; undefined when absent. */
  header(name: string): string | undefined;
  /**
   * Reads the body, at most once, and only for an operation that takes one, after the Prefer
   * code, authentication, the write role and the content type have passed. The transport knows how
   * bytes arrive (length limits, Content-Encoding, charset); the engine judges the JSON.
   */
  readBody(limitBytes: number): Promise<BodyRead>;
}

export type BodyRead =
  /** No body at all (or an empty one): the contract's validator rejects it with 400. */
  | { readonly kind: 'absent' }
  /** The body's text, decoded, a byte order mark left in; the engine parses it (malformed JSON is 400). */
  | { readonly kind: 'text'; readonly text: string }
  /** Already parsed by the transport (Express's JSON parser). */
  | { readonly kind: 'json'; readonly value: unknown }
  /** The transport refused the bytes: too large (413), an unreadable charset or encoding (415). */
  | { readonly kind: 'refused'; readonly problem: ProblemSpec; readonly closeConnection?: boolean };

/** A problem before it is written: the status decides type and title (the contract's x-problem-types). */
export interface ProblemSpec {
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly ValidationIssue[];
  /** The contract rule behind the refusal, when one applies (shown in the request history, not in the problem). */
  readonly rule?: string;
}

export interface MockResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The serialized body (JSON or problem+json); absent for 204 and other empty answers. */
  readonly body?: string;
  /** The transport should close the connection after answering (a refused, endless upload). */
  readonly closeConnection?: boolean;
}

export interface MockEngine {
  readonly state: ServedState;
  /** The recent API requests per account (`GET /__admin/requests`); cleared with the state by reset. */
  readonly history: RequestHistory;
  /**
   * Answers one request: the contract's operations, the admin endpoints, 404, 405, CORS. Never
   * rejects: a bug of the mock is a 500 problem (and an error line in the engine's logger).
   */
  handle(request: MockRequest): Promise<MockResponse>;
}
