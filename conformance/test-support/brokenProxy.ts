import { createServer } from 'node:http';
import { contractModel, loadContract } from '../../spec/index.js';
import { listenOnLoopback } from './listenOnLoopback.js';
import { readBody } from './readBody.js';

/**
 * Deliberately broken servers for the kit's own tests: an HTTP proxy on 127.0.0.1 in front of a
 * correct server (the mock) that misbehaves in exactly one way per variant. It knows nothing of
 * the mock's internals: it only rewrites requests and responses.
 */
export interface BrokenVariant {
  readonly description: string;
  /** The kit rule that must fail against it. */
  readonly caughtBy: string;
  /** Needs the second account to show. */
  readonly needsOtherAccount?: boolean;
  /** Breaks a project decision, not a fact: caught only with --strict. */
  readonly strictOnly?: boolean;
  readonly handle: Handler;
}

export interface ProxyRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly text: string;
}
export interface ProxyResponse {
  /** 0 drops the connection without an answer. */
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
}
export type Forward = (request: ProxyRequest) => Promise<ProxyResponse>;
export type Handler = (request: ProxyRequest, forward: Forward, memory: Map<string, unknown>) => Promise<ProxyResponse>;

const ITEM = /^\/v2\/ai-integrations\/[^/?]+$/;
const NULLABLE = ['base_url', 'headers', 'provider_metadata'];
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

const json = (status: number, value: unknown, type = 'application/json'): ProxyResponse => ({
  status,
  headers: { 'content-type': type },
  text: JSON.stringify(value),
});
const parse = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};
const isPatch = (r: ProxyRequest) => r.method === 'PATCH' && ITEM.test(r.path);
const current = async (r: ProxyRequest, forward: Forward) =>
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
const withBody = (r: ProxyRequest, body: unknown): ProxyRequest => ({ ...r, text: JSON.stringify(body) });
const problem = (status: number, slug: string, title: string) =>
  json(
    status,
    { type: `https://arize.com/docs/ax/rest-reference/errors#${slug}`, title, status },
    'application/problem+json',
  );

