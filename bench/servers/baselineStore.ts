/**
 * The work every baseline server does, so the comparison with the mock is like for like. A minimal
 * app written by hand against the same spec: it reads the spec's prepared snapshot (the validated,
 * dereferenced document the build writes next to the spec, which the mock reads too), compiles
 * Ajv validators for what the mock validates (path and query parameters, create and update
 * bodies), and keeps each account's integrations in a Map, newest first on a list page.
 *
 * On purpose it does not use spec/'s loader, the mock's response serializers or its edition
 * spellings: it models what an Express app with no contract machinery would do, so its cold start
 * and its throughput are the bar the mock is measured against. It serves the spec's default
 * edition, as the mock does when started without --edition.
 *
 * How its validators are made is the one thing the baselines vary (see BaselineValidators): Ajv
 * with its defaults (each schema checked against the JSON Schema meta-schema first), Ajv told the
 * schemas are already checked (the fastest a hand-written app can honestly compile them), or the
 * project's own loader (minimalExpressContract.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { preparedPathFor } from '../../spec/document/preparedContract.js';

const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

type Json = Record<string, unknown>;
type Answer = [status: number, body: unknown];

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: object;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: object }> };
}

const COLLECTION = '/v2/ai-integrations';
const ITEM = '/v2/ai-integrations/{integration_id}';
const NOT_FOUND: Answer = [404, { type: 'about:blank', title: 'Resource not found', status: 404 }];
const UNAUTHORIZED: Answer = [401, { type: 'about:blank', title: 'Unauthorized', status: 401 }];

/** The spec's dereferenced document in `edition` (the default edition when absent), as the build prepared it. */
function readPreparedDocument(edition: string | undefined): {
  paths: Record<string, Record<string, Operation & { parameters?: Parameter[] }>>;
} {
  const source = fileURLToPath(new URL('../../spec/openapi.yaml', import.meta.url));
  // The default edition's snapshot carries no edition in its name; its `edition` field says which it is.
  for (const path of edition === undefined
    ? [preparedPathFor(source)]
    : [preparedPathFor(source, edition), preparedPathFor(source)]) {
    if (!existsSync(path)) continue;
    const prepared = JSON.parse(readFileSync(path, 'utf8')) as {
      edition: string;
      dereferenced: ReturnType<typeof readPreparedDocument>;
    };
    if (edition === undefined || prepared.edition === edition) return prepared.dereferenced;
  }
  throw new Error(`no prepared spec in the ${edition} edition: run npm run build`);
}

/** Errors of a value, or undefined when it is valid. Parameter checks coerce and fill defaults in place. */
export type Check = (value: unknown) => readonly unknown[] | undefined;

/** What the store validates: `{ path, query }` of an item and of the list, and the create and update bodies. */
export interface BaselineValidators {
  readonly itemParameters: Check;
  readonly listParameters: Check;
  readonly create: Check;
  readonly update: Check;
}

function invalid(errors: readonly unknown[]): Answer {
  return [400, { type: 'about:blank', title: 'Invalid request parameters', status: 400, errors }];
}

function check(validate: ValidateFunction): Check {
  return (value) =>
    validate(value) ? undefined : (validate.errors ?? []).map((e) => ({ path: e.instancePath, message: e.message }));
}

/** One validator for `{ path, query }` of an operation: string values coerced, defaults filled in. */
function parametersSchema(parameters: readonly Parameter[]): object {
  const group = (where: string) => {
    const own = parameters.filter((p) => p.in === where);
    return {
      type: 'object',
      properties: Object.fromEntries(own.map((p) => [p.name, p.schema])),
      required: own.filter((p) => p.required).map((p) => p.name),
    };
  };
  return { type: 'object', properties: { path: group('path'), query: group('query') } };
}

interface Account {
  readonly byId: Map<string, Json>;
  /** Ids in creation order: the newest is last. */
  readonly order: string[];
}

/**
 * Two Ajv instances (exact, and coercing for parameters) and the four validators, from the prepared
 * snapshot of `edition` (as the mock's --edition names it; the spec's default when absent).
 * `checkSchemas: false` tells Ajv the schemas were checked already (the build validated the spec),
 * so it skips compiling the meta-schema and checking each schema against it.
 */
export function ajvValidators(edition: string | undefined, options: { checkSchemas: boolean }): BaselineValidators {
  const document = readPreparedDocument(edition);
  const validateSchema = options.checkSchemas;
  const exact = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true, validateSchema });
  const coercing = new Ajv2020({
    strict: false,
    allErrors: true,
    allowUnionTypes: true,
    coerceTypes: true,
    useDefaults: true,
    validateSchema,
  });
  addFormats(exact);
  addFormats(coercing);
  const item = document.paths[ITEM]!;
  const collection = document.paths[COLLECTION]!;
  const itemParameters = [
    ...((item as { parameters?: Parameter[] }).parameters ?? []),
    ...(item.get?.parameters ?? []),
  ];
  return {
    itemParameters: check(coercing.compile(parametersSchema(itemParameters))),
    listParameters: check(coercing.compile(parametersSchema([...(collection.get?.parameters ?? [])] as Parameter[]))),
    create: check(exact.compile(collection.post!.requestBody!.content['application/json']!.schema)),
    update: check(exact.compile(item.patch!.requestBody!.content['application/json']!.schema)),
  };
}

