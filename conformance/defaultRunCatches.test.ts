import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { loadContract, type Contract } from '../spec/index.js';
import { collectionFields } from './combinations/combinations.js';
import { runConformance, type RunReport } from './runConformance.js';
import { BROKEN_VARIANTS, FIELD_VARIANTS, startVariantProxy, type BrokenVariant } from './test-support/brokenProxy.js';
import { startMockTarget } from './test-support/mockTarget.js';

// Faults that random sampling used to miss in a default run: null taken on a field that does not
// accept it, an empty list ignored, a cursor that skips an item. The systematic phase of the rule
// that covers each must catch it in the DEFAULT run (50 random runs, a random seed, no --strict,
// no scoping ids but where noted): one proxy per field, all at once. Each run holds only the rule that covers the
// combination (a rule stops at its first failure, and the others have nothing to find).
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());

/** The update body's fields whose schema is a string (nullable or not). */
function contractStringFields(contract: Contract): string[] {
  const { properties } = contract.operation('update').requestBody!.schema as {
    properties: Record<string, { type?: unknown }>;
  };
  return Object.entries(properties)
    .filter(([, p]) => p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string')))
    .map(([name]) => name);
}

/** Organization and space ids the mock accepts in scopings. */
const SCOPING_IDS = { organizationId: 'T3JnYW5pemF0aW9uOjE6YUJjRA==', spaceId: 'U3BhY2U6NzphQmNE' };

async function defaultRun(
  name: string,
  variant: BrokenVariant,
  options: { organizationId?: string; spaceId?: string } = {},
): Promise<{ name: string; report: RunReport }> {
  const proxy = await startVariantProxy(mock.url, variant);
  try {
    return {
      name,
      report: await runConformance({
        target: proxy.url,
        apiKey: `k-default-${name}`,
        rules: [variant.caughtBy],
        ...options,
      }),
    };
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
  it('a server that accepts null on each non-nullable field, one that ignores an empty list on each list field, one whose cursor skips an item, one that stores a number as text: each proxy alone, all at once', async () => {
    const contract = await loadContract();
    const notNullable = contract.rule('types-enforced').params.notNullable;
    const lists = collectionFields(contract)
      .filter((c) => c.shape === 'list')
      .map((c) => c.field);
    const [text] = contractStringFields(contract);
    expect(notNullable.length).toBeGreaterThan(5);
    expect(lists.length).toBe(2);
    const faults: Array<[string, BrokenVariant, RegExp]> = [
      ...notNullable.map((field): [string, BrokenVariant, RegExp] => [
        `null-${field}`,
        FIELD_VARIANTS['null-accepted'](field),
        new RegExp(`^null-on-non-nullable × ${field}$`),
      ]),
      ...lists.map((field): [string, BrokenVariant, RegExp] => [
        `empty-${field}`,
        FIELD_VARIANTS['empty-list-ignored'](field),
        new RegExp(`^empty × ${field}$`),
      ]),
      ['cursor', BROKEN_VARIANTS['cursor-skips-item']!, /^limit: minimum \(1\)$/],
      ['text', FIELD_VARIANTS['number-as-text'](text!), new RegExp(`^wrong-type × ${text} \\(number\\)$`)],
    ];
    // An ignored `scopings: []` shows without --strict only on an integration that was not
    // account-wide (`[]` may mean account-wide, empty-scopings-stored): that run has scoping ids.
    const runs = await Promise.all(
      faults.map(([name, variant]) => defaultRun(name, variant, name === 'empty-scopings' ? SCOPING_IDS : {})),
    );
    for (const [i, [, , combination]] of faults.entries()) expectCaught(runs[i]!, combination);
    expect(runs.find((r) => r.name === 'cursor')!.report.results[0]!.reason).toMatch(/never appeared across the pages/);
  }, 60_000);
});
