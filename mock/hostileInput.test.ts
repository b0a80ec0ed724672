import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../spec/index.js';
import { PROTOTYPE_NAMES } from '../spec/test-support/unknownKeyBodies.js';
import type { FixturesDocument } from './index.js';
import { startMock, type RunningMock } from './index.js';
import { mintIntegrationId } from './core/ids.js';
import { forcedGc, settledHeapUsed } from './test-support/gcHeap.js';
import { hostileRequests, type HostileAccount, type HostileRequest } from './test-support/hostileRequests.js';
import { sendHttp, sendRawBytes, type RawReply } from './test-support/rawHttp.js';

const BASE = '/v2/ai-integrations';
const CONCURRENCY = 24;
const contract = await loadContract();

/** Every api_key any request sent: all start with this, so one search per response finds any of them. */
const LEAK_PREFIX = 'sk-leak-';
const secrets = new Set<string>();
const leakKey = () => {
  const key = `${LEAK_PREFIX}${randomBytes(9).toString('hex')}`;
  secrets.add(key);
  return key;
};

const PROTECTED = ['fuzz-protected-alpha-4c1e', 'fuzz-protected-bravo-77d0', 'fuzz-protected-charlie-e52a'];
const SCRATCH = ['fuzz-scratch-1-90af', 'fuzz-scratch-2-0b3c'];
const fixtures: FixturesDocument = {
  accounts: PROTECTED.map((account, a) => ({
    account,
    spaces: [{ id: 'U3BhY2U6MTpwUm9k', name: 'production', organization_id: 'T3JnYW5pemF0aW9uOjE6ZEVtbw==' }],
    ai_integrations: [
      {
        name: `Production OpenAI ${a}`,
        provider: 'openAI',
        api_key: leakKey(),
        model_names: ['gpt-4o'],
        headers: { 'X-Team': 'ml' },
        scopings: [{ organization_id: 'T3JnYW5pemF0aW9uOjE6ZEVtbw==' }],
      },
      {
        name: 'Bedrock',
        provider: 'awsBedrock',
        api_key: leakKey(),
        provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::123456789012:role/Bedrock', external_id: 'x' },
      },
      {
        name: 'Vertex',
        provider: 'vertexAI',
        provider_metadata: { kind: 'gcp', project_id: 'p', location: 'europe-west4', project_access_label: 'ml' },
      },
      {
        name: 'Custom',
        provider: 'custom',
        base_url: 'https://llm.internal.test',
        auth_type: 'bearer_token',
        api_key: leakKey(),
        scopings: [{}],
      },
      { name: 'aic-conform-lookalike', provider: 'gemini', enable_default_models: true },
    ],
  })),
};

/** Every log line is scanned as it is written; only the count and the lines holding a secret are kept. */
const log = { lines: 0, leaked: [] as string[] };
const holdsSecret = (text: string) => text.includes(LEAK_PREFIX) || PROTECTED.some((token) => text.includes(token));
const scanLine = (line: string) => {
  log.lines++;
  if (holdsSecret(line)) log.leaked.push(line.slice(0, 200));
};

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0, host: '127.0.0.1', fixtures, logger: { info: scanLine, error: scanLine } });
});
afterAll(() => mock.close());

const mb = (bytes: number) => +(bytes / 1_048_576).toFixed(1);
const dump = async (token: string) =>
  (await fetch(`${mock.url}/__admin/state`, { headers: { authorization: `Bearer ${token}` } })).text();

interface Figures {
  sent: number;
  statuses: Record<string, number>;
  fiveXx: Array<{ kind: string; status: number | undefined; body: string }>;
  hung: string[];
  unexpectedDrops: string[];
  wrongStatus: Array<{ kind: string; request: string; expected: readonly number[]; status: number | undefined }>;
  notProblemJson: Array<{ kind: string; status: number; contentType: string | undefined; body: string }>;
  leaks: string[];
  byKind: Record<string, number>;
}

function isProblem(reply: RawReply): boolean {
  if (!(reply.headers['content-type'] ?? '').startsWith('application/problem+json')) return false;
  try {
    const body = JSON.parse(reply.body.toString('utf8')) as { title?: unknown; status?: unknown };
    return typeof body === 'object' && body !== null && typeof body.title === 'string' && body.status === reply.status;
  } catch {
    return false;
  }
}

