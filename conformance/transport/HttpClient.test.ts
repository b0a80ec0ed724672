import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../test-support/listenOnLoopback.js';
import { sendJson, startScriptedServer, type ScriptedServer } from '../test-support/scriptedServer.js';
import { ExchangeLog } from './ExchangeLog.js';
import { HttpClient, type TransportOptions } from './HttpClient.js';
import { Redactor } from './Redactor.js';
import { RequestBudget } from './RequestBudget.js';
import { TargetError } from './TargetError.js';
import { TransportStats } from './TransportStats.js';

const KEY = 'sk-live-very-secret-key';
let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client whose waits are recorded, not slept: a fake clock moves forward by each wait. */
function client(baseUrl: string, options: Partial<TransportOptions> = {}) {
  const log = new ExchangeLog();
  const waits: number[] = [];
  let clock = 1_000_000;
  const sleep = (ms: number) => {
    waits.push(ms);
    clock += ms;
    return Promise.resolve();
  };
  const stats = new TransportStats();
  const http = new HttpClient(
    {
      baseUrl,
      log,
      redactor: new Redactor([KEY]),
      budget: new RequestBudget(options.budget?.limit ?? 100),
      timeoutMs: 2000,
      maxRetryAfterMs: 2000,
      sleep,
      now: () => clock,
      stats,
      ...options,
    },
    'primary',
    KEY,
  );
  return { http, log, waits, stats, now: () => clock };
}

async function targetError(promise: Promise<unknown>): Promise<TargetError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TargetError);
  return error as TargetError;
}

