/**
 * The switches of the independent server. Every one is a way in which a server that keeps the
 * public facts of the contract may differ from another such server. All are off by default.
 */

export const PROVIDERS = [
  'openAI',
  'azureOpenAI',
  'awsBedrock',
  'vertexAI',
  'anthropic',
  'custom',
  'nvidiaNim',
  'gemini',
] as const;
export type Provider = (typeof PROVIDERS)[number];

export const AUTH_TYPES = ['default', 'proxy_with_headers', 'bearer_token'] as const;
export type AuthType = (typeof AUTH_TYPES)[number];

export interface RateLimitOption {
  /** Every Nth request of an account (N >= 2) is answered 429 and not processed. */
  readonly every: number;
  /** `seconds`: `Retry-After: 0`; `none`: no header; `http-date`: an HTTP-date (now, second resolution). */
  readonly retryAfter: 'seconds' | 'none' | 'http-date';
}

/**
 * Bugs a backend team could ship, written as such a team would write them: a check, then an await
 * (a database round trip), then the write; checks and queries that see only part of an account.
 * Each breaks the contract; the conformance kit's default run must catch it.
 */
export type IndependentFault =
  /** create: the name is checked free, then a round trip, then the insert (two creates onto one name both succeed). */
  | 'create-check-then-insert'
  /** PATCH with a name: checked free, then a round trip, then the write (two renames onto one name both succeed). */
  | 'rename-check-then-update'
  /** PATCH: the record is read, a round trip, then the whole record is written from the copy read (a lost update). */
  | 'patch-read-modify-write'
  /** PATCH: a round trip, then an upsert of the patched record, also when a DELETE removed it meanwhile (resurrected). */
  | 'patch-upserts'
  /** Name uniqueness is checked against the first page (the 50 newest) of the account only. */
  | 'uniqueness-first-page'
  /** Name uniqueness is checked against a cache of the 100 most recently written names only. */
  | 'uniqueness-recent-window'
  /** The name filter searches only the 100 newest integrations of the account. */
  | 'name-filter-first-hundred'
  /** A cursor past the default page (position 50 and on) continues one integration too late: one is skipped. */
  | 'page-boundary-skips'
  /** A cursor past the default page continues one integration too early: one is listed twice. */
  | 'page-boundary-repeats';

export interface IndependentServerOptions {
  /** Object keys of every response in a random order, at every depth. */
  readonly shuffleKeys?: boolean;
  /**
   * How unset nullable fields (base_url, model_names, headers, provider_metadata, external_id) are
   * shown. Default: mixed (base_url and provider_metadata as null, the others omitted).
   */
  readonly clearedAs?: 'null' | 'absent';
  /**
   * How scopings are shown. Default: account-wide as `{}`, the others with both keys.
   * `empty-object`: null members always omitted. `nulls`: both keys always, nulls included.
   */
  readonly accountWideAs?: 'empty-object' | 'nulls';
  /** Extra members at every depth of responses (integration, scoping, metadata, list, pagination, problem). */
  readonly extraFields?: boolean;
  /** Timestamp style; default milliseconds and `Z`. `non-utc`: the same instant at +05:30. */
  readonly timestamps?: 'seconds' | 'micros' | 'offset' | 'non-utc';
  /** Unknown request properties ignored instead of 400 (a PATCH of only unknown ones is still 400). */
  readonly ignoreUnknown?: boolean;
  /** Empty strings accepted for name, api_key, scoping ids and metadata values (stored as sent). */
  readonly emptyStringsAccepted?: boolean;
  /** A PATCH `headers` object is merged into the stored map (null still clears). */
  readonly mergeHeaders?: boolean;
  readonly rateLimit?: RateLimitOption;
  /** Page size when `limit` is omitted, and the most a page holds (a larger `limit` is clamped). */
  readonly pageSize?: { readonly default: number; readonly max: number };
  /** Default newest-first. */
  readonly listOrder?: 'newest-first' | 'oldest-first' | 'by-name';
  /** model_names returned sorted. */
  readonly modelNamesOrder?: 'sorted';
  /** Duplicate model names dropped when stored. */
  readonly dedupeModelNames?: boolean;
  /** A PATCH that changes the provider is 400 and changes nothing. */
  readonly providerChangeRefused?: boolean;
  /** awsBedrock needs enable_default_models true or a non-empty model_names (422). */
  readonly modelSourceRequired?: boolean;
  /** provider_metadata on a provider other than awsBedrock/vertexAI is 422. */
  readonly metadataOnlyWhereNeeded?: boolean;
  /** Only these scoping ids exist; others are answered with `status`. */
  readonly scopingIds?: {
    readonly organizations: readonly string[];
    readonly spaces: readonly string[];
    readonly status: 403 | 404;
  };
  /** Problems carry only title and status. */
  readonly problemMinimal?: boolean;
  /** Name uniqueness ignores case. */
  readonly caseInsensitiveNames?: boolean;
  /** A PATCH that changes nothing keeps updated_at. */
  readonly updatedAtUntouchedOnNoop?: boolean;

  // Added (see README.md of this folder)
  /** Status of `provider_metadata: null` on create (default 400, like every null in a create body). */
  readonly nullMetadataCreateStatus?: 400 | 422;
  /** Status of a provider_metadata object that lacks a required member of its kind (default 422). */
  readonly incompleteMetadataStatus?: 400 | 422;
  /** `Authorization: bearer <key>` (any case of the scheme, RFC 9110 §11.1) is accepted. */
  readonly authSchemeCaseInsensitive?: boolean;
  /** Every id holds a `/` or a `+` (still standard base64): clients must percent-encode path ids. */
  readonly slashyIds?: boolean;
  /** `; charset=utf-8` on every JSON and problem Content-Type. */
  readonly contentTypeCharset?: boolean;
  /** Status of PATCH and DELETE (the operations that declare 403) on an id of another account; GET stays 404. Default 404 (a Decision of the contract). */
  readonly foreignIdStatus?: 403 | 404;
  /** Status of a headers map over 8,175 bytes (default 400, a Decision of the contract). */
  readonly headersTooLargeStatus?: 400 | 413 | 422;
  /** Status of a PATCH with no updatable field (default 400, a Decision of the contract). */
  readonly emptyPatchStatus?: 400 | 422;
  /** Responses gzip-compressed (Content-Encoding: gzip) when the request's Accept-Encoding allows gzip. */
  readonly gzip?: boolean;
  /** `Connection: close` on every response: each request opens a new connection. */
  readonly connectionClose?: boolean;
  /** Every request answered after a random delay between min and max ms (jitter reorders simultaneous requests). */
  readonly latencyMs?: { readonly min: number; readonly max: number };
  /** Ids: `uuid` (default, base64 of `AiIntegration:<uuid>`) or `sequential` (base64 of `AiIntegration:<n>`, short). */
  readonly idFormat?: 'uuid' | 'sequential';
  /** Cursors: `signed` (default, a signed keyset position) or `numeric` (the position as a plain decimal). */
  readonly cursorFormat?: 'signed' | 'numeric';
  /** The `type` of problems: the contract's URL (default), RFC 9457's `about:blank`, or a relative reference (`/problems/<slug>`). */
  readonly problemType?: 'about:blank' | 'relative';
  /** Extra response headers on every answer (request id, rate-limit counters, cache control, Vary). */
  readonly extraHeaders?: boolean;
  /** `scopings: []` stored as one account-wide scoping (the public text leaves open which). */
  readonly emptyScopingsAccountWide?: boolean;
  /** A deliberate bug (see IndependentFault); off by default, never in INDEPENDENT_SWITCHES. */
  readonly fault?: IndependentFault;
}
