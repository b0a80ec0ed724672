/**
 * An independent implementation of the AI integrations API, written from the contract text
 * (spec/CONTRACT.md) alone, with node built-ins only. It proves the conformance kit has no
 * false failures on servers built elsewhere: every switch is a way a correct server may differ.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { IndependentServerOptions } from './options.js';
import { Problem, invalid, problemBody } from './problems.js';
import { Renderer } from './render.js';
import { Store, isWellFormedId, nowMicros, type Account, type Integration, type Settings } from './store.js';
import { Validator, type Patch } from './validation.js';

export type { IndependentFault, IndependentServerOptions, RateLimitOption } from './options.js';
export { INDEPENDENT_FAULTS, INDEPENDENT_SWITCHES } from './switches.js';

export interface IndependentServer {
  readonly url: string;
  /** Stop and drop connections. */
  close(): Promise<void>;
  /** Stored integrations of the account of this bearer token, as the server holds them (for tests: nothing left behind). */
  integrations(apiKey: string): Array<Record<string, unknown>>;
  /** How many 429s it has sent so far. */
  readonly rateLimited: number;
}

const COLLECTION = '/v2/ai-integrations';
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_PAGE = 50;
/** The database round trip of the faults that await between a check and a write. */
const ROUND_TRIP_MS = 25;
/** What the partial-view faults see: the first page, a window of recent names, the newest integrations. */
const FIRST_PAGE = DEFAULT_PAGE;
const RECENT_WINDOW = 100;

interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export async function startIndependentServer(options: IndependentServerOptions = {}): Promise<IndependentServer> {
  if (options.rateLimit && !(Number.isInteger(options.rateLimit.every) && options.rateLimit.every >= 2)) {
    throw new Error('rateLimit.every must be an integer >= 2');
  }
  const store = new Store(options.slashyIds === true, options.idFormat);
  const fault = options.fault;
  /** Names written lately, per account, newest last (the uniqueness-recent-window fault's cache). */
  const recentNames = new WeakMap<Account, string[]>();
  const remember = (account: Account, name: string): void => {
    const names = (recentNames.get(account) ?? []).filter((n) => n !== name);
    names.push(name);
    recentNames.set(account, names.slice(-RECENT_WINDOW));
  };
  let requestCounter = 0;
  const validator = new Validator(options);
  const renderer = new Renderer(options);
  let rateLimited = 0;
  const charset = options.contentTypeCharset ? '; charset=utf-8' : '';

  const send = (res: ServerResponse, reply: Reply, problem: boolean): void => {
    const headers: Record<string, string> = { ...reply.headers };
    let payload: Buffer | undefined;
    if (reply.body !== undefined) {
      payload = Buffer.from(renderer.serialize(reply.body), 'utf8');
      headers['Content-Type'] = `application/${problem ? 'problem+json' : 'json'}${charset}`;
      if (options.gzip && /\bgzip\b/i.test(String(res.req.headers['accept-encoding'] ?? ''))) {
        payload = gzipSync(payload);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = String(payload.length);
    }
    if (options.connectionClose) headers.Connection = 'close';
    if (options.extraHeaders) {
      requestCounter += 1;
      Object.assign(headers, {
        'X-Request-Id': `req-${requestCounter}`,
        'X-RateLimit-Limit': '1000',
        'X-RateLimit-Remaining': '999',
        'Cache-Control': 'no-store',
        'Strict-Transport-Security': 'max-age=63072000',
      });
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
  };

  const sendProblem = (res: ServerResponse, p: Problem): void => {
    const style = {
      minimal: options.problemMinimal === true,
      extra: options.extraFields === true,
      ...(options.problemType ? { type: options.problemType } : {}),
    };
    send(res, { status: p.status, body: problemBody(p, style), headers: { ...p.headers } }, true);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
    const method = req.method ?? 'GET';
    if (options.latencyMs)
      await sleep(options.latencyMs.min + Math.random() * (options.latencyMs.max - options.latencyMs.min));

    const onCollection = path === COLLECTION;
    const itemMatch = /^\/v2\/ai-integrations\/([^/]+)$/.exec(path);
    if (!onCollection && !itemMatch) throw new Problem(404, 'no such route');

    const account = authenticate(req.headers.authorization);
    account.requests += 1;
    if (options.rateLimit && account.requests % options.rateLimit.every === 0) {
      rateLimited += 1;
      throw new Problem(429, 'too many requests', retryAfter(options.rateLimit.retryAfter));
    }

    if (onCollection) {
      if (method === 'GET') return send(res, list(account, query), false);
      if (method === 'POST') return send(res, await create(account, await readJson(req)), false);
      throw new Problem(405, `${method} is not allowed here`, { Allow: 'GET, POST' });
    }
    let id: string;
    try {
      id = decodeURIComponent(itemMatch![1]!);
    } catch {
      throw invalid('integration_id is not a well-formed id');
    }
    if (!['GET', 'PATCH', 'DELETE'].includes(method))
      throw new Problem(405, `${method} is not allowed here`, { Allow: 'GET, PATCH, DELETE' });
    if (!isWellFormedId(id)) throw invalid('integration_id is not a well-formed id');
    if (method === 'PATCH') {
      const body = await readJson(req);
      return send(res, await update(account, find(account, id, true), body), false);
    }
    const found = find(account, id, method === 'DELETE');
    if (method === 'GET') return send(res, { status: 200, body: renderer.integration(found) }, false);
    account.integrations.delete(found.id);
    return send(res, { status: 204 }, false);
  };

  const authenticate = (header: string | undefined): Account => {
    const match = /^(\S+) (.*)$/s.exec(header ?? '');
    const scheme = match?.[1] ?? '';
    const schemeOk = options.authSchemeCaseInsensitive ? scheme.toLowerCase() === 'bearer' : scheme === 'Bearer';
    const token = match?.[2]?.trim() ?? '';
    if (!schemeOk || token === '')
      throw new Problem(401, 'a bearer token is required', { 'WWW-Authenticate': 'Bearer' });
    return store.account(token);
  };

  /** `forWrite`: PATCH and DELETE, the operations that declare 403. */
  const find = (account: Account, id: string, forWrite: boolean): Integration => {
    const found = account.integrations.get(id);
    if (found) return found;
    if (forWrite && options.foreignIdStatus === 403 && store.heldElsewhere(account, id))
      throw new Problem(403, 'this integration belongs to another account');
    throw new Problem(404, 'no integration with this id');
  };

  const sameName = (a: string, b: string): boolean =>
    options.caseInsensitiveNames ? a.toLowerCase() === b.toLowerCase() : a === b;

  /** The account's integrations, newest first (the list's default order). */
  const newestFirst = (account: Account): Integration[] =>
    [...account.integrations.values()].sort((a, b) => b.seq - a.seq);

  const checkNameFree = (account: Account, name: string, self: string | null): void => {
    const taken = (other: { id: string; name: string }) => other.id !== self && sameName(other.name, name);
    // The faults' partial views: the first page of the account, or a cache of recently written names.
    if (
      fault === 'uniqueness-first-page'
        ? newestFirst(account).slice(0, FIRST_PAGE).some(taken)
        : fault === 'uniqueness-recent-window'
          ? (recentNames.get(account) ?? []).some(
              (n) => sameName(n, name) && [...account.integrations.values()].some((o) => o.name === n && o.id !== self),
            )
          : [...account.integrations.values()].some(taken)
    ) {
      throw new Problem(409, 'another integration of this account has this name');
    }
  };

  const create = async (account: Account, body: unknown): Promise<Reply> => {
    const settings = validator.parseCreate(body);
    validator.checkConsistency(settings);
    validator.checkScopingIds(settings.scopes);
    checkNameFree(account, settings.name, null);
    if (fault === 'create-check-then-insert') await sleep(ROUND_TRIP_MS);
    const now = nowMicros();
    const rec: Integration = {
      ...settings,
      id: store.newId(),
      seq: store.nextSeq(),
      createdBy: account.userId,
      createdAt: now,
      updatedAt: now,
    };
    account.integrations.set(rec.id, rec);
    remember(account, rec.name);
    return {
      status: 201,
      body: renderer.integration(rec),
      headers: { Location: `${COLLECTION}/${encodeURIComponent(rec.id)}` },
    };
  };

  const update = async (account: Account, read: Integration, body: unknown): Promise<Reply> => {
    let current = read;
    const patch = validator.parsePatch(body);
    if (options.providerChangeRefused && patch.provider !== undefined && patch.provider !== current.provider) {
      throw invalid('the provider of an integration cannot change after creation');
    }
    let next = applyPatch(current, patch);
    validator.checkHeadersSize(next.headers);
    validator.checkConsistency(next);
    if (patch.scopes) validator.checkScopingIds(patch.scopes);
    // The write faults check the name after their round trip (no rename race): only rename-check-then-update checks before it.
    const nameCheckedLate = fault === 'patch-read-modify-write' || fault === 'patch-upserts';
    if (patch.name !== undefined && !nameCheckedLate) checkNameFree(account, patch.name, current.id);
    if (fault === 'rename-check-then-update' || nameCheckedLate) {
      await sleep(ROUND_TRIP_MS);
      if (patch.name !== undefined && nameCheckedLate) checkNameFree(account, patch.name, current.id);
      // Only read-modify-write writes the copy read before the round trip; the others apply the patch to the record as it is now.
      if (fault !== 'patch-read-modify-write') {
        const latest = account.integrations.get(current.id);
        if (!latest && fault !== 'patch-upserts') throw new Problem(404, 'no integration with this id');
        current = latest ?? current;
        next = applyPatch(current, patch);
      }
    }
    const noop = sameSettings(current, next);
    const updatedAt =
      options.updatedAtUntouchedOnNoop && noop ? current.updatedAt : Math.max(nowMicros(), current.updatedAt + 1000);
    const rec: Integration = { ...current, ...next, updatedAt };
    account.integrations.set(rec.id, rec);
    remember(account, rec.name);
    return { status: 200, body: renderer.integration(rec) };
  };

  const applyPatch = (current: Settings, patch: Patch): Settings => {
    const sent = (key: keyof Patch): boolean => Object.hasOwn(patch, key);
    let headers = sent('headers') ? (patch.headers ?? null) : current.headers;
    if (options.mergeHeaders && patch.headers && current.headers) {
      const merged = new Map<string, string>(current.headers.map(([k, v]) => [k, v]));
      for (const [k, v] of patch.headers) merged.set(k, v);
      headers = [...merged];
    }
    return {
      name: patch.name ?? current.name,
      provider: patch.provider ?? current.provider,
      apiKey: sent('apiKey') ? (patch.apiKey ?? null) : current.apiKey,
      baseUrl: sent('baseUrl') ? (patch.baseUrl ?? null) : current.baseUrl,
      modelNames: patch.modelNames ?? current.modelNames,
      headers,
      enableDefaultModels: patch.enableDefaultModels ?? current.enableDefaultModels,
      functionCallingEnabled: patch.functionCallingEnabled ?? current.functionCallingEnabled,
      authType: patch.authType ?? current.authType,
      metadata: sent('metadata') ? (patch.metadata ?? null) : current.metadata,
      scopes: patch.scopes ?? current.scopes,
    };
  };

  const list = (account: Account, query: URLSearchParams): Reply => {
    const pageSize = options.pageSize ?? { default: DEFAULT_PAGE, max: 100 };
    let limit = pageSize.default;
    const limitParam = query.get('limit');
    if (limitParam !== null) {
      if (!/^\d+$/.test(limitParam)) throw invalid('limit must be an integer');
      const n = Number(limitParam);
      if (n < 1 || n > 100) throw invalid('limit must be between 1 and 100');
      limit = Math.min(n, pageSize.max);
    }
    const nameFilter = query.get('name');
    if (nameFilter !== null && nameFilter.length > 255) throw invalid('name must be at most 255 characters');
    const order = options.listOrder ?? 'newest-first';
    const cursorParam = query.get('cursor');
    const numeric = options.cursorFormat === 'numeric';
    if (numeric && cursorParam !== null && !/^[1-9]\d{0,9}$/.test(cursorParam))
      throw invalid('cursor is not a cursor of this server');
    const after = cursorParam === null || numeric ? null : store.decodeCursor(cursorParam, order);

    const compare = (a: { name: string; seq: number }, b: { name: string; seq: number }): number => {
      if (order === 'newest-first') return b.seq - a.seq;
      if (order === 'oldest-first') return a.seq - b.seq;
      return a.name < b.name ? -1 : a.name > b.name ? 1 : a.seq - b.seq;
    };
    const searched =
      fault === 'name-filter-first-hundred' && nameFilter !== null
        ? newestFirst(account).slice(0, RECENT_WINDOW)
        : [...account.integrations.values()];
    const matching = searched
      .filter((rec) => nameFilter === null || containsIgnoringCase(rec.name, nameFilter))
      .sort(compare);
    // Where the page starts: a numeric cursor is the position itself; a signed one, the item before.
    let start = numeric
      ? Number(cursorParam ?? 0)
      : after === null
        ? 0
        : matching.filter((rec) => compare(rec, after) <= 0).length;
    if (start >= DEFAULT_PAGE && fault === 'page-boundary-skips') start += 1;
    if (start >= DEFAULT_PAGE && fault === 'page-boundary-repeats') start -= 1;
    const rest = matching.slice(start);
    const page = rest.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor =
      rest.length > limit && last
        ? numeric
          ? String(start + page.length)
          : store.encodeCursor({ order, name: last.name, seq: last.seq })
        : null;
    return { status: 200, body: renderer.list(page, nextCursor, matching.length) };
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof Problem) return sendProblem(res, error);
      sendProblem(res, new Problem(500, 'internal error'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    integrations: (apiKey) => [...(store.peek(apiKey)?.integrations.values() ?? [])].map((rec) => snapshot(rec)),
    get rateLimited() {
      return rateLimited;
    },
  };
}

function retryAfter(style: 'seconds' | 'none' | 'http-date'): Record<string, string> {
  if (style === 'seconds') return { 'Retry-After': '0' };
  if (style === 'http-date') return { 'Retry-After': new Date().toUTCString() };
  return {};
}

function containsIgnoringCase(name: string, part: string): boolean {
  return name.toLowerCase().includes(part.toLowerCase()) || name.toUpperCase().includes(part.toUpperCase());
}

function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(settingsKey(a)) === JSON.stringify(settingsKey(b));
}

function settingsKey(s: Settings): unknown[] {
  return [
    s.name,
    s.provider,
    s.apiKey,
    s.baseUrl,
    s.modelNames,
    s.headers,
    s.enableDefaultModels,
    s.functionCallingEnabled,
    s.authType,
    s.metadata,
    s.scopes,
  ];
}

/** The record as held, with plain JSON-like values (the key included: it is a test helper). */
function snapshot(rec: Integration): Record<string, unknown> {
  return {
    id: rec.id,
    seq: rec.seq,
    name: rec.name,
    provider: rec.provider,
    api_key: rec.apiKey,
    base_url: rec.baseUrl,
    model_names: rec.modelNames === null ? null : [...rec.modelNames],
    headers: rec.headers === null ? null : Object.fromEntries(rec.headers),
    enable_default_models: rec.enableDefaultModels,
    function_calling_enabled: rec.functionCallingEnabled,
    auth_type: rec.authType,
    provider_metadata:
      rec.metadata === null
        ? null
        : rec.metadata.kind === 'aws'
          ? { kind: 'aws', role_arn: rec.metadata.roleArn, external_id: rec.metadata.externalId }
          : {
              kind: 'gcp',
              project_id: rec.metadata.projectId,
              location: rec.metadata.location,
              project_access_label: rec.metadata.accessLabel,
            },
    scopings: rec.scopes.map((s) => ({ organization_id: s.org, space_id: s.space })),
    created_by_user_id: rec.createdBy,
    created_at_micros: rec.createdAt,
    updated_at_micros: rec.updatedAt,
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw new Problem(413, `the body must not exceed ${MAX_BODY_BYTES} bytes`);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid('the body is not valid JSON');
  }
}
