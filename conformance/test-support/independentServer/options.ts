/**
 * The switches of the independent server. Every one is a way in which a server that keeps the
 * public facts of the contract may differ from another such server. All are off by default.
 */

export const PROVIDERS = ['openAI', 'azureOpenAI', 'awsBedrock', 'vertexAI', 'anthropic', 'custom', 'nvidiaNim', 'gemini'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const AUTH_TYPES = ['default', 'proxy_with_headers', 'bearer_token'] as const;
export type AuthType = (typeof AUTH_TYPES)[number];

export interface RateLimitOption {
  /** Every Nth request of an account (N >= 2) is answered 429 and not processed. */
  readonly every: number;
  /** `seconds`: `Retry-After: 0`; `none`: no header; `http-date`: an HTTP-date (now, second resolution). */
  readonly retryAfter: 'seconds' | 'none' | 'http-date';
}

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
  readonly scopingIds?: { readonly organizations: readonly string[]; readonly spaces: readonly string[]; readonly status: 403 | 404 };
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
}