export const BROKEN_VARIANTS: Record<string, BrokenVariant> = {
  'lists-merged': {
    description: 'model_names and scopings are merged with the stored lists instead of replacing them',
    caughtBy: 'replace-all',
    async handle(r, forward) {
      const body = isPatch(r) ? parse(r.text) : undefined;
      if (!body || (!Array.isArray(body.model_names) && !Array.isArray(body.scopings))) return forward(r);
      const now = await current(r, forward);
      const merged = { ...body };
      if (Array.isArray(body.model_names))
        merged.model_names = [...new Set([...((now.model_names as unknown[]) ?? []), ...body.model_names])];
      if (Array.isArray(body.scopings)) merged.scopings = [...((now.scopings as unknown[]) ?? []), ...body.scopings];
      return forward(withBody(r, merged));
    },
  },
  'null-ignored': {
    description: 'null on base_url, headers and provider_metadata is ignored instead of clearing them',
    caughtBy: 'null-clears',
    async handle(r, forward) {
      const body = isPatch(r) ? parse(r.text) : undefined;
      if (!body || !NULLABLE.some((f) => body[f] === null)) return forward(r);
      const kept = Object.fromEntries(Object.entries(body).filter(([k, v]) => !(NULLABLE.includes(k) && v === null)));
      if (Object.keys(kept).length === 0)
        return forward({
          method: 'GET',
          path: r.path,
          text: '',
          ...(r.authorization ? { authorization: r.authorization } : {}),
        });
      return forward(withBody(r, kept));
    },
  },
  'empty-accepted': {
    description: '`{}` is accepted (200, nothing changes) instead of 400',
    caughtBy: 'non-empty',
    async handle(r, forward) {
      const body = isPatch(r) ? parse(r.text) : undefined;
      if (body && Object.keys(body).length === 0)
        return forward({
          method: 'GET',
          path: r.path,
          text: '',
          ...(r.authorization ? { authorization: r.authorization } : {}),
        });
      return forward(r);
    },
  },
  'uniqueness-skipped': {
    description: 'a rename onto a taken name answers 200 instead of 409',
    caughtBy: 'uniqueness',
    async handle(r, forward) {
      const response = await forward(r);
      if (!isPatch(r) || response.status !== 409) return response;
      return json(200, { ...(await current(r, forward)), ...parse(r.text) });
    },
  },
  'uniqueness-across-accounts': {
    description: 'names are unique across all accounts instead of within one (409 when another account has the name)',
    caughtBy: 'uniqueness',
    needsOtherAccount: true,
    async handle(r, forward, memory) {
      const owners = (memory.get('owners') as Map<string, string> | undefined) ?? new Map<string, string>();
      memory.set('owners', owners);
      const body =
        (r.method === 'PATCH' || r.method === 'POST') && /^\/v2\/ai-integrations/.test(r.path)
          ? parse(r.text)
          : undefined;
      const owner = typeof body?.name === 'string' ? owners.get(body.name) : undefined;
      if (owner !== undefined && owner !== r.authorization)
        return problem(409, 'resource-conflict', 'Resource conflict');
      const response = await forward(r);
      const out = parse(response.text);
      if (response.status < 300 && typeof out?.name === 'string' && r.authorization)
        owners.set(out.name, r.authorization);
      return response;
    },
  },
  'half-applied': {
    description: 'a rejected PATCH still applies its valid fields',
    caughtBy: 'rejection-is-atomic',
    async handle(r, forward) {
      const response = await forward(r);
      const body = isPatch(r) && response.status >= 400 && response.status < 500 ? parse(r.text) : undefined;
      for (const [key, value] of Object.entries(body ?? {})) {
        if (UPDATABLE.includes(key)) await forward(withBody(r, { [key]: value }));
      }
      return response;
    },
  },
  'key-echoed': {
    description: 'the api_key sent is echoed in the response',
    caughtBy: 'api-key',
    async handle(r, forward) {
      const response = await forward(r);
      const body = r.method === 'PATCH' || r.method === 'POST' ? parse(r.text) : undefined;
      const out = parse(response.text);
      if (typeof body?.api_key !== 'string' || !out || response.status >= 300) return response;
      return { ...response, text: JSON.stringify({ ...out, api_key: body.api_key }) };
    },
  },
  'patch-not-persisted': {
    description: 'PATCH answers the updated integration but the change is not stored',
    caughtBy: 'read-back',
    async handle(r, forward) {
      if (!isPatch(r)) return forward(r);
      const before = await current(r, forward);
      const response = await forward(r);
      const body = parse(r.text);
      if (response.status !== 200 || !body) return response;
      const restore: Record<string, unknown> = {};
      for (const key of Object.keys(body)) {
        if (key === 'api_key' || !UPDATABLE.includes(key)) continue;
        restore[key] = before[key] ?? (key === 'model_names' ? [] : null);
      }
      if ('provider' in restore || 'provider_metadata' in restore)
        Object.assign(restore, { provider: before.provider, provider_metadata: before.provider_metadata ?? null });
      if (Object.keys(restore).length > 0) await forward(withBody(r, restore));
      return response;
    },
  },
  'omitted-reset': {
    description: 'fields omitted from a PATCH are reset to their defaults',
    caughtBy: 'omitted-unchanged',
    async handle(r, forward) {
      const body = isPatch(r) ? parse(r.text) : undefined;
      if (!body || !Object.keys(body).some((k) => UPDATABLE.includes(k))) return forward(r);
      // The nullable fields cleared, the list emptied, the rest as a create would default them (the spec's default edition, which the mock behind speaks).
      const defaults = {
        base_url: null,
        headers: null,
        model_names: [],
        ...contractModel(await loadContract()).defaults,
      };
      return forward(withBody(r, { ...defaults, ...body }));
    },
  },
  'provider-unchecked': {
    description:
      'an inconsistent provider and provider_metadata is answered 200 (with the patch applied in the answer only) instead of 422',
    caughtBy: 'provider-consistency',
    async handle(r, forward) {
      const response = await forward(r);
      if (!isPatch(r) || response.status !== 422) return response;
      return json(200, { ...(await current(r, forward)), ...parse(r.text) });
    },
  },
  'timestamps-frozen': {
    description: 'updated_at does not move on PATCH (a decision of the project, updated-at-advances)',
    caughtBy: 'immutable-and-timestamps',
    strictOnly: true,
    async handle(r, forward) {
      const response = await forward(r);
      const out = parse(response.text);
      if (!out || typeof out.created_at !== 'string' || response.status >= 300) return response;
      return { ...response, text: JSON.stringify({ ...out, updated_at: out.created_at }) };
    },
  },
  'updated-at-goes-back': {
    description: 'updated_at of a patched integration is a second before its created_at',
    caughtBy: 'immutable-and-timestamps',
    async handle(r, forward) {
      const response = await forward(r);
      const out = parse(response.text);
      if (!out || !isPatch(r) || typeof out.created_at !== 'string' || response.status >= 300) return response;
      return {
        ...response,
        text: JSON.stringify({ ...out, updated_at: new Date(Date.parse(out.created_at) - 1000).toISOString() }),
      };
    },
  },
  'errors-plain-json': {
    description: 'errors are sent as application/json without the problem type',
    caughtBy: 'response-conformance',
    async handle(r, forward) {
      const response = await forward(r);
      if (response.status < 400) return response;
      const out = parse(response.text) ?? {};
      return json(response.status, { ...out, type: undefined, status: undefined, error: out.title });
    },
  },
  'auth-ignored': {
    description: 'requests without credentials are served as one shared account instead of 401',
    caughtBy: 'auth-and-isolation',
    async handle(r, forward) {
      if (r.authorization && /^Bearer \S+/.test(r.authorization)) return forward(r);
      return forward({ ...r, authorization: 'Bearer shared-anonymous-account' });
    },
  },
  'cross-account-read': {
    description: "another account's integration can be read by id",
    caughtBy: 'auth-and-isolation',
    needsOtherAccount: true,
    async handle(r, forward, memory) {
      const owners = (memory.get('ids') as Map<string, string> | undefined) ?? new Map<string, string>();
      memory.set('ids', owners);
      const response = await forward(r);
      const out = parse(response.text);
      if (response.status === 201 && typeof out?.id === 'string' && r.authorization)
        owners.set(out.id, r.authorization);
      if (r.method === 'GET' && ITEM.test(r.path) && response.status === 404) {
        const owner = owners.get(decodeURIComponent(r.path.split('/').pop()!));
        if (owner) return forward({ ...r, authorization: owner });
      }
      return response;
    },
  },
  'create-defaults-ignored': {
    description:
      'a create without function_calling_enabled stores false instead of the default true (in the 201 body and on GET)',
    caughtBy: 'create',
    async handle(r, forward, memory) {
      const dropped = (memory.get('dropped') as Set<string> | undefined) ?? new Set<string>();
      memory.set('dropped', dropped);
      const body = parse(r.text);
      const response = await forward(r);
      const out = parse(response.text);
      if (
        r.method === 'POST' &&
        response.status === 201 &&
        body &&
        body.function_calling_enabled === undefined &&
        typeof out?.id === 'string'
      )
        dropped.add(out.id);
      if (isPatch(r) && response.status === 200 && body && 'function_calling_enabled' in body)
        dropped.delete(decodeURIComponent(r.path.split('/').pop()!));
      const rewrite = (item: unknown) =>
        item && typeof item === 'object' && dropped.has(String((item as Record<string, unknown>).id))
          ? { ...item, function_calling_enabled: false }
          : item;
      if (!out || response.status >= 300) return response;
      const items = out.ai_integrations;
      return {
        ...response,
        text: JSON.stringify(Array.isArray(items) ? { ...out, ai_integrations: items.map(rewrite) } : rewrite(out)),
      };
    },
  },
  'create-duplicates-allowed': {
    description:
      'a create with a name the account already uses succeeds (stored under a made-up name, answered with the name sent) instead of 409',
    caughtBy: 'create',
    async handle(r, forward, memory) {
      const response = await forward(r);
      const body = r.method === 'POST' && /^\/v2\/ai-integrations(\?|$)/.test(r.path) ? parse(r.text) : undefined;
      if (response.status !== 409 || typeof body?.name !== 'string') return response;
      const n = ((memory.get('n') as number | undefined) ?? 0) + 1;
      memory.set('n', n);
      const again = await forward(withBody(r, { ...body, name: `${body.name}~dup${n}` }));
      const out = parse(again.text);
      return again.status === 201 && out ? { ...again, text: JSON.stringify({ ...out, name: body.name }) } : again;
    },
  },
  'cursor-skips-item': {
    description: 'a page fetched with a cursor leaves out its first integration (the cursor skips an item)',
    caughtBy: 'list-and-pagination',
    async handle(r, forward) {
      const response = await forward(r);
      const [path, query = ''] = r.path.split('?');
      if (
        r.method !== 'GET' ||
        path !== '/v2/ai-integrations' ||
        !new URLSearchParams(query).has('cursor') ||
        response.status !== 200
      )
        return response;
      const out = parse(response.text);
      if (!out || !Array.isArray(out.ai_integrations)) return response;
      return { ...response, text: JSON.stringify({ ...out, ai_integrations: out.ai_integrations.slice(1) }) };
    },
  },
  'malformed-id-404': {
    description: 'an id of an invalid format is answered 404 instead of 400',
    caughtBy: 'malformed-id',
    async handle(r, forward) {
      const response = await forward(r);
      const segment = ITEM.test(r.path.split('?')[0]!)
        ? decodeURIComponent(r.path.split('?')[0]!.split('/').pop()!)
        : undefined;
      if (segment === undefined || /^[A-Za-z0-9+/]+={0,2}$/.test(segment) || response.status !== 400) return response;
      return problem(404, 'resource-not-found', 'Resource not found');
    },
  },
};

