/**
 * Phase 5: a soak. 100,000 mixed requests against one mock (creates, reads, lists, updates and
 * deletes, and more refusals: 400, 401, 404, 405, 409, 415, 422 forced, 429 from the per-key rate
 * limit), sent in chunks of 10,000; after each chunk the mock's heap is read after a full GC.
 * What a leak would show: heap growing chunk after chunk while the state stays the same size (every
 * integration a cycle creates, it deletes).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { mintIntegrationId } from '../../mock/core/index.js';
import { log } from '../log.js';
import { freePort } from '../processes.js';
import { round } from '../stats.js';
import { EDITION, providers } from '../targets.js';

export interface SoakPoint {
  /** Requests answered so far. */
  readonly requests: number;
  /** The mock's heapUsed after a full GC, in MB (10^6 bytes). */
  readonly heapMB: number;
}

export interface SoakResult {
  readonly requests: number;
  readonly connections: number;
  readonly rateLimitPerSecond: number;
  /** Heap after GC at 0 requests, then after every chunk. */
  readonly heap: readonly SoakPoint[];
  /** Heap after GC at the last point minus at 10,000 requests. */
  readonly growthMB: number;
  /** Responses by status. */
  readonly statuses: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly seconds: number;
  readonly rps: number;
}

/** The part of autocannon's API this phase uses beyond bench/autocannon.d.ts. */
interface SoakRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: SoakRequest, context: SoakContext) => SoakRequest;
  onResponse?: (status: number, body: string, context: SoakContext) => void;
}
interface SoakContext {
  token?: string;
  name?: string;
  id?: string;
}
interface SoakRun {
  statusCodeStats?: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
  duration: number;
}
const run = autocannon as unknown as (options: {
  url: string;
  connections: number;
  amount: number;
  requests: SoakRequest[];
}) => Promise<SoakRun>;

const BASE = '/v2/ai-integrations';
/** Requests of each cycle sent under the token every connection shares, which the rate limit holds back. */
const NOISY_PER_CYCLE = 4;
/** Canonical and well formed, but never created: 404. */
const UNKNOWN_ID = mintIntegrationId(9_999_999);
const JSON_TYPE = { 'content-type': 'application/json' };

