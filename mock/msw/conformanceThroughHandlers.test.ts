/**
 * The conformance kit judges the MSW handlers as it judges a server: its HTTP client (global
 * fetch) pointed at the default base URL, which msw/node intercepts. Every rule, strict, both
 * accounts, real-looking scoping ids; a small run size, as the systematic phase covers every
 * combination the contract names whatever the number of random runs.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules, runConformance } from '../../conformance/index.js';
import { createHandlers, DEFAULT_BASE_URL } from '../../dist/mock/msw/index.js';

const KEY = 'sk-msw-primary-4f1c';
const OTHER = 'sk-msw-other-9a2b';
const SCOPING_IDS = { organizationId: 'T3JnYW5pemF0aW9uOjE6YUJjRA==', spaceId: 'U3BhY2U6NzphQmNE' };

// One edition: the handlers hand both to the same engine, and the SDK's test runs the upper one.
describe('the conformance kit against the MSW handlers', () => {
  const edition = 'camel';
  const mock = createHandlers({ edition, fixtures: null });
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('passes every rule, strict, and leaves nothing behind', async () => {
    const report = await runConformance({
      ...SCOPING_IDS,
      target: DEFAULT_BASE_URL,
      apiKey: KEY,
      otherApiKey: OTHER,
      runs: 1,
      seed: 7,
      strict: true,
    });
    expect(report.edition.edition).toBe(edition);
    expect(report.results.map((r) => [r.rule, r.outcome, r.reason])).toEqual(
      allRules.map((r) => [r.id, 'passed', undefined]),
    );
    expect(report.passed).toBe(true);
    expect(report.coverage.percent).toBe(100);
    expect(report.coverage.unreachable).toEqual([]);
    expect(mock.state(KEY).ai_integrations).toEqual([]);
    expect(mock.state(OTHER).ai_integrations).toEqual([]);
  });
});