/** Answers a PATCH whose body held nothing but what a variant ignored: 200 with the integration unchanged. */
const unchanged = (r: ProxyRequest, forward: Forward) =>
  forward({ method: 'GET', path: r.path, text: '', ...(r.authorization ? { authorization: r.authorization } : {}) });

/**
 * Variants about one body field, one proxy per field: a server that takes `null` on `field` (not
 * nullable) as if it were left out, with a 200; one that stores a number sent for a string field
 * as its text; one that takes an empty list on `field` as if it were left out, keeping the stored list.
 */
export const FIELD_VARIANTS = {
  'null-accepted': (field: string): BrokenVariant => ({
    description: `${field}: null (not nullable) is answered 200 as if ${field} were left out, instead of a 400`,
    caughtBy: 'rejection-is-atomic',
    handle: async (r, forward) => ignoring(r, forward, (k, v) => k === field && v === null),
  }),
  'number-as-text': (field: string): BrokenVariant => ({
    description: `a number sent for ${field} (a string) is stored as its text (200) instead of a 400`,
    caughtBy: 'rejection-is-atomic',
    handle: async (r, forward) => {
      const body = isPatch(r) ? parse(r.text) : undefined;
      if (!body || typeof body[field] !== 'number') return forward(r);
      return forward(withBody(r, { ...body, [field]: String(body[field]) }));
    },
  }),
  'empty-list-ignored': (field: string): BrokenVariant => ({
    description: `${field}: [] is ignored (the stored list kept, 200) instead of replacing the list`,
    caughtBy: 'replace-all',
    handle: async (r, forward) => ignoring(r, forward, (k, v) => k === field && Array.isArray(v) && v.length === 0),
  }),
} as const;

