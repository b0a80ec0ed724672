import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { combination } from './combinations/Combination.js';
import { ConformanceSession } from './ConformanceSession.js';
import { fail } from './expect.js';
import { formatSummary } from './reports/formatText.js';
import type { Rule } from './Rule.js';
import { type SystematicCase, shardSeed } from './RuleContext.js';
import { allRules } from './rules/index.js';
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
  return runOnly([shardedRule(seen)], { apiKey: `k-shards-${seed}-${concurrency}`, runs: RUNS, seed, concurrency });
}

/** A run of `rules` alone against the mock. */
async function runOnly(
  rules: Rule[],
  options: { apiKey: string; runs: number; seed: number; concurrency: number },
): Promise<RunReport> {
  vi.spyOn(ConformanceSession.prototype, 'selectRules').mockReturnValue(rules);
  try {
    return await runConformance({ target: mock.url, ...options });
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

const CASES = 10;
/** Cases of a systematic phase: case i draws the value i (0 to 9). */
const SYSTEMATIC: SystematicCase<number>[] = Array.from({ length: CASES }, (_, i) => ({
  combination: combination('awkward', 'example', `place ${i}`),
  arbitrary: fc.constant(i),
}));

/**
 * A rule of 4 shards whose systematic phase creates an integration per case and fails on the cases
 * `failing` names; with `randomFails`, a property after it fails on every value.
 */
function systematicRule(
  failing: readonly number[],
  ran: Array<{ value: number; name: string }>,
  randomFails = false,
): Rule {
  return {
    id: 'sharded-systematic-example',
    title: 'Planted cases fail',
    clause: ['read-back'],
    shards: SHARDS,
    async run(ctx) {
      await ctx.systematic('each case', SYSTEMATIC, async (value) => {
        const name = ctx.names.next(`c${value}`);
        ran.push({ value, name });
        await ctx.api.create({ name });
        if (failing.includes(value)) fail(`case ${value} is planted to fail`, { expected: 'a pass', actual: value });
      });
      if (randomFails)
        await ctx.property('every value', [VALUES], async (value) => {
          fail(`the value ${value} is planted to fail`, { expected: 'a pass', actual: value });
        });
    },
  };
}

/** What must not depend on --concurrency: the outcome, the figures, the coverage, the failure (run names aside). */
function verdict(report: RunReport): unknown {
  const result = report.results[0]!;
  const f = result.failure;
  return JSON.parse(
    JSON.stringify({
      outcome: result.outcome,
      requests: result.requests,
      notes: result.notes,
      coverage: result.coverage,
      failure: f && {
        check: f.check,
        message: f.message,
        combination: f.combination,
        seed: f.seed,
        requests: f.requests.map((r) => `${r.method} ${r.body ?? ''} → ${r.status}`),
      },
    }).replaceAll(report.runId, 'RUN'),
  );
}

describe('a sharded rule with a systematic phase', () => {
  it('runs each systematic case once, case k in shard k mod n, also at --runs 1, the same at --concurrency 1 and 8', async () => {
    const reports: RunReport[] = [];
    for (const concurrency of [1, 8]) {
      const ran: Array<{ value: number; name: string }> = [];
      reports.push(
        await runOnly([systematicRule([], ran)], { apiKey: `k-sys-${concurrency}`, runs: 1, seed: 5, concurrency }),
      );
      expect(ran.map((r) => r.value).sort((a, b) => a - b)).toEqual([...Array(CASES).keys()]);
      // Shard 0 keeps the rule's names; shard k > 0 names its integrations `…-s<k>-…`.
      for (const { value, name } of ran) {
        const shard = value % SHARDS;
        if (shard === 0) expect(name).not.toMatch(/-s\d-/);
        else expect(name).toContain(`-s${shard}-`);
      }
    }
    const [alone, together] = reports.map(verdict);
    expect(together).toEqual(alone);
    const result = reports[1]!.results[0]!;
    expect(result.outcome).toBe('passed');
    expect(result.coverage).toMatchObject({ planned: CASES, covered: CASES, missed: [] });
    for (const concurrency of [1, 8]) expect(await listAll(mock.url, `k-sys-${concurrency}`)).toEqual([]);
  });

  it('reports the failure an unsplit run meets first (the earliest failing case, before a random failure of shard 0), the same at --concurrency 1 and 8, and the same seed replays it', async () => {
    // Case 3 (shard 3) comes first in the list, case 6 is in shard 2, and shard 0's random run fails: the report names case 3.
    const failing = [3, 6];
    const runWith = (concurrency: number, apiKey: string) =>
      runOnly([systematicRule(failing, [], true)], { apiKey, runs: 1, seed: 9, concurrency });
    const [alone, together, replayed] = [
      await runWith(1, 'k-sys-fail-1'),
      await runWith(8, 'k-sys-fail-8'),
      await runWith(8, 'k-sys-fail-replay'),
    ];
    expect(verdict(together)).toEqual(verdict(alone));
    expect(verdict(replayed)).toEqual(verdict(together));
    const result = together.results[0]!;
    expect(result.outcome).toBe('failed');
    expect(result.failure).toMatchObject({
      combination: 'example × place 3',
      actual: 3,
      seed: 9,
      message: 'case 3 is planted to fail',
    });
    // Its requests reproduce the case on its own: the create of case 3, in shard 3's names.
    expect(result.failure!.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201']);
    expect(result.failure!.requests[0]!.body).toMatch(/-s3-[^"]*-c3"/);
    // Shard 3 stopped at case 3 (its case 7 not reached); every other case ran.
    expect(result.coverage).toMatchObject({
      planned: CASES,
      covered: CASES - 3,
      missed: [3, 6, 7].map((i) => ({
        combination: `example × place ${i}`,
        reason: 'not reached: the rule stopped before it (a failure or an error)',
      })),
    });
    for (const key of ['k-sys-fail-1', 'k-sys-fail-8', 'k-sys-fail-replay'])
      expect(await listAll(mock.url, key)).toEqual([]);
  });

  it.each(['awkward-text', 'rejection-is-atomic'])(
    '%s covers the same combinations split into shards as whole, with the same verdict',
    async (id) => {
      const rule = allRules.find((r) => r.id === id)!;
      expect(rule.shards).toBeGreaterThan(1);
      const coverageOf = async (shaped: Rule, apiKey: string) => {
        const result = (await runOnly([shaped], { apiKey, runs: 1, seed: 4, concurrency: 8 })).results[0]!;
        const { planned, covered, missed, exercised } = result.coverage!;
        return {
          outcome: result.outcome,
          notes: result.notes,
          coverage: { planned, covered, missed, exercised: exercised.map((e) => e.key).sort() },
        };
      };
      const [split, whole] = [
        await coverageOf(rule, `k-split-${id}`),
        await coverageOf({ ...rule, shards: 1, run: (ctx) => rule.run(ctx) }, `k-whole-${id}`),
      ];
      expect(split.outcome).toBe('passed');
      expect(split.coverage.covered).toBe(split.coverage.planned);
      expect(split).toEqual(whole);
    },
  );
});
