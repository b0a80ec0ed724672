// Generated from spec/openapi.yaml (upper edition) by `npm run generate`. Do not edit: a test fails when stale.

/** The operations of the spec. */
export type OperationId =
  | 'list_ai_integrations'
  | 'create_ai_integration'
  | 'get_ai_integration'
  | 'update_ai_integration'
  | 'delete_ai_integration';

/** The ids of the rules in the operations' x-contract-rules. */
export type RuleId =
  | 'list-pagination'
  | 'list-name-filter'
  | 'create-name-unique'
  | 'create-provider-consistency'
  | 'model-source-optional'
  | 'create-defaults'
  | 'create-api-key-write-only'
  | 'create-headers-size-limit'
  | 'non-empty'
  | 'omitted-unchanged'
  | 'name-unique'
  | 'api-key'
  | 'null-clears'
  | 'replace-all'
  | 'headers-replace'
  | 'empty-scopings-stored'
  | 'provider-change'
  | 'metadata-on-any-provider'
  | 'types-enforced'
  | 'unknown-properties-rejected'
  | 'non-empty-strings'
  | 'atomic'
  | 'provider-consistency'
  | 'immutable-fields'
  | 'updated-at-advances'
  | 'headers-size-limit'
  | 'malformed-body'
  | 'malformed-id'
  | 'not-found'
  | 'read-back';

/**
 * Opaque base64 id, e.g. `TGxtSW50ZWdyYXRpb246MTI6YUJjRA==` (base64 of `LlmIntegration:12:aBcD`).
 * Decision: 4 to 512 characters (no public source).
 */
export type Base64Id = string;

/**
 * Fact: an RFC 3339 date-time, e.g. `2026-02-13T21:27:19.055Z`. A server may send seconds,
 * milliseconds or microseconds, in UTC `Z` or with an offset such as `+00:00`; compare
 * timestamps as instants. Decision: the mock writes milliseconds in UTC `Z`.
 */
export type Timestamp = string;

/** The external LLM provider. */
export type Provider = 'OPEN_AI' | 'AZURE_OPEN_AI' | 'AWS_BEDROCK' | 'VERTEX_AI' | 'ANTHROPIC' | 'CUSTOM' | 'NVIDIA_NIM' | 'GEMINI';

/** How requests to the provider are authenticated. */
export type AuthType = 'DEFAULT' | 'PROXY_WITH_HEADERS' | 'BEARER_TOKEN';

/**
 * A visibility rule. organization_id null (or absent) means account-wide; space_id null (or
 * absent) means organization-wide. `{}` is equal to `{organization_id: null, space_id: null}`.
 * Open in responses (a server may add fields); request bodies use ScopingInput, which is closed.
 */
export interface Scoping {
  /** Base64 id of the organization; null means account-wide. */
  organization_id?: string | null;
  /** Base64 id of the space; null means organization-wide. */
  space_id?: string | null;
}

/** AWS metadata, required for AWS_BEDROCK. */
export interface AwsProviderMetadata {
  kind: 'AWS';
  /** ARN of the IAM role to assume. */
  role_arn: string;
  /** External id for the role trust policy. */
  external_id?: string | null;
}

/** GCP metadata, required for VERTEX_AI. */
export interface GcpProviderMetadata {
  kind: 'GCP';
  project_id: string;
  location: string;
  project_access_label: string;
}

/** Provider-specific metadata, discriminated by `kind`. */
export type ProviderMetadata = AwsProviderMetadata | GcpProviderMetadata;

/**
 * A Scoping in a request body. Decision: unknown properties are rejected (rule
 * unknown-properties-rejected).
 */
export type ScopingInput = Scoping;

/**
 * ProviderMetadata in a request body. Decision: unknown properties are rejected (rule
 * unknown-properties-rejected); the properties of the branch `kind` selects are the known ones.
 * Each branch closes itself. Not `unevaluatedProperties: false` beside this oneOf: there Ajv 8
 * records the evaluated properties in a plain object, so a key named like a member of
 * Object.prototype (constructor, toString, __proto__, ...) counts as evaluated and gets through
 * (the family of ajv-validator/ajv#2664).
 */