describe('HttpClient', () => {
  it('sends the key as a bearer token, records the header redacted, and flags a response that echoes it', async () => {
    server = await startScriptedServer((req, res) => sendJson(res, 200, { echoed: req.headers.authorization }));
    const { http, log } = client(server.url);
    const exchange = await http.request({ method: 'POST', path: '/v2/ai-integrations', json: { name: 'x' } });
    expect(server.requests[0]!.authorization).toBe(`Bearer ${KEY}`);
    expect(exchange.requestHeaders.authorization).toBe('Bearer ***');
    expect(exchange.leaksCredential).toBe(true);
    expect(JSON.stringify(log.all().map((e) => e.requestHeaders))).not.toContain(KEY);
  });

  it('waits for Retry-After on 429 and retries, the wait capped by maxRetryAfterMs', async () => {
    const retryAfter = ['1', '5', '0.2'];
    server = await startScriptedServer((_req, res, index) =>
      index < retryAfter.length
        ? sendJson(res, 429, { title: 'Rate limit exceeded', status: 429 }, { 'retry-after': retryAfter[index]! })
        : sendJson(res, 200, { ok: true }),
    );
    const { http, waits } = client(server.url, { maxRetryAfterMs: 2000 });
    const exchange = await http.request({ method: 'GET', path: '/v2/ai-integrations' });
    expect(exchange.status).toBe(200);
    expect(server.requests).toHaveLength(4);
    expect(waits).toEqual([1000, 2000, 200]);
  });

  it('backs off exponentially, capped, on a 429 without Retry-After (the header is optional), and counts the 429s and the waits', async () => {
    server = await startScriptedServer((_req, res, index) =>
      index < 3 ? sendJson(res, 429, { title: 'Rate limit exceeded', status: 429 }) : sendJson(res, 201, {}),
    );
    const { http, waits, stats } = client(server.url, { maxRetryAfterMs: 150 });
    // A POST too: a 429 means the request was not processed, so retrying it is safe.
    expect((await http.request({ method: 'POST', path: '/v2/ai-integrations', json: {} })).status).toBe(201);
    expect(server.requests).toHaveLength(4);
    expect(waits).toEqual([100, 150, 150]);
    expect({ responses: stats.rateLimitedResponses, waitedMs: stats.rateLimitWaitMs }).toEqual({
      responses: 3,
      waitedMs: 400,
    });
  });

  it('waits until the HTTP-date of a Retry-After (none when it is past), and backs off on an unreadable one', async () => {
    let dates: string[] = [];
    server = await startScriptedServer((_req, res, index) =>
      index < dates.length
        ? sendJson(res, 429, { title: 'Rate limit exceeded', status: 429 }, { 'retry-after': dates[index]! })
        : sendJson(res, 200, {}),
    );
    const { http, waits, now, stats } = client(server.url, { maxRetryAfterMs: 10_000 });
    dates = [new Date(now() + 3000).toUTCString(), new Date(now() - 60_000).toUTCString(), 'soon'];
    expect((await http.request({ method: 'GET', path: '/v2/ai-integrations' })).status).toBe(200);
    expect(waits).toEqual([3000, 0, 400]);
    expect(stats.rateLimitedResponses).toBe(3);
  });

  it('counts the 429s of every client that shares the options, the last of an exhausted series included', async () => {
    server = await startScriptedServer((_req, res) =>
      sendJson(res, 429, { title: 'Rate limit exceeded', status: 429 }, { 'retry-after': '1' }),
    );
    const { http, stats } = client(server.url, { maxRetries: 1 });
    await targetError(http.request({ method: 'GET', path: '/a' }));
    const error = await targetError(http.withKey('other', 'sk-other-secret').request({ method: 'GET', path: '/b' }));
    expect(error.message).toBe('still 429 after 1 retry');
    expect({ responses: stats.rateLimitedResponses, waitedMs: stats.rateLimitWaitMs }).toEqual({
      responses: 4,
      waitedMs: 2000,
    });
  });

  it('backs off 100, 200, 400 ms before retrying an idempotent request on 503', async () => {
    server = await startScriptedServer((_req, res, index) =>
      index < 3 ? sendJson(res, 503, { title: 'Unavailable', status: 503 }) : sendJson(res, 200, {}),
    );
    const { http, waits } = client(server.url);
    expect((await http.request({ method: 'GET', path: '/v2/ai-integrations' })).status).toBe(200);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('gives up after the bounded retries of 429 with a rate-limited TargetError', async () => {
    server = await startScriptedServer((_req, res) =>
      sendJson(res, 429, { title: 'Rate limit exceeded', status: 429 }, { 'retry-after': '0' }),
    );
    const { http } = client(server.url, { maxRetries: 2 });
    const error = await targetError(
      http.request({ method: 'PATCH', path: '/v2/ai-integrations/abc', json: { name: 'x' } }),
    );
    expect(error.kind).toBe('rate-limited');
    expect(server.requests).toHaveLength(3);
  });

  it('classifies 5xx as a server-error TargetError, resending a GET or PATCH on 503 but never a POST it cannot check', async () => {
    server = await startScriptedServer((_req, res) => sendJson(res, 503, { title: 'Unavailable', status: 503 }));
    const { http, stats } = client(server.url, { maxRetries: 1 });
    expect((await targetError(http.request({ method: 'GET', path: '/v2/ai-integrations' }))).kind).toBe('server-error');
    expect(server.requests).toHaveLength(2);
    expect(
      (await targetError(http.request({ method: 'PATCH', path: '/v2/ai-integrations/a', json: { name: 'x' } }))).kind,
    ).toBe('server-error');
    expect(server.requests).toHaveLength(4);
    expect(
      (await targetError(http.request({ method: 'POST', path: '/v2/ai-integrations', json: { name: 'x' } }))).kind,
    ).toBe('server-error');
    expect(server.requests).toHaveLength(5);
    expect(stats.resent).toEqual({ 503: 2 });
  });

  it('times out a request that gets no answer', async () => {
    server = await startScriptedServer(() => undefined);
    const { http } = client(server.url, { timeoutMs: 150, maxRetries: 0 });
    const error = await targetError(http.request({ method: 'GET', path: '/v2/ai-integrations' }));
    expect([error.kind, error.message]).toEqual(['timeout', `no answer from ${server.url} within 150 ms`]);
  });

  it('reports a dropped connection as a connection TargetError, in words', async () => {
    server = await startScriptedServer((req) => req.socket.destroy());
    const { http } = client(server.url, { maxRetries: 0 });
    const error = await targetError(http.request({ method: 'POST', path: '/v2/ai-integrations', json: {} }));
    expect(error.kind).toBe('connection');
    expect(error.message).toMatch(
      new RegExp(
        `^(the connection to ${server.url} was reset \\(ECONNRESET\\)|${server.url} closed the connection without answering)$`,
      ),
    );
  });

  it('names a refused connection, with the target, and retries it like any dropped connection', async () => {
    const closed = await listenOnLoopback(createServer());
    await closed.close(); // its port is now free: nothing listens there
    const { http, waits } = client(closed.url, { maxRetries: 2 });
    const error = await targetError(http.request({ method: 'GET', path: '/v2/ai-integrations' }));
    expect([error.kind, error.code, error.message]).toEqual([
      'connection',
      'ECONNREFUSED',
      `connection refused: nothing is listening at ${closed.url}`,
    ]);
    expect(waits).toEqual([100, 200]);
  });

  it('names TLS spoken to a plain HTTP server, and does not retry it', async () => {
    server = await startScriptedServer((_req, res) => sendJson(res, 200, {}));
    const https = server.url.replace('http:', 'https:');
    const { http, waits } = client(https);
    const error = await targetError(http.request({ method: 'GET', path: '/v2/ai-integrations' }));
    expect(error.kind).toBe('connection');
    expect(error.message).toMatch(
      new RegExp(`^TLS: ${https} does not speak TLS \\(.+\\); is it a plain http:// server\\?$`),
    );
    expect(waits).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it('names a host name under .invalid as one that does not resolve, without retrying', async () => {
    const { http, waits, log } = client('http://aic-conform-target.invalid:4010');
    const error = await targetError(http.request({ method: 'GET', path: '/v2/ai-integrations' }));
    expect([error.kind, error.code, error.message]).toEqual([
      'connection',
      'ENOTFOUND',
      'DNS: the host name aic-conform-target.invalid does not resolve (ENOTFOUND)',
    ]);
    expect(waits).toEqual([]);
    expect(log.count).toBe(0);
  });

  it("names a port that Node's fetch refuses to connect to (the fetch standard's bad ports)", async () => {
    const { http, waits } = client('http://127.0.0.1:1');
    const error = await targetError(http.request({ method: 'GET', path: '/v2/ai-integrations' }));
    expect(error.message).toBe(
      `Node's fetch refuses port 1 (one of the "bad ports" the fetch standard blocks); serve the API on another port`,
    );
    expect(waits).toEqual([]);
  });

  it('refuses requests beyond the budget, but never clean-up requests', async () => {
    server = await startScriptedServer((_req, res) => sendJson(res, 200, {}));
    const { http } = client(server.url, { budget: new RequestBudget(2) });
    await http.request({ method: 'GET', path: '/a' });
    await http.request({ method: 'GET', path: '/b' });
    expect((await targetError(http.request({ method: 'GET', path: '/c' }))).kind).toBe('budget-exhausted');
    expect((await http.request({ method: 'DELETE', path: '/d', cleanup: true })).status).toBe(200);
    expect(server.requests.map((r) => r.path)).toEqual(['/a', '/b', '/d']);
  });

  it('keeps the minimum interval between requests', async () => {
    server = await startScriptedServer((_req, res) => sendJson(res, 200, {}));
    const { http, waits } = client(server.url, { minIntervalMs: 100 });
    for (let i = 0; i < 4; i++) await http.request({ method: 'GET', path: '/x' });
    expect(waits).toEqual([100, 100, 100]);
    expect(server.requests).toHaveLength(4);
  });

  it('stops at once when the run is interrupted, but lets clean-up through', async () => {
    server = await startScriptedServer((_req, res) => sendJson(res, 200, {}));
    const controller = new AbortController();
    controller.abort();
    const { http } = client(server.url, { signal: controller.signal });
    expect((await targetError(http.request({ method: 'GET', path: '/x' }))).kind).toBe('interrupted');
    expect((await http.request({ method: 'DELETE', path: '/y', cleanup: true })).status).toBe(200);
  });

  it('ends a wait for Retry-After at once when the run is interrupted', async () => {
    const controller = new AbortController();
    // Interrupted as the wait begins (the 429 counted), after its answer was read.
    class InterruptingStats extends TransportStats {
      override rateLimited(waitedMs: number): void {
        super.rateLimited(waitedMs);
        controller.abort();
      }
    }
    server = await startScriptedServer((_req, res) =>
      sendJson(res, 429, { title: 'Rate limit exceeded', status: 429 }, { 'retry-after': '60' }),
    );
    // The real clock: the wait is slept, not recorded, so only the interruption can end it before the test times out.
    const { http } = client(server.url, {
      signal: controller.signal,
      sleep: undefined,
      maxRetryAfterMs: 60_000,
      stats: new InterruptingStats(),
    });
    expect((await targetError(http.request({ method: 'GET', path: '/x' }))).kind).toBe('interrupted');
    expect(server.requests).toHaveLength(1);
  });
});
