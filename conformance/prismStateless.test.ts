import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConformance } from './runConformance.js';
import { startProxy, type Handler } from './test-support/brokenProxy.js';
import { startPrismStatelessTarget } from './test-support/prismStatelessTarget.js';

// Prism's mock answers every request from the spec's schemas and examples, without state. The kit
// must fail against it, and say where.
let prism: { url: string; close(): Promise<void> };
beforeAll(async () => {
  prism = await startPrismStatelessTarget();
}, 60_000);
afterAll(() => prism.close());

describe("the kit against Prism's stateless mock", () => {
  it('fails every rule at its first create, and touches nothing it did not create', async () => {
    const report = await runConformance({ target: prism.url, apiKey: 'k-prism', runs: 3, seed: 5 });
    expect(report.passed).toBe(false);
    for (const result of report.results) {
      expect(result.outcome, result.rule).toBe('failed');
      expect(result.failure!.message).toMatch(
        /^creating an integration: the 201 body is not the integration just created/,
      );
      expect(result.failure!.requests.map((r) => r.method)).not.toContain('PATCH');
    }
  });

  it('behind an adapter that answers creates with the name sent, fails the rules that need state', async () => {
    // Each 201 gets the name that was sent and a fresh id: past the kit's create guard, everything
    // else is Prism's stateless answer.
    let next = 0;
    const namesCreates: Handler = async (r, forward) => {
      const response = await forward(r);
      if (r.method !== 'POST' || response.status !== 201) return response;
      const sent = JSON.parse(r.text) as { name: string };
      const id = Buffer.from(`LlmIntegration:${++next}:prism`).toString('base64');
      return { ...response, text: JSON.stringify({ ...(JSON.parse(response.text) as object), name: sent.name, id }) };
    };
    const adapter = await startProxy(prism.url, namesCreates);
    try {
      const report = await runConformance({
        target: adapter.url,
        apiKey: 'k-prism',
        otherApiKey: 'k2-prism',
        runs: 3,
        seed: 5,
      });
      const outcome = Object.fromEntries(report.results.map((r) => [r.rule, r.outcome]));
      expect(outcome).toMatchObject({
        'non-empty': 'failed', // a GET after the refused PATCH answers the spec's example, not the integration
        'omitted-unchanged': 'failed',
        uniqueness: 'failed',
        'api-key': 'failed',
        'replace-all': 'failed',
        'provider-consistency': 'failed',
        'immutable-and-timestamps': 'failed',
        'read-back': 'failed',
        'auth-and-isolation': 'failed',
        'model-based': 'failed',
        'response-conformance': 'passed', // Prism's answers are the spec's own examples
      });
    } finally {
      await adapter.close();
    }
  });
});
