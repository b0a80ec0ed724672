import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { IntegrationStore, type Row } from './database.js';
import type { SqlServerOptions } from './faults.js';
import { ApiProblem, badRequest } from './problems.js';
import { checkBody, checkConsistency, FIELDS, type Body } from './validation.js';

export type { SqlServerOptions } from './faults.js';
export { SQL_FAULTS, SQL_LEGITIMATE } from './faults.js';

export interface SqlServer {
  readonly url: string;
  /** How many integrations the account of `apiKey` holds. */
  count(apiKey: string): number;
  close(): Promise<void>;
}

const ID = /^[A-Za-z0-9+/]+={0,2}$/;
const ID_MAX_LENGTH = 512;
const PAGE = { min: 1, max: 100, default: 50 };
const NAME_FILTER_MAX = 255;
/** Above Node's own 16 KiB limit on a request head: no id that reaches the router is over it. */
const PARAM_LIMIT = 16_384;

/**
 * A server of the AI integrations API built as a team would build it from the public contract:
 * Fastify 5 routes, SQLite (sql.js) storage, hand-written checks. It shares no code with the
 * project's mock, spec or kit. `options` switch on the bugs such a stack ships (SQL_FAULTS) or
 * choices a correct server may make (SQL_LEGITIMATE).
 */
export async function startSqlServer(options: SqlServerOptions = {}): Promise<SqlServer> {
  const store = await IntegrationStore.open(options);
  const app = Fastify(options.defaultParamLimit ? {} : { routerOptions: { maxParamLength: PARAM_LIMIT } });
  if (!options.defaultJsonParser) {
    // Client libraries send a JSON Content-Type on bodiless GET and DELETE too: an empty body is no body.
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
      if (text === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text as string));
      } catch {
        done(badRequest('The body is not valid JSON.'), undefined);
      }
    });
  }
  app.setErrorHandler((error: unknown, _request, reply) => {
    const problem = error instanceof ApiProblem ? error : toProblem(error);
    void reply.code(problem.status).type('application/problem+json').send(problem.body());
  });
  app.setNotFoundHandler((_request, reply) => {
    void reply.code(404).type('application/problem+json').send(new ApiProblem(404, 'No such resource.').body());
  });
  routes(app, store, options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    count: (apiKey) => store.count(apiKey),
    close: async () => {
      await app.close();
      store.close();
    },
  };
}

function toProblem(error: unknown): ApiProblem {
  const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiProblem(
    status >= 400 && status < 500 ? status : 500,
    status >= 400 && status < 500 ? message : 'Internal error.',
  );
}

function account(request: FastifyRequest): string {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer (\S+)$/.exec(header) : null;
  if (!match) throw new ApiProblem(401, 'A bearer token is required.');
  return match[1]!;
}

function routes(app: FastifyInstance, store: IntegrationStore, options: SqlServerOptions): void {
  const collection = '/v2/ai-integrations';
  const item = `${collection}/:id`;
  const found = (request: FastifyRequest<{ Params: { id: string } }>): Row => {
    const who = account(request);
    const id = request.params.id;
    if (id.length < 4 || id.length > ID_MAX_LENGTH || !ID.test(id))
      throw badRequest('The integration id is not a valid id.');
    const row = store.get(who, id);
    if (!row) throw new ApiProblem(404, 'No integration with this id.');
    return row;
  };
  const show = (row: Row) => render(row, store.hasApiKey(row));

  app.get<{ Querystring: Record<string, string> }>(collection, async (request) => {
    const who = account(request);
    const { limit: limitText, cursor, name } = request.query;
    const limit = limitText === undefined ? PAGE.default : Number(limitText);
    if (!/^\d+$/.test(limitText ?? '1') || !Number.isInteger(limit) || limit < PAGE.min || limit > PAGE.max)
      throw badRequest(`limit must be an integer from ${PAGE.min} to ${PAGE.max}.`);
    if (name !== undefined && name.length > NAME_FILTER_MAX)
      throw badRequest(`name must be at most ${NAME_FILTER_MAX} characters.`);
    const after = cursor === undefined ? 0 : decodeCursor(cursor);
    const rows = store.page(who, after, limit + 1, name);
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    return {
      ai_integrations: page.map(show),
      pagination: more
        ? { has_more: true, next_cursor: Buffer.from(`after:${page[page.length - 1]!.seq}`).toString('base64url') }
        : { has_more: false },
    };
  });

  app.post(collection, async (request, reply) => {
    const who = account(request);
    const body = checkBody(request.body, false, options);
    const now = new Date().toISOString();
    const doc: Body = {
      enable_default_models: false,
      function_calling_enabled: true,
      auth_type: 'default',
      scopings: [{}],
      ...withoutKey(body),
      created_at: now,
      updated_at: now,
      created_by_user_id: Buffer.from(`User:${Buffer.from(who).toString('hex').slice(0, 8)}`).toString('base64'),
    };
    checkConsistency(doc);
    const row = store.insert(who, doc, body.api_key as string | undefined);
    return reply.code(201).send(show(row));
  });

  app.get<{ Params: { id: string } }>(item, async (request) => show(found(request)));

  app.patch<{ Params: { id: string } }>(item, async (request) => {
    const row = found(request);
    const body = checkBody(request.body, true, options);
    const next: Body = { ...row.doc };
    for (const [field, value] of Object.entries(withoutKey(body))) {
      if (value === null) delete next[field];
      else next[field] = value;
    }
    checkConsistency(next);
    // updated_at moves forward on every change, even within one millisecond.
    next.updated_at = new Date(Math.max(Date.now(), Date.parse(String(row.doc.updated_at)) + 1)).toISOString();
    const apiKey = 'api_key' in body ? (body.api_key as string | null) : undefined;
    return show(store.update(account(request), row, next, apiKey));
  });

  app.delete<{ Params: { id: string } }>(item, async (request, reply) => {
    store.delete(found(request));
    return reply.code(204).send();
  });
}

function withoutKey(body: Body): Body {
  const { api_key: _key, ...rest } = body;
  return rest;
}

function decodeCursor(cursor: string): number {
  const match = /^after:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badRequest('The cursor is not one this server gave.');
  return Number(match[1]);
}

/** The integration as the API shows it: the stored document, has_api_key, and no api_key. */
function render(row: Row, hasApiKey: boolean): Body {
  const out: Body = { id: row.id, name: row.doc.name, provider: row.doc.provider, has_api_key: hasApiKey };
  for (const field of FIELDS)
    if (field !== 'api_key' && field !== 'name' && field !== 'provider' && row.doc[field] !== undefined)
      out[field] = row.doc[field];
  for (const field of ['created_at', 'updated_at', 'created_by_user_id']) out[field] = row.doc[field];
  return out;
}
