import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { loadContract } from '../spec/index.js';
import { collectionFields } from './combinations/combinations.js';
import { runConformance, type RunReport } from './runConformance.js';
import { BROKEN_VARIANTS, FIELD_VARIANTS, startVariantProxy, type BrokenVariant } from './test-support/brokenProxy.js';
import { startMockTarget } from './test-support/mockTarget.js';

// Faults that random sampling used to miss in a default run: null taken on a field that does not
// accept it, an empty list ignored, a cursor that skips an item. The systematic phase of the rule
// that covers each must catch it in the DEFAULT run (50 random runs, a random seed, no --strict,
// no scoping ids): one proxy per field, all at once. Each run holds only the rule that covers the
// combination (a rule stops at its first failure, and the others have nothing to find).
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

async function defaultRun(name: string, variant: BrokenVariant): Promise<{ name: string; report: RunReport }> {
  const proxy = await startVariantProxy(mock.url, variant);
  try {
    return { name, report: await runConformance({ target: proxy.url, apiKey: `k-default-${name}`, rules: [variant.caughtBy] }) };
  } finally {
    await proxy.close();
  }
}

function expectCaught({ name, report }: { name: string; report: RunReport }, combination: RegExp): void {
  const [result] = report.results;
  expect(report.runs, name).toBe(50);
  expect(result!.outcome, `${name}: ${result!.reason ?? ''}`).toBe('failed');
  expect(result!.failure!.combination, name).toMatch(combination);
  expect(result!.failure!.requests.length, name).toBeGreaterThan(0);
  expect(report.cleanup.leftovers, name).toEqual([]);
}

describe('the default run catches, in its systematic phase', () => {
  it('a server that accepts null on each non-nullable field, one field at a time', async () => {
    const fields = (await loadContract()).rule('types-enforced').params.notNullable;
    expect(fields.length).toBeGreaterThan(5);
    const runs = await Promise.all(fields.map((field) => defaultRun(`null-${field}`, FIELD_VARIANTS['null-accepted'](field))));
    runs.forEach((run, i) => expectCaught(run, new RegExp(`^null-on-non-nullable × ${fields[i]}$`)));
  }, 60_000);

  it('a server that ignores an empty list on each list field, and one whose cursor skips an item', async () => {
    const lists = collectionFields(await loadContract()).filter((c) => c.shape === 'list').map((c) => c.field);
    expect(lists.length).toBe(2);
    const runs = await Promise.all([...lists.map((field) => defaultRun(`empty-${field}`, FIELD_VARIANTS['empty-list-ignored'](field))), defaultRun('cursor', BROKEN_VARIANTS['cursor-skips-item']!)]);
    lists.forEach((field, i) => expectCaught(runs[i]!, new RegExp(`^empty × ${field}$`)));
    const cursor = runs.at(-1)!;
    expectCaught(cursor, /^limit: minimum \(1\)$/);
    expect(cursor.report.results[0]!.reason).toMatch(/never appeared across the pages/);
  }, 60_000);

  it('a server that stores a number sent for a string field as its text', async () => {
    const run = await defaultRun('coerced', BROKEN_VARIANTS['string-coerced']!);
    expectCaught(run, /^wrong-type × \w+ \(number\)$/);
  }, 60_000);
});