export type ProviderMetadataInput = AwsProviderMetadataInput | GcpProviderMetadataInput;

/** AwsProviderMetadata in a request body, closed (rule unknown-properties-rejected). */
export type AwsProviderMetadataInput = AwsProviderMetadata;

/** GcpProviderMetadata in a request body, closed (rule unknown-properties-rejected). */
export type GcpProviderMetadataInput = GcpProviderMetadata;

/**
 * Custom headers sent to the provider. The map serialized as JSON must not exceed 8,175
 * bytes (rule headers-size-limit).
 */
export type ProviderHeaders = {
  [key: string]: string;
};

/** An AI integration. The api key itself is never returned, only `has_api_key`. */
export interface AiIntegration {
  id: Base64Id;
  /** Unique within the account. */
  name: string;
  provider: Provider;
  /** Whether a key is stored. */
  has_api_key: boolean;
  /** Custom base URL. */
  base_url?: string | null;
  /** Supported model names. */
  model_names?: string[] | null;
  headers?: ProviderHeaders | null;
  enable_default_models: boolean;
  function_calling_enabled: boolean;
  auth_type: AuthType;
  provider_metadata?: ProviderMetadata | null;
  scopings: Scoping[];
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by_user_id: Base64Id;
}

/** `next_cursor` is present exactly when `has_more` is true. */
export interface PaginationMetadata {
  has_more: boolean;
  /** Present exactly when has_more is true. */
  next_cursor?: string;
}

export interface AiIntegrationList {
  ai_integrations: AiIntegration[];
  pagination: PaginationMetadata;
}

/**
 * `name` and `provider` are required. Defaults: enable_default_models false,
 * function_calling_enabled true, auth_type DEFAULT, scopings account-wide.
 * Fact: no field of the create body is nullable (a null is 400, rule types-enforced).
 * Decision: unknown properties are rejected (`additionalProperties: false`, rule
 * unknown-properties-rejected) and strings are non-empty (`minLength`, rule
 * non-empty-strings); the conformance kit checks both only with --strict.
 */
export interface CreateAiIntegrationRequest {
  name: string;
  provider: Provider;
  /** Stored, never returned. */
  api_key?: string;
  base_url?: string;
  model_names?: string[];
  headers?: ProviderHeaders;
  enable_default_models?: boolean;
  function_calling_enabled?: boolean;
  auth_type?: AuthType;
  provider_metadata?: ProviderMetadataInput;
  scopings?: ScopingInput[];
}

/**
 * Every field is optional, but at least one must be provided (rule non-empty). Only api_key,
 * base_url, headers and provider_metadata are nullable; null removes them. Decision: unknown
 * properties are rejected.
 */
export interface UpdateAiIntegrationRequest {
  /** Must be unique within the account (rule name-unique). */
  name?: string;
  provider?: Provider;
  /** A string sets the key, null removes it, omitted keeps it. Never returned. */
  api_key?: string | null;
  /** null clears it. */
  base_url?: string | null;
  /** Replaces the whole list. */
  model_names?: string[];
  /** Replaces the whole map (Decision); null clears it. */
  headers?: ProviderHeaders | null;
  enable_default_models?: boolean;
  function_calling_enabled?: boolean;
  auth_type?: AuthType;
  /** Replaces the stored object (no deep merge); null clears it. */
  provider_metadata?: ProviderMetadataInput | null;
  /** Replaces all rules. */
  scopings?: ScopingInput[];
}

/** One offending field of a rejected request (Decision, a problem+json extension). */
export interface ValidationIssue {
  /** JSON pointer into the request (body, query or path). */
  pointer: string;
  message: string;
}

/**
 * RFC 9457 Problem Details. Fact: only `title` and `status` are required; `type`, `detail`
 * and `instance` are optional, and a server may add members (the errors page names an
 * optional `error_code`). Decision: the mock always sends `type` and `detail`.
 */
export interface Problem {
  /** `https://arize.com/docs/ax/rest-reference/errors#<slug>` */
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Decision, extension member. The offending fields of a validation error. */
  errors?: ValidationIssue[];
}
