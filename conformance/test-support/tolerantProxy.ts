import type { JsonObject, RuleId } from '../../spec/index.js';
import {
  startProxy,
  type BrokenProxy,
  type Forward,
  type Handler,
  type ProxyRequest,
  type ProxyResponse,
} from './brokenProxy.js';

/**
 * Servers that deviate from the mock only where the contract lets them without --strict: an HTTP
 * proxy on 127.0.0.1 in front of the mock that breaks one strict rule (a project decision) per
 * variant. The whole kit must pass against each without --strict, and `failsWithStrict` must fail
 * with --strict.
 */
export interface TolerantVariant {
  readonly description: string;
  /** The strict spec rule (x-contract-rules id, `strict: true`) the variant does not follow. */
  readonly strictRule: RuleId;
  /** The kit rule that must fail against it with --strict. */
  readonly failsWithStrict: string;
  readonly handle: Handler;
}

const ITEM = /^\/v2\/ai-integrations\/[^/?]+$/;
const UPDATABLE = [
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
const SCOPING = ['organization_id', 'space_id'];
const METADATA: Record<string, string[]> = {
  aws: ['kind', 'role_arn', 'external_id'],
  gcp: ['kind', 'project_id', 'location', 'project_access_label'],
};
/** The byte limit of the headers map (rule headers-size-limit): a merge that would pass it replaces instead. */
const HEADERS_MAX_BYTES = 8175;
/** What the proxy stores in place of an empty name (the mock refuses ""); answers show "" again. */
const EMPTY_NAME = 'tolerant-proxy-empty-name';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const parse = (text: string): JsonObject | undefined => {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
};
const isPatch = (r: ProxyRequest) => r.method === 'PATCH' && ITEM.test(r.path);
const pick = (value: JsonObject, keys: readonly string[]): JsonObject =>
  Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k)));
const withBody = (r: ProxyRequest, body: unknown): ProxyRequest => ({ ...r, text: JSON.stringify(body) });
const current = async (r: ProxyRequest, forward: Forward): Promise<JsonObject> =>
  parse(
    (
      await forward({
        method: 'GET',
        path: r.path,
        text: '',
        ...(r.authorization ? { authorization: r.authorization } : {}),
      })
    ).text,
  ) ?? {};

/** The body with the properties the spec does not declare dropped, at the top and inside scopings and provider_metadata. */
function knownOnly(body: JsonObject): JsonObject {
  const out = pick(body, UPDATABLE);
  if (Array.isArray(out.scopings)) out.scopings = out.scopings.map((s) => (isObject(s) ? pick(s, SCOPING) : s));
  const metadata = out.provider_metadata;
  if (isObject(metadata) && typeof metadata.kind === 'string' && METADATA[metadata.kind])
    out.provider_metadata = pick(metadata, METADATA[metadata.kind]!);
  return out;
}

/** Every integration in an answer (one, or a list's page) with `map` applied. */
function mapIntegrations(response: ProxyResponse, map: (integration: JsonObject) => JsonObject): ProxyResponse {
  const out = parse(response.text);
  if (!out) return response;
  const mapped = Array.isArray(out.ai_integrations)
    ? { ...out, ai_integrations: out.ai_integrations.map((i) => (isObject(i) ? map(i) : i)) }
    : typeof out.id === 'string'
      ? map(out)
      : out;
  return { ...response, text: JSON.stringify(mapped) };
}

export const TOLERANT_VARIANTS: Record<string, TolerantVariant> = {
  'headers-merged': {
    description: 'headers sent in a PATCH are merged into the stored map instead of replacing it',
    strictRule: 'headers-replace',
    failsWithStrict: 'replace-all',
    async handle(r, forward) {
      const body = isPatch(r) ? parse(r.text) : undefined;
      if (!body || !isObject(body.headers)) return forward(r);
      const stored = (await current(r, forward)).headers;
      const merged = { ...(isObject(stored) ? stored : {}), ...body.headers };
      if (Buffer.byteLength(JSON.stringify(merged)) > HEADERS_MAX_BYTES) return forward(r);
      return forward(withBody(r, { ...body, headers: merged }));
    },
  },
  'unknown-properties-ignored': {
    description:
      'unknown properties of a PATCH body (top-level, in scopings and in provider_metadata) are ignored instead of rejected',
    strictRule: 'unknown-properties-rejected',
    failsWithStrict: 'rejection-is-atomic',
    async handle(r, forward) {
      const body = isPatch(r) ? parse(r.text) : undefined;
      return forward(body ? withBody(r, knownOnly(body)) : r);
    },
  },
  'empty-names-accepted': {
    description: 'an empty name in a PATCH is accepted and stored as "" instead of rejected',
    strictRule: 'non-empty-strings',
    failsWithStrict: 'rejection-is-atomic',
    async handle(r, forward) {
      const body = isPatch(r) ? parse(r.text) : undefined;
      const request = body && body.name === '' ? withBody(r, { ...body, name: EMPTY_NAME }) : r;
      return mapIntegrations(await forward(request), (i) => (i.name === EMPTY_NAME ? { ...i, name: '' } : i));
    },
  },
};

/** Starts the proxy of one tolerant variant in front of `upstream`. */
export function startTolerantProxy(upstream: string, variant: string): Promise<BrokenProxy> {
  const tolerant = TOLERANT_VARIANTS[variant];
  if (!tolerant) throw new Error(`unknown tolerant variant "${variant}"`);
  return startProxy(upstream, tolerant.handle);
}