function judge(request: HostileRequest, reply: RawReply, figures: Figures): void {
  const kind = request.kind;
  figures.byKind[kind.split(':')[0]!] = (figures.byKind[kind.split(':')[0]!] ?? 0) + 1;
  const status = reply.status;
  figures.statuses[status === undefined ? (reply.hung ? 'hung' : 'dropped') : String(status)] =
    (figures.statuses[status === undefined ? (reply.hung ? 'hung' : 'dropped') : String(status)] ?? 0) + 1;
  const text = reply.body.toString('latin1');
  if (reply.hung) figures.hung.push(kind);
  else if (status === undefined) {
    if (!request.mayDrop) figures.unexpectedDrops.push(kind);
  } else {
    if (status >= 500) figures.fiveXx.push({ kind, status, body: text.slice(0, 300) });
    if (request.expect && !request.expect.includes(status))
      figures.wrongStatus.push({ kind, request: summarize(request), expected: request.expect, status });
    const method = request.http?.method ?? request.raw?.toString('latin1', 0, 8).split(' ')[0];
    if (status >= 400 && method !== 'HEAD' && !isProblem(reply))
      figures.notProblemJson.push({
        kind,
        status,
        contentType: reply.headers['content-type'],
        body: text.slice(0, 200),
      });
  }
  const everything = `${text}\n${Object.entries(reply.headers)
    .map(([n, v]) => `${n}: ${v}`)
    .join('\n')}`;
  if (holdsSecret(everything)) figures.leaks.push(`${kind} -> ${status}`);
}

/** Method and path (or the raw request line), shortened, for a failure message. */
function summarize(request: HostileRequest): string {
  const line = request.http
    ? `${request.http.method} ${request.http.path} ${String(request.http.body ?? '')}`
    : (request.raw?.toString('latin1', 0, 200).split('\r\n')[0] ?? '');
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
}

