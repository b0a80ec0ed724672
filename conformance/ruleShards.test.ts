import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { ConformanceSession } from './ConformanceSession.js';
import { fail } from './expect.js';
import { formatSummary } from './reports/formatText.js';
import type { Rule } from './Rule.js';
import { shardSeed } from './RuleContext.js';
import { runConformance, type RunReport } from './runConformance.js';
import { listAll, startMockTarget } from './test-support/mockTarget.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockTarget();
});
afterAll(() => mock.close());
afterEach(() => {
  vi.restoreAllMocks();
});

const RUNS = 10;
const SHARDS = 4;
const VALUES = fc.integer({ min: 0, max: 1000 });
const under900 = (value: number) => value < 900;

/** A rule of 4 shards: a fixed check (which runs once), then a property failing for values of 900 or more. */
function shardedRule(seen: { checks: number; runs: number }): Rule {
  return {
    id: 'sharded-example',
    title: 'Values stay under 900',
    clause: ['read-back'],
    shards: SHARDS,
    async run(ctx) {
      await ctx.check('a fixed check', async () => {
        seen.checks++;
        await ctx.api.create({});
      });
      await ctx.property('values stay under 900', [VALUES], async (value) => {
        seen.runs++;
        await ctx.api.create({ name: ctx.names.next(`v${value}`) });
        if (!under900(value)) fail(`the value ${value} is 900 or more`, { expected: 'under 900', actual: value });
      });
    },
  };
}

async function run(seed: number, concurrency: number, seen = { checks: 0, runs: 0 }): Promise<RunReport> {
  vi.spyOn(ConformanceSession.prototype, 'selectRules').mockReturnValue([shardedRule(seen)]);
  try {
    return await runConformance({
      target: mock.url,
      apiKey: `k-shards-${seed}-${concurrency}`,
      runs: RUNS,
      seed,
      concurrency,
    });
  } finally {
    vi.restoreAllMocks();
  }
}

/** The shard's share of the runs, as the runner splits them: the first shards take one more. */
const shareOf = (index: number) => Math.floor(RUNS / SHARDS) + (index < RUNS % SHARDS ? 1 : 0);

describe('a sharded rule', () => {
  it('runs its fixed checks once and --runs random cases over all its shards, leaving nothing behind', async () => {
    // Seed 12: no shard draws a value of 900 or more.
    expect(
      [0, 1, 2, 3].some(
        (i) => fc.check(fc.property(VALUES, under900), { seed: shardSeed(12, i), numRuns: shareOf(i) }).failed,
      ),
    ).toBe(false);
    const seen = { checks: 0, runs: 0 };
    const report = await run(12, 8, seen);
    expect(report.results.map((r) => r.outcome)).toEqual(['passed']);
    expect(seen).toEqual({ checks: 1, runs: RUNS });
    // The check's create and one per case (clean-up is not counted).
    expect(report.results[0]!.coverage!.statuses).toEqual({ 201: RUNS + 1 });
    expect(await listAll(mock.url, 'k-shards-12-8')).toEqual([]);
  });

  it('reports the failure of its lowest-numbered failing shard, the same at --concurrency 1 and 8, with a seed and path that replay it', async () => {
    // Seed 2: shards 1 and 2 draw a value of 900 or more, shards 0 and 3 do not.
    const failing = [0, 1, 2, 3].filter(
      (i) => fc.check(fc.property(VALUES, under900), { seed: shardSeed(2, i), numRuns: shareOf(i) }).failed,
    );
    expect(failing).toEqual([1, 2]);
    const [alone, together] = [await run(2, 1), await run(2, 8)];
    const figures = (report: RunReport) => {
      const result = report.results[0]!;
      const f = result.failure;
      return JSON.parse(
        JSON.stringify({
          outcome: result.outcome,
          requests: result.requests,
          coverage: result.coverage,
          failure: f && {
            check: f.check,
            message: f.message,
            seed: f.seed,
            path: f.path,
            shard: f.shard,
            requests: f.requests.map((r) => `${r.method} ${r.body ?? ''} → ${r.status}`),
          },
        }).replaceAll(report.runId, 'RUN'),
      ) as unknown;
    };
    expect(figures(together)).toEqual(figures(alone));
    const failure = together.results[0]!.failure!;
    expect(together.results[0]!.outcome).toBe('failed');
    expect(failure.seed).toBe(2);
    expect(failure.shard).toEqual({ index: 1, of: SHARDS, seed: shardSeed(2, 1) });
    expect(failure.actual).toBe(900);
    // The shard's seed and the path replay the shrunk case with fast-check alone.
    const replayed = fc.check(fc.property(VALUES, under900), {
      seed: failure.shard!.seed,
      path: failure.path!,
      numRuns: shareOf(1),
    });
    expect(replayed.counterexample).toEqual([900]);
    expect(formatSummary(together)).toContain(`shard:    2 of ${SHARDS} (fast-check seed ${shardSeed(2, 1)};`);
    for (const key of ['k-shards-2-1', 'k-shards-2-8']) expect(await listAll(mock.url, key)).toEqual([]);
  });
});
