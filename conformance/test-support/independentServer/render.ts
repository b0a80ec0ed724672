/** From stored integrations to response bodies, in the representation the switches choose. */
import type { IndependentServerOptions } from './options.js';
import { formatTimestamp, type Integration, type Metadata, type Scope } from './store.js';

type Out = Record<string, unknown>;

export class Renderer {
  constructor(private readonly options: IndependentServerOptions) {}

  integration(rec: Integration): Out {
    const o = this.options;
    const out: Out = {
      id: rec.id,
      name: rec.name,
      provider: rec.provider,
      has_api_key: rec.apiKey !== null,
    };
    // Default (mixed): base_url and provider_metadata as null, model_names and headers omitted.
    this.optional(out, 'base_url', rec.baseUrl, 'null');
    this.optional(out, 'model_names', rec.modelNames && this.modelNames(rec.modelNames), 'absent');
    this.optional(out, 'headers', rec.headers && Object.fromEntries(rec.headers), 'absent');
    out.enable_default_models = rec.enableDefaultModels;
    out.function_calling_enabled = rec.functionCallingEnabled;
    out.auth_type = rec.authType;
    this.optional(out, 'provider_metadata', rec.metadata && this.metadata(rec.metadata), 'null');
    out.scopings = rec.scopes.map((scope) => this.scoping(scope));
    out.created_at = this.timestamp(rec.createdAt);
    out.updated_at = this.timestamp(rec.updatedAt);
    out.created_by_user_id = rec.createdBy;
    if (o.extraFields) {
      out.header_names = (rec.headers ?? []).map(([key]) => key);
      out.space_ids = rec.scopes.flatMap((scope) => (scope.space === null ? [] : [scope.space]));
    }
    return out;
  }

  list(items: readonly Integration[], nextCursor: string | null, total: number): Out {
    const pagination: Out = { has_more: nextCursor !== null };
    if (nextCursor !== null) pagination.next_cursor = nextCursor;
    if (this.options.extraFields) pagination.total_hint = total;
    const out: Out = { ai_integrations: items.map((rec) => this.integration(rec)), pagination };
    if (this.options.extraFields) out.total_hint = total;
    return out;
  }

  /** The body as sent: keys shuffled at every depth when asked. */
  serialize(body: unknown): string {
    return JSON.stringify(this.options.shuffleKeys ? shuffle(body) : body);
  }

  private optional(out: Out, key: string, value: unknown, defaultStyle: 'null' | 'absent'): void {
    if (value !== null && value !== undefined) out[key] = value;
    else if ((this.options.clearedAs ?? defaultStyle) === 'null') out[key] = null;
  }

  private modelNames(names: readonly string[]): string[] {
    return this.options.modelNamesOrder === 'sorted' ? [...names].sort() : [...names];
  }

  private metadata(m: Metadata): Out {
    const extra = this.options.extraFields;
    if (m.kind === 'aws') {
      const out: Out = { kind: 'aws', role_arn: m.roleArn };
      this.optional(out, 'external_id', m.externalId, 'absent');
      if (extra) out.region_hint = 'us-east-1';
      return out;
    }
    const out: Out = {
      kind: 'gcp',
      project_id: m.projectId,
      location: m.location,
      project_access_label: m.accessLabel,
    };
    if (extra) out.region_hint = m.location;
    return out;
  }

  private scoping(scope: Scope): Out {
    const style = this.options.accountWideAs;
    const accountWide = scope.org === null && scope.space === null;
    const withNulls = style === 'nulls' || (style === undefined && !accountWide);
    const out: Out = {};
    if (scope.org !== null || withNulls) out.organization_id = scope.org;
    if (scope.space !== null || withNulls) out.space_id = scope.space;
    if (this.options.extraFields) out.space_name = scope.space === null ? null : `Space ${scope.space.slice(0, 8)}`;
    return out;
  }

  private timestamp(micros: number): string {
    return formatTimestamp(micros, this.options.timestamps ?? 'ms');
  }
}

/** Random key order at every depth; Object.fromEntries keeps a `__proto__` key an own property. */
function shuffle(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffle);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, v]): [string, unknown] => [key, shuffle(v)]);
  for (let i = entries.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}