/** Sends every request with at most `concurrency` in flight. */
async function sendAll(requests: readonly HostileRequest[], figures: Figures): Promise<void> {
  const origin = new URL(mock.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      figures.sent++;
      const reply = request.raw
        ? await sendRawBytes(origin, request.raw, { endAfterWrite: request.endAfterWrite ?? true })
        : await sendHttp(origin, agent, request.http!);
      judge(request, reply, figures);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
}

describe('the mock under hostile input', () => {
  it('survives 10,000+ hostile requests: no 5xx, problem+json errors, state and prototypes untouched, no key echoed, memory back', async () => {
    // The catalogue comes first, before any connection to the mock is open. Building it keeps this
    // process, and so the mock's event loop, busy for 4 to 8 seconds on a loaded machine: longer
    // than the server's keep-alive timeout (5 s). A fetch reusing a keep-alive connection left idle
    // across such a pause races the server closing it, and fails with ECONNRESET. So the protected
    // accounts are read from the store in process, and the rename below is known in advance.
    const RENAMED = 'Renamed before the fuzz';
    const accounts: HostileAccount[] = await Promise.all(
      PROTECTED.map(async (token) => {
        const { ai_integrations: integrations } = await mock.state.store.dump(
          mock.state.accounts.authenticate(token)!.accountId,
        );
        return { token, ids: integrations.map((i) => i.id), names: integrations.map((i) => i.name) };
      }),
    );
    accounts[0] = { ...accounts[0]!, names: [...accounts[0]!.names, RENAMED] };
    const requests = hostileRequests({
      contract,
      host: new URL(mock.url).host,
      protectedAccounts: accounts,
      scratchTokens: SCRATCH,
      unknownId: mintIntegrationId(987_654),
      leakKey,
    });
    expect(requests.length).toBeGreaterThanOrEqual(10_000);

    // A legitimate change first, so that a reset slipped through by some request would show as a diff.
    const renamed = await fetch(`${mock.url}${BASE}/${encodeURIComponent(accounts[0]!.ids[0]!)}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${PROTECTED[0]}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: RENAMED, api_key: leakKey() }),
    });
    expect(renamed.status).toBe(200);

    const before = await Promise.all(PROTECTED.map(dump));
    const prototypeKeys = () =>
      [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());
    const prototypesBefore = prototypeKeys();
    const figures: Figures = {
      sent: 0,
      statuses: {},
      fiveXx: [],
      hung: [],
      unexpectedDrops: [],
      wrongStatus: [],
      notProblemJson: [],
      leaks: [],
      byKind: {},
    };
    // Warm-up with every fifth request (compiled code, caches, pools), then the heap baseline, then all of them.
    const gc = forcedGc();
    const heapAtStart = await settledHeapUsed(gc);
    await sendAll(
      requests.filter((_, i) => i % 5 === 0),
      figures,
    );
    const heapBefore = await settledHeapUsed(gc);
    await sendAll(requests, figures);

    // Still answering, state identical, no prototype touched.
    for (const token of PROTECTED)
      expect((await fetch(`${mock.url}${BASE}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const after = await Promise.all(PROTECTED.map(dump));
    const stateDiffs = PROTECTED.filter((_, i) => after[i] !== before[i]);
    const polluted =
      ({} as Record<string, unknown>).polluted !== undefined ||
      ([] as unknown as Record<string, unknown>).polluted !== undefined ||
      prototypeKeys().join('|') !== prototypesBefore.join('|');
    const leakedLogLines = log.leaked;
    const heapAfter = await settledHeapUsed(gc);
    const heapGrowthMb = (heapAfter - heapBefore) / 1_048_576;

    console.log(
      `hostile-input figures: ${JSON.stringify({
        requestsSent: figures.sent,
        statuses: figures.statuses,
        fiveXxSeen: figures.fiveXx.length,
        stateDiffs: stateDiffs.length,
        leaksFound: figures.leaks.length + leakedLogLines.length,
        secretsSent: secrets.size,
        logLinesScanned: log.lines,
        prototypePolluted: polluted,
        heapMb: {
          atStart: mb(heapAtStart),
          afterWarmUp: mb(heapBefore),
          afterAll: mb(heapAfter),
          forcedGc: gc !== undefined,
        },
        byKind: figures.byKind,
      })}`,
    );

    expect(figures.sent).toBeGreaterThanOrEqual(10_000);
    // Unknown keys named like Object.prototype members, in every closed object of both bodies: all refused (wrongStatus).
    expect(figures.byKind['proto-unknown-key']).toBeGreaterThanOrEqual(PROTOTYPE_NAMES.length * 3 * 2 * 2);
    expect(figures.fiveXx).toEqual([]);
    expect(figures.hung).toEqual([]);
    expect(figures.unexpectedDrops).toEqual([]);
    expect(figures.wrongStatus.slice(0, 10)).toEqual([]);
    expect(figures.notProblemJson.slice(0, 10)).toEqual([]);
    expect(stateDiffs).toEqual([]);
    expect(polluted).toBe(false);
    expect(figures.leaks).toEqual([]);
    expect(leakedLogLines).toEqual([]);
    expect(log.lines).toBeGreaterThan(figures.sent / 2);
    // Back near the warmed-up baseline: the mock keeps nothing per request (the scratch accounts hold a few hundred small integrations).
    expect(heapGrowthMb).toBeLessThan(gc ? 16 : 256);
  });

  it('answers an oversized body with a 413 problem, also a slow chunked upload, without reading it all', async () => {
    const origin = new URL(mock.url);
    const id = (JSON.parse(await dump(PROTECTED[1]!)) as { ai_integrations: Array<{ id: string }> }).ai_integrations[0]!
      .id;
    const before = await dump(PROTECTED[1]!);
    const reply = await new Promise<{ status: number; type: string | undefined; body: string; sentBytes: number }>(
      (resolve, reject) => {
        let sentBytes = 0;
        let answered = false;
        const chunk = Buffer.from(`"${'y'.repeat(64 * 1024 - 2)}"`);
        const req = httpRequest(
          {
            host: origin.hostname,
            port: origin.port,
            method: 'PATCH',
            path: `${BASE}/${encodeURIComponent(id)}`,
            headers: {
              authorization: `Bearer ${PROTECTED[1]}`,
              'content-type': 'application/json',
              'transfer-encoding': 'chunked',
            },
          },
          (res) => {
            answered = true;
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (body += c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body, sentBytes }),
            );
          },
        );
        req.on('error', (error) => (answered ? undefined : reject(error)));
        req.write('{"name":');
        // 64 KiB every few ms, up to 8 MiB: the answer must come long before the end.
        const timer = setInterval(() => {
          if (answered || sentBytes >= 8 * 1_048_576) {
            clearInterval(timer);
            req.end();
            return;
          }
          req.write(chunk);
          sentBytes += chunk.length;
        }, 3);
      },
    );
    expect(reply.status).toBe(413);
    expect(reply.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(reply.body)).toMatchObject({ status: 413, title: 'Payload too large' });
    expect(reply.sentBytes).toBeLessThan(3 * 1_048_576);
    expect(await dump(PROTECTED[1]!)).toBe(before);
    expect((await fetch(`${mock.url}${BASE}`, { headers: { authorization: `Bearer ${PROTECTED[1]}` } })).status).toBe(
      200,
    );
  });
});
