import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../mock/index.js';
import { runConformance } from '../runConformance.js';
import { type Handler, startProxy } from '../test-support/brokenProxy.js';
import { listAll, startMockTarget } from '../test-support/mockTarget.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

describe('concurrent-requests over a network that loses answers', () => {
  it('passes a correct server when every PATCH of a burst is applied but its first answer is lost, so the kit sends it again', async () => {
    const answered = new Set<string>();
    let lost = 0;
    // Each PATCH body reaches the target once with its answer dropped; the resend is answered. The
    // first sends of one burst all take effect before any resend, so the resends' answers each show
    // the other PATCHes: only an order that counts the unanswered first sends explains them.
    const losesFirstAnswers: Handler = async (request, forward) => {
      const key = `${request.path} ${request.text}`;
      if (request.method !== 'PATCH' || answered.has(key)) return forward(request);
      answered.add(key);
      await forward(request);
      lost++;
      return { status: 0, headers: {}, text: '' };
    };
    const proxy = await startProxy(mock.url, losesFirstAnswers);
    try {
      const report = await runConformance({
        target: proxy.url,
        apiKey: 'k-lost-answers',
        rules: ['concurrent-requests'],
        runs: 6,
        seed: 3,
      });
      const [result] = report.results;
      expect(lost).toBeGreaterThan(4);
      expect(result?.outcome, result?.reason).toBe('passed');
      expect(report.retries.count).toBeGreaterThanOrEqual(lost);
      expect(await listAll(mock.url, 'k-lost-answers')).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