/** A PATCH with the members `ignored` selects taken out (answered as unchanged when nothing is left); anything else as is. */
async function ignoring(
  r: ProxyRequest,
  forward: Forward,
  ignored: (key: string, value: unknown) => boolean,
): Promise<ProxyResponse> {
  const body = isPatch(r) ? parse(r.text) : undefined;
  if (!body || !Object.entries(body).some(([k, v]) => ignored(k, v))) return forward(r);
  const kept = Object.fromEntries(Object.entries(body).filter(([k, v]) => !ignored(k, v)));
  return Object.keys(kept).length === 0 ? unchanged(r, forward) : forward(withBody(r, kept));
}

/** Starts a proxy for a variant object (e.g. one of FIELD_VARIANTS) in front of `upstream`. */
export function startVariantProxy(upstream: string, variant: BrokenVariant): Promise<BrokenProxy> {
  return startProxy(upstream, variant.handle);
}

export interface BrokenProxy {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the proxy for one variant (or `correct`: a transparent proxy) in front of `upstream`. */
export function startBrokenProxy(upstream: string, variant: string): Promise<BrokenProxy> {
  const broken = BROKEN_VARIANTS[variant];
  if (variant !== 'correct' && !broken) throw new Error(`unknown broken variant "${variant}"`);
  return startProxy(upstream, broken ? broken.handle : (r, forward) => forward(r));
}

/** Misbehaves only the first time: the first `{}` PATCH is answered 200. A flaky server, not a broken one. */
export const emptyAcceptedOnce: Handler = async (r, forward, memory) => {
  const body = isPatch(r) ? parse(r.text) : undefined;
  if (body && Object.keys(body).length === 0 && !memory.has('done')) {
    memory.set('done', true);
    return forward({
      method: 'GET',
      path: r.path,
      text: '',
      ...(r.authorization ? { authorization: r.authorization } : {}),
    });
  }
  return forward(r);
};

/** A proxy with any handler: the base of the broken variants and of the fault-injecting tests. */
export async function startProxy(upstream: string, handle: Handler): Promise<BrokenProxy> {
  const memory = new Map<string, unknown>();
  const forward: Forward = async (request) => {
    const headers: Record<string, string> = {};
    if (request.authorization) headers.authorization = request.authorization;
    if (request.text !== '') headers['content-type'] = 'application/json';
    const response = await fetch(`${upstream}${request.path}`, {
      method: request.method,
      headers,
      ...(request.text !== '' ? { body: request.text } : {}),
    });
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name === 'content-type' || name === 'retry-after') out[name] = value;
    });
    return { status: response.status, headers: out, text: await response.text() };
  };
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const text = await readBody(req);
        const authorization = req.headers.authorization;
        const response = await handle(
          {
            method: req.method ?? 'GET',
            path: req.url ?? '/',
            text,
            ...(authorization !== undefined ? { authorization } : {}),
          },
          forward,
          memory,
        );
        if (response.status === 0)
          req.socket.destroy(); // a dropped connection
        else res.writeHead(response.status, response.headers).end(response.status === 204 ? undefined : response.text);
      } catch (error) {
        res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
      }
    })();
  });
  return listenOnLoopback(server);
}
