/** Request bodies: from untrusted JSON to the server's own types, or a Problem. */
import { AUTH_TYPES, PROVIDERS, type AuthType, type IndependentServerOptions, type Provider } from './options.js';
import { Problem, invalid } from './problems.js';
import type { Metadata, Scope, Settings } from './store.js';

type Json = unknown;
type Obj = Record<string, Json>;

export const HEADERS_MAX_BYTES = 8175;

const CREATE_FIELDS = new Set([
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
]);
/** The update body holds the same fields. */
const UPDATE_FIELDS = CREATE_FIELDS;
const NULLABLE_ON_UPDATE = new Set(['api_key', 'base_url', 'headers', 'provider_metadata']);

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, key: string): boolean => Object.hasOwn(o, key);

/** A PATCH body, parsed. A present key means "set"; null means "clear" (nullable fields only). */
export interface Patch {
  name?: string;
  provider?: Provider;
  apiKey?: string | null;
  baseUrl?: string | null;
  modelNames?: string[];
  headers?: Array<[string, string]> | null;
  enableDefaultModels?: boolean;
  functionCallingEnabled?: boolean;
  authType?: AuthType;
  metadata?: Metadata | null;
  scopes?: Scope[];
}

export class Validator {
  constructor(private readonly options: IndependentServerOptions) {}

  parseCreate(body: Json): Settings {
    if (!isObject(body)) throw invalid('the body must be a JSON object');
    this.rejectUnknown(body, CREATE_FIELDS, '');
    for (const key of CREATE_FIELDS) {
      if (has(body, key) && body[key] === null) {
        if (key === 'provider_metadata' && this.options.nullMetadataCreateStatus === 422) {
          throw new Problem(422, 'provider_metadata must be an object');
        }
        throw invalid(`${key} must not be null`);
      }
    }
    if (!has(body, 'name')) throw invalid('name is required');
    if (!has(body, 'provider')) throw invalid('provider is required');
    const settings: Settings = {
      name: this.text(body.name, 'name'),
      provider: this.provider(body.provider),
      apiKey: has(body, 'api_key') ? this.text(body.api_key, 'api_key') : null,
      baseUrl: has(body, 'base_url') ? this.plainString(body.base_url, 'base_url') : null,
      modelNames: has(body, 'model_names') ? this.modelNames(body.model_names) : null,
      headers: has(body, 'headers') ? this.headers(body.headers) : null,
      enableDefaultModels: has(body, 'enable_default_models')
        ? this.bool(body.enable_default_models, 'enable_default_models')
        : false,
      functionCallingEnabled: has(body, 'function_calling_enabled')
        ? this.bool(body.function_calling_enabled, 'function_calling_enabled')
        : true,
      authType: has(body, 'auth_type') ? this.authType(body.auth_type) : 'default',
      metadata: has(body, 'provider_metadata') ? this.metadata(body.provider_metadata) : null,
      scopes: has(body, 'scopings') ? this.scopings(body.scopings) : [{ org: null, space: null }],
    };
    this.checkHeadersSize(settings.headers);
    return settings;
  }

  parsePatch(body: Json): Patch {
    if (!isObject(body)) throw invalid('the body must be a JSON object');
    this.rejectUnknown(body, UPDATE_FIELDS, '');
    if (![...UPDATE_FIELDS].some((key) => has(body, key)))
      throw new Problem(this.options.emptyPatchStatus ?? 400, 'the body must hold at least one updatable field');
    for (const key of UPDATE_FIELDS) {
      if (has(body, key) && body[key] === null && !NULLABLE_ON_UPDATE.has(key))
        throw invalid(`${key} must not be null`);
    }
    const patch: Patch = {};
    const nullOr = <T>(v: Json, parse: (v: Json) => T): T | null => (v === null ? null : parse(v));
    if (has(body, 'name')) patch.name = this.text(body.name, 'name');
    if (has(body, 'provider')) patch.provider = this.provider(body.provider);
    if (has(body, 'api_key')) patch.apiKey = nullOr(body.api_key, (v) => this.text(v, 'api_key'));
    if (has(body, 'base_url')) patch.baseUrl = nullOr(body.base_url, (v) => this.plainString(v, 'base_url'));
    if (has(body, 'model_names')) patch.modelNames = this.modelNames(body.model_names);
    if (has(body, 'headers')) patch.headers = nullOr(body.headers, (v) => this.headers(v));
    if (has(body, 'enable_default_models'))
      patch.enableDefaultModels = this.bool(body.enable_default_models, 'enable_default_models');
    if (has(body, 'function_calling_enabled'))
      patch.functionCallingEnabled = this.bool(body.function_calling_enabled, 'function_calling_enabled');
    if (has(body, 'auth_type')) patch.authType = this.authType(body.auth_type);
    if (has(body, 'provider_metadata')) patch.metadata = nullOr(body.provider_metadata, (v) => this.metadata(v));
    if (has(body, 'scopings')) patch.scopes = this.scopings(body.scopings);
    if (patch.headers) this.checkHeadersSize(patch.headers);
    return patch;
  }

  /** The rules on a whole state (after a create, or after a PATCH): 422 when broken. */
  checkConsistency(state: Settings): void {
    const kind = state.metadata?.kind ?? null;
    if (state.provider === 'awsBedrock' && kind !== 'aws')
      throw new Problem(422, 'an awsBedrock integration needs provider_metadata of kind aws');
    if (state.provider === 'vertexAI' && kind !== 'gcp')
      throw new Problem(422, 'a vertexAI integration needs provider_metadata of kind gcp');
    if (
      this.options.metadataOnlyWhereNeeded &&
      kind !== null &&
      state.provider !== 'awsBedrock' &&
      state.provider !== 'vertexAI'
    ) {
      throw new Problem(422, `a ${state.provider} integration takes no provider_metadata`);
    }
    if (
      this.options.modelSourceRequired &&
      state.provider === 'awsBedrock' &&
      !state.enableDefaultModels &&
      (state.modelNames ?? []).length === 0
    ) {
      throw new Problem(422, 'an awsBedrock integration needs enable_default_models or at least one model name');
    }
  }

