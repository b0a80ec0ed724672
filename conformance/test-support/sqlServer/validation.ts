import { ApiProblem, badRequest } from './problems.js';
import type { SqlServerOptions } from './faults.js';

/** The body checks of the API, written from its public description: types, enums, nullability, metadata kinds, the headers size limit. */

export const PROVIDERS = [
  'openAI',
  'azureOpenAI',
  'awsBedrock',
  'vertexAI',
  'anthropic',
  'custom',
  'nvidiaNim',
  'gemini',
];
const AUTH_TYPES = ['default', 'proxy_with_headers', 'bearer_token'];
const METADATA: Readonly<Record<string, { required: readonly string[]; optional: readonly string[] }>> = {
  aws: { required: ['role_arn'], optional: ['external_id'] },
  gcp: { required: ['project_id', 'location', 'project_access_label'], optional: [] },
};
/** The provider that needs each kind of metadata. */
export const NEEDS_KIND: Readonly<Record<string, string>> = { awsBedrock: 'aws', vertexAI: 'gcp' };
const HEADERS_MAX_BYTES = 8175;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NULLABLE_ON_UPDATE = ['api_key', 'base_url', 'headers', 'provider_metadata'];
export const FIELDS = [
  'name',
  'provider',
  'api_key',
  'base_url',
  'model_names',
  'headers',
  'enable_default_models',
  'function_calling_enabled',
  'auth_type',
  'provider_metadata',
  'scopings',
];

export type Body = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a create (`update` false) or update body and returns it; a ApiProblem (400) otherwise. */
export function checkBody(value: unknown, update: boolean, options: SqlServerOptions): Body {
  if (!isObject(value)) throw badRequest('The body must be a JSON object.');
  const unknown = Object.keys(value).filter((k) => !FIELDS.includes(k));
  if (unknown.length > 0) throw badRequest(`Unknown properties: ${unknown.join(', ')}.`);
  if (update && Object.keys(value).length === 0) throw badRequest('At least one field must be provided.');
  if (!update)
    for (const field of ['name', 'provider']) if (!(field in value)) throw badRequest(`${field} is required.`);
  for (const [field, v] of Object.entries(value)) {
    if (v === null) {
      if (update && NULLABLE_ON_UPDATE.includes(field)) continue;
      throw badRequest(`${field} must not be null.`);
    }
    checkField(field, v, options);
  }
  return value;
}

function checkField(field: string, v: unknown, options: SqlServerOptions): void {
  switch (field) {
    case 'name':
    case 'api_key':
      nonEmptyText(field, v, options);
      return;
    case 'base_url':
      text(field, v, options);
      return;
    case 'provider':
      if (typeof v !== 'string' || !PROVIDERS.includes(v))
        throw badRequest(`provider must be one of ${PROVIDERS.join(', ')}.`);
      return;
    case 'auth_type':
      if (typeof v !== 'string' || !AUTH_TYPES.includes(v))
        throw badRequest(`auth_type must be one of ${AUTH_TYPES.join(', ')}.`);
      return;
    case 'enable_default_models':
    case 'function_calling_enabled':
      if (typeof v !== 'boolean') throw badRequest(`${field} must be a boolean.`);
      return;
    case 'model_names':
      if (!Array.isArray(v)) throw badRequest('model_names must be a list of strings.');
      for (const item of v) text('model_names item', item, options);
      return;
    case 'headers': {
      if (!isObject(v)) throw badRequest('headers must be an object of strings.');
      for (const [key, item] of Object.entries(v)) {
        text('a headers name', key, options);
        text(`headers.${key}`, item, options);
      }
      if (Buffer.byteLength(JSON.stringify(v)) > HEADERS_MAX_BYTES)
        throw badRequest(`headers exceed ${HEADERS_MAX_BYTES} bytes.`);
      return;
    }
    case 'provider_metadata':
      checkMetadata(v, options);
      return;
    case 'scopings':
      if (!Array.isArray(v)) throw badRequest('scopings must be a list.');
      for (const scoping of v) {
        if (!isObject(scoping)) throw badRequest('Each scoping must be an object.');
        for (const [key, id] of Object.entries(scoping)) {
          if (key !== 'organization_id' && key !== 'space_id') throw badRequest(`Unknown scoping property ${key}.`);
          if (id !== null && (typeof id !== 'string' || id === ''))
            throw badRequest(`${key} must be a non-empty string or null.`);
        }
      }
      return;
  }
}

function checkMetadata(v: unknown, options: SqlServerOptions): void {
  if (!isObject(v) || typeof v.kind !== 'string' || !METADATA[v.kind])
    throw badRequest('provider_metadata must have kind aws or gcp.');
  const { required, optional } = METADATA[v.kind]!;
  for (const key of Object.keys(v))
    if (key !== 'kind' && !required.includes(key) && !optional.includes(key))
      throw badRequest(`Unknown provider_metadata property ${key}.`);
  for (const member of required) {
    if (!(member in v)) {
      if (options.metadataMembersUnchecked) continue;
      throw badRequest(`provider_metadata of kind ${v.kind} needs ${member}.`);
    }
    nonEmptyText(`provider_metadata.${member}`, v[member], options);
  }
  for (const member of optional)
    if (v[member] !== undefined && v[member] !== null) text(`provider_metadata.${member}`, v[member], options);
}

function text(what: string, v: unknown, options: SqlServerOptions): void {
  if (typeof v !== 'string') throw badRequest(`${what} must be a string.`);
  if (options.refuseControlText && (/[\u0000-\u001f\u007f]/.test(v) || LONE_SURROGATE.test(v)))
    throw badRequest(`${what} holds control characters or is not well-formed Unicode.`);
}

function nonEmptyText(what: string, v: unknown, options: SqlServerOptions): void {
  text(what, v, options);
  if (v === '') throw badRequest(`${what} must not be empty.`);
}

/** Provider consistency on the state after a write: 422 when a provider lacks the metadata kind it needs. */
export function checkConsistency(state: Body): void {
  const provider = state.provider as string;
  const kind = NEEDS_KIND[provider];
  const metadata = state.provider_metadata;
  if (kind && (!isObject(metadata) || metadata.kind !== kind))
    throw new ApiProblem(422, `${provider} needs provider_metadata of kind ${kind}.`);
}