export async function soak(options: {
  requests: number;
  chunk: number;
  connections: number;
  rateLimitPerSecond: number;
}): Promise<SoakResult> {
  const port = await freePort();
  const child = fork(
    fileURLToPath(new URL('../servers/soakMock.js', import.meta.url)),
    [String(port), String(options.rateLimitPerSecond), ...(EDITION === undefined ? [] : [EDITION])],
    {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  try {
    await message(
      child,
      (m): m is { ready: number } => typeof (m as { ready?: unknown }).ready === 'number',
      () => stderr,
    );
    const heapMB = async () =>
      round(
        (
          await message(
            child,
            (m): m is { heapUsed: number } => typeof (m as { heapUsed?: unknown }).heapUsed === 'number',
            () => stderr,
            'heap',
          )
        ).heapUsed / 1e6,
        2,
      );
    const heap: SoakPoint[] = [{ requests: 0, heapMB: await heapMB() }];
    const statuses: Record<string, number> = {};
    let errors = 0;
    let seconds = 0;
    // As many accounts as a chunk has cycles: each is used in the first chunk (so the heap at its
    // end holds them all), and each sees one cycle in a chunk's time, far under the rate limit.
    const providerValues = await providers();
    const accounts = options.chunk / cycle(providerValues, 1).length;
    const requests = cycle(providerValues, accounts);
    // Whole cycles only, so every integration a chunk creates, it deletes: the state ends as it began.
    if (options.chunk % (options.connections * requests.length) !== 0) {
      throw new Error(
        `soak: a chunk of ${options.chunk} requests is not a whole number of ${requests.length}-request cycles on each of ${options.connections} connections`,
      );
    }
    for (let sent = 0; sent < options.requests; ) {
      const amount = Math.min(options.chunk, options.requests - sent);
      const result = await run({ url: `http://127.0.0.1:${port}`, connections: options.connections, amount, requests });
      for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {}))
        statuses[status] = (statuses[status] ?? 0) + Number(count);
      errors += result.errors + result.timeouts;
      seconds += result.duration;
      sent += amount;
      heap.push({ requests: sent, heapMB: await heapMB() });
      log(`soak: ${sent.toLocaleString('en-US')} requests, heap after GC ${heap[heap.length - 1]!.heapMB} MB`);
    }
    await expectStateAsItBegan(`http://127.0.0.1:${port}`, accounts);
    const at10k = heap.find((point) => point.requests === options.chunk) ?? heap[1]!;
    const total = Object.values(statuses).reduce((sum, n) => sum + n, 0);
    const result: SoakResult = {
      requests: total,
      connections: options.connections,
      rateLimitPerSecond: options.rateLimitPerSecond,
      heap,
      growthMB: round(heap[heap.length - 1]!.heapMB - at10k.heapMB, 2),
      statuses,
      errors,
      seconds: round(seconds, 1),
      rps: Math.round(total / seconds),
    };
    log(`soak: ${JSON.stringify({ ...result, heap: undefined })}`);
    return result;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/**
 * One cycle of a connection, 25 requests: an integration of its own created, read, updated,
 * refused (a wrong type, a prototype-named unknown key, a typo, text/plain, a forced 422, PUT,
 * malformed JSON, its name again) and deleted; lists (one with a cursor it never got, one under a
 * token seen once, four under one token every connection shares, which the rate limit holds back),
 * an unknown id, a 401 and an OPTIONS on the way. Cycles rotate over `accounts` accounts.
 */
function cycle(providerValues: readonly string[], accounts: number): SoakRequest[] {
  // As the served edition spells them, read from the spec.
  const [first, other] = [providerValues[0]!, providerValues[providerValues.length - 1]!];
  let cycles = 0;
  const as = (token: string | undefined, request: SoakRequest): SoakRequest => ({
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${token ?? 'soak'}` },
  });
  const own = (method: string, extra: Omit<SoakRequest, 'setupRequest'> = {}): SoakRequest => ({
    method,
    ...extra,
    setupRequest: (request, context) =>
      as(context.token, { ...request, path: `${BASE}/${encodeURIComponent(context.id ?? UNKNOWN_ID)}` }),
  });
  const account = (method: string, path: string, extra: Omit<SoakRequest, 'setupRequest'> = {}): SoakRequest => ({
    method,
    path,
    ...extra,
    setupRequest: (request, context) => as(context.token, request),
  });
  return [
    {
      method: 'POST',
      path: BASE,
      headers: JSON_TYPE,
      setupRequest: (request, context) => {
        const n = cycles++;
        context.token = accountToken(n % accounts);
        context.name = `soak-${n}`;
        context.id = undefined;
        return as(context.token, {
          ...request,
          body: JSON.stringify({
            name: context.name,
            provider: first,
            api_key: `sk-soak-${n}`,
            model_names: ['gpt-4o'],
          }),
        });
      },
      onResponse: (status, body, context) => {
        if (status === 201) context.id = (JSON.parse(body) as { id: string }).id;
      },
    },
    own('GET'),
    own('PATCH', {
      headers: JSON_TYPE,
      body: JSON.stringify({
        model_names: ['gpt-4o', 'gpt-4o-mini'],
        enable_default_models: true,
        headers: { 'X-Soak': '1' },
      }),
    }),
    own('GET'),
    own('PATCH', { headers: JSON_TYPE, body: '{"name":5}' }),
    own('PATCH', { headers: JSON_TYPE, body: '{"scopings":[{"toString":"x"}],"base_url":"https://x.test"}' }),
    own('PATCH', { headers: JSON_TYPE, body: '{"nmae":"x"}' }),
    own('PATCH', { headers: { 'content-type': 'text/plain' }, body: '{"name":"as text"}' }),
    own('PATCH', { headers: { ...JSON_TYPE, prefer: 'code=422' }, body: '{"name":"forced"}' }),
    own('PUT', { headers: JSON_TYPE, body: '{"name":"put"}' }),
    account('POST', BASE, { headers: JSON_TYPE, body: '{"name":"soak-' }),
    {
      method: 'POST',
      path: BASE,
      headers: JSON_TYPE,
      setupRequest: (request, context) =>
        as(context.token, { ...request, body: JSON.stringify({ name: context.name, provider: other }) }),
    },
    account('GET', `${BASE}?limit=5`),
    account('GET', `${BASE}?limit=20&name=soak-1`),
    account('GET', `${BASE}?limit=5&cursor=bm90LWEtY3Vyc29y`),
    { method: 'OPTIONS', path: BASE },
    account('GET', `${BASE}/${encodeURIComponent(UNKNOWN_ID)}`),
    { method: 'GET', path: BASE },
    {
      method: 'GET',
      path: `${BASE}?limit=1`,
      setupRequest: (request) => as(`soak-once-${cycles}-${Math.random().toString(36).slice(2)}`, request),
    },
    ...Array.from({ length: NOISY_PER_CYCLE }, () => as('soak-noisy', { method: 'GET', path: `${BASE}?limit=1` })),
    own('DELETE'),
    own('GET'),
  ];
}

/**
 * Every account of the cycles is empty again: a create or a delete refused (by the rate limit, if
 * its accounts were too few for the mock's speed) would leave integrations behind, and the heap
 * would grow for that reason alone.
 */
async function expectStateAsItBegan(baseUrl: string, accounts: number): Promise<void> {
  const left: string[] = [];
  for (let n = 0; n < accounts; n++) {
    const response = await fetch(`${baseUrl}${BASE}?limit=1`, {
      headers: { authorization: `Bearer ${accountToken(n)}` },
    });
    const page = (await response.json()) as { ai_integrations?: unknown[] };
    if (response.status !== 200 || (page.ai_integrations?.length ?? 0) > 0)
      left.push(`${accountToken(n)} (${response.status})`);
  }
  if (left.length > 0)
    throw new Error(
      `soak: ${left.length} accounts still hold integrations or could not be listed after the run: ${left.slice(0, 5).join(', ')}`,
    );
}

function accountToken(n: number): string {
  return `soak-account-${n}`;
}

/** The next IPC message `accept` recognizes, after sending `send` if given; rejects if the child exits first. */
function message<T>(
  child: ChildProcess,
  accept: (m: unknown) => m is T,
  output: () => string,
  send?: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (m: unknown) => {
      if (!accept(m)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m);
    };
    const onExit = (code: number | null) => reject(new Error(`the soak mock exited with ${code}:\n${output()}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    if (send !== undefined) child.send(send);
  });
}