  checkHeadersSize(headers: ReadonlyArray<readonly [string, string]> | null): void {
    if (headers && headersSize(headers) > HEADERS_MAX_BYTES) {
      throw new Problem(
        this.options.headersTooLargeStatus ?? 400,
        `headers must not exceed ${HEADERS_MAX_BYTES} bytes as JSON`,
      );
    }
  }

  /** Only known organization and space ids, when the server was given a list of them. */
  checkScopingIds(scopes: readonly Scope[]): void {
    const known = this.options.scopingIds;
    if (!known) return;
    for (const scope of scopes) {
      if (scope.org !== null && !known.organizations.includes(scope.org))
        throw new Problem(known.status, 'an organization of scopings does not exist or is not visible');
      if (scope.space !== null && !known.spaces.includes(scope.space))
        throw new Problem(known.status, 'a space of scopings does not exist or is not visible');
    }
  }

  private rejectUnknown(o: Obj, known: ReadonlySet<string>, where: string): void {
    if (this.options.ignoreUnknown) return;
    const unknown = Object.keys(o).filter((key) => !known.has(key));
    if (unknown.length > 0)
      throw invalid(`unknown propert${unknown.length === 1 ? 'y' : 'ies'}${where ? ` in ${where}` : ''}`);
  }

  private plainString(v: Json, field: string): string {
    if (typeof v !== 'string') throw invalid(`${field} must be a string`);
    return v;
  }

  /** A string that must not be empty unless emptyStringsAccepted. */
  private text(v: Json, field: string): string {
    const s = this.plainString(v, field);
    if (s === '' && !this.options.emptyStringsAccepted) throw invalid(`${field} must not be empty`);
    return s;
  }

  private bool(v: Json, field: string): boolean {
    if (typeof v !== 'boolean') throw invalid(`${field} must be a boolean`);
    return v;
  }

  private provider(v: Json): Provider {
    if (!(PROVIDERS as readonly Json[]).includes(v)) throw invalid(`provider must be one of ${PROVIDERS.join(', ')}`);
    return v as Provider;
  }

  private authType(v: Json): AuthType {
    if (!(AUTH_TYPES as readonly Json[]).includes(v))
      throw invalid(`auth_type must be one of ${AUTH_TYPES.join(', ')}`);
    return v as AuthType;
  }

  private modelNames(v: Json): string[] {
    if (!Array.isArray(v) || !v.every((name) => typeof name === 'string'))
      throw invalid('model_names must be an array of strings');
    const names = v as string[];
    return this.options.dedupeModelNames ? [...new Set(names)] : [...names];
  }

  private headers(v: Json): Array<[string, string]> {
    if (!isObject(v)) throw invalid('headers must be an object of strings');
    const entries = Object.entries(v);
    if (!entries.every(([, value]) => typeof value === 'string')) throw invalid('headers values must be strings');
    return entries as Array<[string, string]>;
  }

  private metadata(v: Json): Metadata {
    if (!isObject(v)) throw invalid('provider_metadata must be an object');
    const incomplete = (detail: string): Problem => new Problem(this.options.incompleteMetadataStatus ?? 422, detail);
    const required = (key: string): string => {
      if (!has(v, key)) throw incomplete(`provider_metadata of kind ${String(v.kind)} needs ${key}`);
      return this.text(v[key], `provider_metadata.${key}`);
    };
    if (v.kind === 'aws') {
      this.rejectUnknown(v, new Set(['kind', 'role_arn', 'external_id']), 'provider_metadata');
      const externalId =
        has(v, 'external_id') && v.external_id !== null
          ? this.text(v.external_id, 'provider_metadata.external_id')
          : null;
      return { kind: 'aws', roleArn: required('role_arn'), externalId };
    }
    if (v.kind === 'gcp') {
      this.rejectUnknown(v, new Set(['kind', 'project_id', 'location', 'project_access_label']), 'provider_metadata');
      return {
        kind: 'gcp',
        projectId: required('project_id'),
        location: required('location'),
        accessLabel: required('project_access_label'),
      };
    }
    throw invalid('provider_metadata.kind must be aws or gcp');
  }

  private scopings(v: Json): Scope[] {
    if (!Array.isArray(v)) throw invalid('scopings must be an array');
    const scopes = v.map((scoping): Scope => {
      if (!isObject(scoping)) throw invalid('each scoping must be an object');
      this.rejectUnknown(scoping, new Set(['organization_id', 'space_id']), 'a scoping');
      const id = (key: string): string | null =>
        has(scoping, key) && scoping[key] !== null ? this.text(scoping[key], `scopings.${key}`) : null;
      return { org: id('organization_id'), space: id('space_id') };
    });
    // Read as "visible account-wide" rather than "visible nowhere": the public text leaves it open.
    return this.options.emptyScopingsAccountWide && scopes.length === 0 ? [{ org: null, space: null }] : scopes;
  }
}

export function headersSize(headers: ReadonlyArray<readonly [string, string]>): number {
  return Buffer.byteLength(JSON.stringify(Object.fromEntries(headers)), 'utf8');
}
