/** Every switch of the independent server, for test matrices: name -> options. */
import type { IndependentFault, IndependentServerOptions } from './options.js';

export const INDEPENDENT_SWITCHES: Record<string, { description: string; options: IndependentServerOptions }> = {
  shuffleKeys: {
    description: 'object keys in a random order in every response, at every depth',
    options: { shuffleKeys: true },
  },
  clearedAsNull: {
    description: 'unset base_url, model_names, headers, provider_metadata shown as null',
    options: { clearedAs: 'null' },
  },
  clearedAsAbsent: {
    description: 'unset base_url, model_names, headers, provider_metadata omitted',
    options: { clearedAs: 'absent' },
  },
  accountWideAsEmptyObject: {
    description: 'scopings never show null members (account-wide is {})',
    options: { accountWideAs: 'empty-object' },
  },
  accountWideAsNulls: {
    description: 'scopings always show both keys ({organization_id: null, space_id: null})',
    options: { accountWideAs: 'nulls' },
  },
  extraFields: {
    description: 'extra members at every depth: integration, scoping, metadata, list, pagination, problem',
    options: { extraFields: true },
  },
  timestampsSeconds: {
    description: 'timestamps without fraction: 2026-02-13T21:27:19Z',
    options: { timestamps: 'seconds' },
  },
  timestampsMicros: {
    description: 'timestamps with microseconds: 2026-02-13T21:27:19.055123Z',
    options: { timestamps: 'micros' },
  },
  timestampsOffset: {
    description: 'timestamps with an offset: 2026-02-13T21:27:19.055+00:00',
    options: { timestamps: 'offset' },
  },
  ignoreUnknown: {
    description: 'unknown request properties ignored at every depth (a PATCH of only unknown ones is still 400)',
    options: { ignoreUnknown: true },
  },
  emptyStringsAccepted: {
    description: 'empty name, api_key, scoping ids and metadata values accepted and stored',
    options: { emptyStringsAccepted: true },
  },
  mergeHeaders: {
    description: 'a PATCH headers object is merged into the stored map (null still clears)',
    options: { mergeHeaders: true },
  },
  rateLimitSeconds: {
    description: 'every 5th request of an account is 429 with Retry-After: 0',
    options: { rateLimit: { every: 5, retryAfter: 'seconds' } },
  },
  rateLimitNoRetryAfter: {
    description: 'every 7th request of an account is 429 without Retry-After',
    options: { rateLimit: { every: 7, retryAfter: 'none' } },
  },
  rateLimitHttpDate: {
    description: 'every 6th request of an account is 429 with Retry-After as an HTTP-date',
    options: { rateLimit: { every: 6, retryAfter: 'http-date' } },
  },
  pageSizeSmall: {
    description: 'pages of 7 by default, at most 20 (a larger limit is clamped)',
    options: { pageSize: { default: 7, max: 20 } },
  },
  listOldestFirst: { description: 'list oldest first', options: { listOrder: 'oldest-first' } },
  listByName: { description: 'list ordered by name', options: { listOrder: 'by-name' } },
  modelNamesSorted: { description: 'model_names returned sorted', options: { modelNamesOrder: 'sorted' } },
  dedupeModelNames: { description: 'duplicate model_names dropped', options: { dedupeModelNames: true } },
  providerChangeRefused: {
    description: 'a PATCH changing the provider is 400 and changes nothing',
    options: { providerChangeRefused: true },
  },
  modelSourceRequired: {
    description: 'awsBedrock needs enable_default_models or a non-empty model_names (422)',
    options: { modelSourceRequired: true },
  },
  metadataOnlyWhereNeeded: {
    description: 'provider_metadata on a provider other than awsBedrock/vertexAI is 422',
    options: { metadataOnlyWhereNeeded: true },
  },
  scopingIds404: {
    description: 'only organization T3JnOjE= (Org:1) and space U3BhY2U6MQ== (Space:1) exist; other scoping ids are 404',
    options: { scopingIds: { organizations: ['T3JnOjE='], spaces: ['U3BhY2U6MQ=='], status: 404 } },
  },
  scopingIds403: {
    description: 'only organization T3JnOjE= (Org:1) and space U3BhY2U6MQ== (Space:1) exist; other scoping ids are 403',
    options: { scopingIds: { organizations: ['T3JnOjE='], spaces: ['U3BhY2U6MQ=='], status: 403 } },
  },
  problemMinimal: { description: 'problems carry only title and status', options: { problemMinimal: true } },
  caseInsensitiveNames: { description: 'name uniqueness ignores case', options: { caseInsensitiveNames: true } },
  updatedAtUntouchedOnNoop: {
    description: 'a PATCH that changes nothing keeps updated_at',
    options: { updatedAtUntouchedOnNoop: true },
  },
  nullMetadataCreate422: {
    description: 'provider_metadata: null on create is 422 (not 400)',
    options: { nullMetadataCreateStatus: 422 },
  },
  incompleteMetadata400: {
    description: 'provider_metadata lacking a member its kind requires is 400 (not 422)',
    options: { incompleteMetadataStatus: 400 },
  },
  authSchemeCaseInsensitive: {
    description: 'the Authorization scheme is matched in any case (bearer, BEARER)',
    options: { authSchemeCaseInsensitive: true },
  },
  slashyIds: {
    description: 'every id holds a / or a + (standard base64): path ids must be percent-encoded',
    options: { slashyIds: true },
  },
  contentTypeCharset: {
    description: 'Content-Type with ; charset=utf-8 on JSON and problems',
    options: { contentTypeCharset: true },
  },
  timestampsNonUtc: {
    description: 'timestamps at a non-UTC offset (same instant): 2026-02-14T02:57:19.055+05:30',
    options: { timestamps: 'non-utc' },
  },
  foreignId403: {
    description: "PATCH/DELETE of another account's id is 403 (GET stays 404; the contract's Decision says 404)",
    options: { foreignIdStatus: 403 },
  },
  headersTooLarge413: {
    description: 'a headers map over 8,175 bytes is 413 (Decision: 400)',
    options: { headersTooLargeStatus: 413 },
  },
  headersTooLarge422: {
    description: 'a headers map over 8,175 bytes is 422 (Decision: 400)',
    options: { headersTooLargeStatus: 422 },
  },
  emptyPatch422: {
    description: 'a PATCH with no updatable field is 422 (Decision: 400)',
    options: { emptyPatchStatus: 422 },
  },
  gzip: { description: 'responses gzip-compressed when the request accepts gzip', options: { gzip: true } },
  connectionClose: {
    description: 'Connection: close on every response (a new connection per request)',
    options: { connectionClose: true },
  },
  latencyJitter: {
    description: 'every answer after 0-8 ms at random (simultaneous requests answered in any order)',
    options: { latencyMs: { min: 0, max: 8 } },
  },
  sequentialIds: {
    description: 'short sequential ids: base64 of AiIntegration:<n>',
    options: { idFormat: 'sequential' },
  },
  numericCursors: {
    description: 'cursors are the position as a plain decimal (an offset)',
    options: { cursorFormat: 'numeric' },
  },
  problemTypeAboutBlank: {
    description: 'problems of type about:blank (RFC 9457 default)',
    options: { problemType: 'about:blank' },
  },
  problemTypeRelative: {
    description: 'problems of a relative type: /problems/<slug>',
    options: { problemType: 'relative' },
  },
  extraHeaders: {
    description: 'extra response headers: X-Request-Id, X-RateLimit-*, Cache-Control, Strict-Transport-Security',
    options: { extraHeaders: true },
  },
  emptyScopingsAccountWide: {
    description: 'scopings: [] stored as one account-wide scoping',
    options: { emptyScopingsAccountWide: true },
  },
  everything: {
    description: 'the representation switches at once',
    options: {
      shuffleKeys: true,
      clearedAs: 'absent',
      accountWideAs: 'nulls',
      extraFields: true,
      timestamps: 'offset',
      pageSize: { default: 3, max: 5 },
      listOrder: 'oldest-first',
      problemMinimal: true,
      ignoreUnknown: true,
      rateLimit: { every: 13, retryAfter: 'none' },
    },
  },
};