/** The store over `validators` (by default Ajv with its defaults, in the edition named by the server's second argument). */
export function createBaselineStore(
  validators: BaselineValidators = ajvValidators(process.argv[3], { checkSchemas: true }),
) {
  const {
    itemParameters: validateItemParams,
    listParameters: validateListParams,
    create: validateCreate,
    update: validateUpdate,
  } = validators;

  const accounts = new Map<string, Account>();
  let created = 0;
  const accountOf = (authorization: string | undefined): Account | undefined => {
    if (!authorization?.startsWith('Bearer ') || authorization.length <= 7) return undefined;
    const known = accounts.get(authorization);
    if (known) return known;
    const account: Account = { byId: new Map(), order: [] };
    accounts.set(authorization, account);
    return account;
  };
  const itemOf = (account: Account, id: string): Json | Answer => {
    const params = { path: { integration_id: id }, query: {} };
    const errors = validateItemParams(params);
    if (errors) return invalid(errors);
    return account.byId.get(id) ?? NOT_FOUND;
  };

  return {
    /** POST: validate, default, store. Returns [status, body]. */
    create(authorization: string | undefined, body: unknown): Answer {
      const account = accountOf(authorization);
      if (!account) return UNAUTHORIZED;
      const errors = validateCreate(body);
      if (errors) return invalid(errors);
      const { api_key: apiKey, ...fields } = body as Json;
      for (const other of account.byId.values())
        if (other.name === fields.name) return [409, { type: 'about:blank', title: 'Conflict', status: 409 }];
      const now = new Date().toISOString();
      const id = Buffer.from(`LlmIntegration:${++created}:base`).toString('base64');
      const record: Json = {
        id,
        enable_default_models: false,
        function_calling_enabled: true,
        auth_type: 'default',
        scopings: [{}],
        ...fields,
        has_api_key: typeof apiKey === 'string',
        created_at: now,
        updated_at: now,
        created_by_user_id: 'VXNlcjoxOm5OYkM=',
      };
      account.byId.set(id, record);
      account.order.push(id);
      return [201, record];
    },
    get(authorization: string | undefined, id: string): Answer {
      const account = accountOf(authorization);
      if (!account) return UNAUTHORIZED;
      const found = itemOf(account, id);
      return Array.isArray(found) ? found : [200, found];
    },
    patch(authorization: string | undefined, id: string, body: unknown): Answer {
      const account = accountOf(authorization);
      if (!account) return UNAUTHORIZED;
      const record = itemOf(account, id);
      if (Array.isArray(record)) return record;
      const errors = validateUpdate(body);
      if (errors) return invalid(errors);
      const { api_key: apiKey, ...fields } = body as Json;
      const updated: Json = { ...record, ...fields, updated_at: new Date().toISOString() };
      if (apiKey !== undefined) updated.has_api_key = typeof apiKey === 'string';
      for (const key of Object.keys(fields)) if (updated[key] === null) delete updated[key];
      account.byId.set(id, updated);
      return [200, updated];
    },
    /** The first page, or the page after a cursor (the position in the account's creation order). */
    list(authorization: string | undefined, query: Record<string, unknown>): Answer {
      const account = accountOf(authorization);
      if (!account) return UNAUTHORIZED;
      const params = { path: {}, query: { ...query } };
      const errors = validateListParams(params);
      if (errors) return invalid(errors);
      const { limit, cursor, name } = params.query as { limit: number; cursor?: string; name?: string };
      let from =
        cursor === undefined ? account.order.length - 1 : Number(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (!Number.isInteger(from) || from >= account.order.length)
        return [400, { type: 'about:blank', title: 'Invalid cursor', status: 400 }];
      const needle = name?.toLowerCase();
      const page: Json[] = [];
      for (; from >= 0 && page.length < limit; from--) {
        const record = account.byId.get(account.order[from]!);
        if (record && (needle === undefined || String(record.name).toLowerCase().includes(needle))) page.push(record);
      }
      const hasMore = from >= 0;
      return [
        200,
        {
          ai_integrations: page,
          pagination: hasMore
            ? { has_more: true, next_cursor: Buffer.from(String(from)).toString('base64url') }
            : { has_more: false },
        },
      ];
    },
  };
}

// Exit normally on a stop signal, so that `node --cpu-prof` writes its profile.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));

export function portFromArgs(): number {
  const port = Number(process.argv[2] ?? '0');
  if (!Number.isInteger(port)) throw new Error(`usage: <server> PORT [EDITION] (got ${process.argv[2]})`);
  return port;
}
