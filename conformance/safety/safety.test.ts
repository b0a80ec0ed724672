import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../mock/index.js';
import { loadContract } from '../../spec/index.js';
import { IntegrationsApi } from '../IntegrationsApi.js';
import { NameFactory } from '../NameFactory.js';
import { runConformance } from '../runConformance.js';
import { emptyAcceptedOnce, startProxy, type Handler } from '../test-support/brokenProxy.js';
import { createForeign, listAll, startMockTarget } from '../test-support/mockTarget.js';
import { ExchangeLog } from '../transport/ExchangeLog.js';
import { HttpClient } from '../transport/HttpClient.js';
import { Redactor } from '../transport/Redactor.js';
import { RequestBudget } from '../transport/RequestBudget.js';
import { ResourceTracker, SafetyError } from './ResourceTracker.js';
import { sweepPrefix } from './sweep.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

function clientFor(apiKey: string, log = new ExchangeLog()): HttpClient {
  return new HttpClient(
    { baseUrl: mock.url, log, redactor: new Redactor([apiKey]), budget: new RequestBudget() },
    'primary',
    apiKey,
  );
}

describe('the kit on a shared target', () => {
  it('never sends a PATCH or DELETE for an id it did not create', async () => {
    const key = 'k-tracker';
    const foreign = await createForeign(mock.url, key, { name: 'Not the kit' });
    const log = new ExchangeLog();
    const api = new IntegrationsApi(clientFor(key, log), new ResourceTracker(), new NameFactory('aic-conform-test-'));
    expect(() => api.patch(String(foreign.id), { name: 'x' })).toThrow(SafetyError);
    await expect(api.delete(String(foreign.id))).rejects.toThrow(SafetyError);
    await expect(api.createRaw({ name: 'outside the prefix' })).rejects.toThrow(
      /only creates integrations named aic-conform-test-/,
    );
    expect(log.count).toBe(0);
    expect(await listAll(mock.url, key)).toEqual([foreign]);
  });

  it('sends PATCH and DELETE to an id it did not create only when that id cannot name an integration', async () => {
    const key = 'k-malformed';
    const foreign = await createForeign(mock.url, key, { name: 'Not the kit either' });
    const log = new ExchangeLog();
    const contract = await loadContract();
    const api = new IntegrationsApi(
      clientFor(key, log),
      new ResourceTracker(),
      new NameFactory('aic-conform-test-'),
      contract,
    );
    // Well-formed ids, and ids of base64url characters only (a target's ids may stray from the pattern), are refused unsent.
    for (const id of [String(foreign.id), 'TGxtSW50ZWdyYXRpb246MTI6YUJjRA==', 'aGVsbG8-d29y_bGQ', 'ab=cd', 'x']) {
      await expect(api.sendToMalformedId('PATCH', id, { name: 'x' }), id).rejects.toThrow(SafetyError);
      await expect(api.sendToMalformedId('DELETE', id), id).rejects.toThrow(SafetyError);
    }
    expect(log.count).toBe(0);
    for (const id of ['not!base64', 'a b', '%%%']) {
      expect((await api.sendToMalformedId('PATCH', id, { name: 'x' })).status, id).toBe(400);
      expect((await api.sendToMalformedId('DELETE', id)).status, id).toBe(400);
    }
    expect(await listAll(mock.url, key)).toEqual([foreign]);
  });

  it('--sweep deletes every page of aic-conform-* leftovers and nothing else', async () => {
    const key = 'k-sweep';
    const foreign = [];
    for (const name of ['AIC-CONFORM-upper', 'my-aic-conform-x', 'aic-conform', 'Production'])
      foreign.push(await createForeign(mock.url, key, { name }));
    for (let i = 0; i < 130; i++) await createForeign(mock.url, key, { name: `aic-conform-oldrun-${i}` });
    const result = await sweepPrefix(clientFor(key));
    expect(result.deleted).toHaveLength(130);
    expect(result.failed).toEqual([]);
    expect(await listAll(mock.url, key)).toEqual(foreign.reverse());
    await expect(sweepPrefix(clientFor(key), 'Prod')).rejects.toThrow(/refusing/);
  });

  it('stops when interrupted, skips the rest, and still deletes what it created', async () => {
    const key = 'k-interrupt';
    const kept = await createForeign(mock.url, key, { name: 'Keep me' });
    const controller = new AbortController();
    const report = await runConformance({
      target: mock.url,
      apiKey: key,
      runs: 30,
      seed: 3,
      // One rule at a time, so the third rule is the one in flight when the run stops.
      concurrency: 1,
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type === 'rule-start' && event.index === 2) setTimeout(() => controller.abort(), 20);
      },
    });
    expect(report.interrupted).toBe(true);
    expect(report.passed).toBe(false);
    expect(report.results.slice(0, 2).map((r) => r.outcome)).toEqual(['passed', 'passed']);
    expect(report.results[2]!.outcome).toBe('interrupted');
    expect(report.results[2]!.reason).toBe('interrupted while it ran');
    expect(
      report.results.slice(3).every((r) => r.outcome === 'interrupted' && r.reason === 'not run: interrupted'),
    ).toBe(true);
    expect(await listAll(mock.url, key)).toEqual([kept]);
  });

  it('reports 429s, 503s and dropped connections as target errors, never as rule failures, and cleans up', async () => {
    const key = 'k-faulty';
    const kept = await createForeign(mock.url, key, { name: 'Keep me too', base_url: 'https://x.test' });
    let n = 0;
    let posts = 0;
    let lostCreates = 0;
    const faulty: Handler = async (r, forward) => {
      n++;
      if (n % 9 === 0)
        return {
          status: 429,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '0' },
          text: JSON.stringify({ title: 'Rate limit exceeded', status: 429 }),
        };
      if (r.method === 'GET' && n % 13 === 0)
        return {
          status: 503,
          headers: { 'content-type': 'application/problem+json' },
          text: '{"title":"Unavailable","status":503}',
        };
      if (r.method === 'PATCH' && n % 97 === 0) return { status: 0, headers: {}, text: '' };
      // Every 7th create (never the probes, the first two), counted apart so the lost ones do not hinge on the other faults.
      if (r.method === 'POST' && ++posts % 7 === 0) {
        await forward(r); // created, but the answer is lost: only the prefix sweep can find it
        lostCreates++;
        return { status: 0, headers: {}, text: '' };
      }
      return forward(r);
    };
    const proxy = await startProxy(mock.url, faulty);
    try {
      // Without resends, every fault the rules meet is an error of the target.
      const report = await runConformance({
        target: proxy.url,
        apiKey: key,
        runs: 10,
        seed: 11,
        retries: 0,
        rules: ['omitted-unchanged', 'null-clears', 'read-back', 'non-empty'],
      });
      expect(report.results.filter((r) => r.outcome === 'failed')).toEqual([]);
      const errors = report.results.filter((r) => r.outcome === 'error');
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e.reason).toMatch(/^target (connection|server-error): /);
      expect(report.cleanup.leftovers).toEqual([]);
      expect(lostCreates).toBeGreaterThan(0);
      expect(await listAll(mock.url, key)).toEqual([kept]);
    } finally {
      await proxy.close();
    }
  });

  it('reports a failure that does not reproduce when replayed as flaky, not failed', async () => {
    const proxy = await startProxy(mock.url, emptyAcceptedOnce);
    try {
      const report = await runConformance({
        target: proxy.url,
        apiKey: 'k-flaky',
        runs: 20,
        seed: 8,
        rules: ['non-empty'],
      });
      const result = report.results[0]!;
      expect(result.outcome).toBe('flaky');
      expect(result.flaky![0]!.flaky).toBe(true);
      expect(result.flaky![0]!.message).toMatch(/expected 4xx, got 200/);
      expect(report.passed).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