/**
 * The deliberate bugs of the independent server (options.fault), each with the kit rule whose
 * default run must catch it. Never part of INDEPENDENT_SWITCHES: those are all correct servers.
 */
export const INDEPENDENT_FAULTS: Record<IndependentFault, { description: string; caughtBy: string }> = {
  'create-check-then-insert': {
    description:
      'create checks the name, awaits a round trip, then inserts: two simultaneous creates onto one name both succeed',
    caughtBy: 'concurrent-requests',
  },
  'rename-check-then-update': {
    description:
      'PATCH checks the name, awaits a round trip, then writes: two simultaneous renames onto one name both succeed',
    caughtBy: 'concurrent-requests',
  },
  'patch-read-modify-write': {
    description:
      'PATCH reads the record, awaits a round trip, writes the whole record from the copy read: simultaneous PATCHes lose updates',
    caughtBy: 'concurrent-requests',
  },
  'patch-upserts': {
    description: 'PATCH awaits a round trip, then upserts: a PATCH racing a DELETE writes the deleted integration back',
    caughtBy: 'concurrent-requests',
  },
  'uniqueness-first-page': {
    description: 'name uniqueness is checked against the first page (the 50 newest) only',
    caughtBy: 'beyond-one-page',
  },
  'uniqueness-recent-window': {
    description: 'name uniqueness is checked against a cache of the 100 most recently written names',
    caughtBy: 'beyond-one-page',
  },
  'name-filter-first-hundred': {
    description: 'the name filter searches only the 100 newest integrations of the account',
    caughtBy: 'beyond-one-page',
  },
  'page-boundary-skips': {
    description: 'a cursor past the default page skips one integration',
    caughtBy: 'beyond-one-page',
  },
  'page-boundary-repeats': {
    description: 'a cursor past the default page repeats one integration',
    caughtBy: 'beyond-one-page',
  },
};
