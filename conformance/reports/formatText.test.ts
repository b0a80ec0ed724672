import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../RuleResult.js';
import type { RunReport } from '../runConformance.js';
import { formatProgress, formatResultLine, formatSummary } from './formatText.js';
import { toJUnit } from './toJUnit.js';
import { toHtml } from './toHtml.js';

const detected = {
  edition: 'upper',
  source: 'detected',
  evidence: 'the target refused provider "openAI" (400) and accepted "OPEN_AI", the upper edition\'s spelling',
} as const;
const result = (outcome: RuleResult['outcome'], requests: number): RuleResult => ({
  rule: 'non-empty',
  title: 'Empty bodies',
  clause: 'Update rule 1',
  outcome,
  notes: [],
  durationMs: 12,
  requests,
  ...(outcome === 'error' ? { reason: 'target timeout: no answer' } : {}),
});

function report(overrides: Partial<RunReport>): RunReport {
  return {
    tool: 'aic conform',
    target: 'http://127.0.0.1:4010',
    runId: 'abc',
    prefix: 'aic-conform-abc-',
    seed: 7,
    runs: 1,
    strict: false,
    edition: detected,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1500,
    requests: 1,
    results: [result('error', 1)],
    cleanup: { deleted: 1, leftovers: [] },
    interrupted: false,
    limitations: [],
    rateLimited: { responses: 0, waitedMs: 0 },
    retries: { count: 0, byCause: {} },
    profile: 'default',
    concurrency: 8,
    concurrencyLowest: 8,
    coverage: {
      named: 0,
      covered: 0,
      percent: 100,
      byKind: {
        invalid: { named: 0, covered: 0 },
        null: { named: 0, covered: 0 },
        boundary: { named: 0, covered: 0 },
        list: { named: 0, covered: 0 },
        awkward: { named: 0, covered: 0 },
        concurrent: { named: 0, covered: 0 },
        'account-size': { named: 0, covered: 0 },
      },
      combinations: [],
      unreachable: [],
    },
    passed: false,
    ...overrides,
  };
}

describe('the text report', () => {
  it('says "1 rule", "1 run", "1 request", "1 error", "1 integration" in the singular', () => {
    const text = formatSummary(report({}));
    expect(text).toContain('(run abc, seed 7, 1 run per property)');
    expect(text).toContain('ERROR non-empty (12 ms, 1 request) — target timeout: no answer');
    expect(text).toContain('0 passed, 0 failed, 0 flaky, 1 error, 0 skipped — 1 request in 1.5 s');
    expect(text).toContain('Clean-up: 1 integration deleted; nothing left behind');
    expect(
      formatProgress({
        type: 'start',
        runId: 'abc',
        seed: 7,
        runs: 1,
        strict: true,
        rules: ['non-empty'],
        edition: detected,
        profile: 'default',
        concurrency: 8,
      }).split('\n')[0],
    ).toBe('aic conform: run abc, seed 7, 1 run per property, strict, 1 rule');
    expect(text).not.toMatch(/\b1 (rules|runs|requests|errors|integrations)\b/);
  });

  it('and the plural otherwise', () => {
    const text = formatSummary(
      report({
        runs: 50,
        requests: 4300,
        results: [result('passed', 2), result('error', 0), result('error', 3)],
        cleanup: { deleted: 0, leftovers: [] },
      }),
    );
    expect(text).toContain('50 runs per property');
    expect(text).toContain('PASS  non-empty (12 ms, 2 requests)');
    expect(text).toContain('1 passed, 0 failed, 0 flaky, 2 errors, 0 skipped — 4300 requests in 1.5 s');
    expect(text).toContain('Clean-up: 0 integrations deleted');
    expect(
      formatProgress({
        type: 'start',
        runId: 'abc',
        seed: 7,
        runs: 50,
        strict: false,
        rules: ['a', 'b'],
        edition: detected,
        profile: 'default',
        concurrency: 8,
      }).split('\n')[0],
    ).toBe('aic conform: run abc, seed 7, 50 runs per property, 2 rules');
    expect(formatResultLine(result('passed', 0))).toBe('PASS  non-empty (12 ms, 0 requests)');
  });

  it('says which edition the run spoke and how the kit knew, in the progress and under the title of the report', () => {
    expect(
      formatProgress({
        type: 'start',
        runId: 'abc',
        seed: 7,
        runs: 1,
        strict: false,
        rules: ['a'],
        edition: detected,
        profile: 'default',
        concurrency: 8,
      }).split('\n')[1],
    ).toBe(
      'aic conform: edition upper (detected: the target refused provider "openAI" (400) and accepted "OPEN_AI", the upper edition\'s spelling)',
    );
    const given = formatSummary(
      report({
        edition: {
          edition: 'camel',
          source: 'given',
          evidence: 'the target accepted provider "openAI", the camel edition\'s spelling, and answered in it',
        },
      }),
    );
    expect(given.split('\n').slice(1, 3)).toEqual([
      'Conformance of http://127.0.0.1:4010 (run abc, seed 7, 1 run per property)',
      'Edition: camel (as asked: the target accepted provider "openAI", the camel edition\'s spelling, and answered in it)',
    ]);
  });

  it('lists the limitations of the run after the totals, and says nothing of them when there are none', () => {
    const limitations = [
      'No --other-api-key: left out this.',
      'The target answered 429 (rate limited) 2 times: the kit waited 0.2 s in all and retried.',
    ];
    expect(formatSummary(report({ limitations }))).toMatch(
      /nothing left behind\nCoverage: [^\n]+\n\nLimitations of this run:\n {2}- No --other-api-key: left out this\.\n {2}- The target answered 429 \(rate limited\) 2 times: the kit waited 0\.2 s in all and retried\.$/,
    );
    expect(formatSummary(report({}))).not.toContain('Limitations');
  });

  it('says what each rule exercised on one line, and the coverage of the run by kind with what it missed and why, in text, JUnit and HTML', () => {
    const covered = {
      kind: 'invalid',
      dimension: 'wrong-type',
      field: 'name',
      variant: 'number',
      key: 'invalid/wrong-type/name/number',
      label: 'wrong-type × name (number)',
    } as const;
    const missed = {
      kind: 'boundary',
      dimension: 'empty',
      field: 'scopings',
      key: 'boundary/empty/scopings/',
      label: 'empty × scopings',
    } as const;
    const rule: RuleResult = {
      ...result('failed', 9),
      coverage: {
        requests: 9,
        statuses: { '200': 4, '400': 5 },
        fields: ['name'],
        planned: 2,
        covered: 1,
        missed: [{ combination: missed.label, reason: 'not reached: the rule stopped before it' }],
        exercised: [{ ...covered, count: 1 }],
      },
    };
    const coverage: RunReport['coverage'] = {
      named: 2,
      covered: 1,
      percent: 50,
      byKind: {
        invalid: { named: 1, covered: 1 },
        null: { named: 0, covered: 0 },
        boundary: { named: 1, covered: 0 },
        list: { named: 0, covered: 0 },
        awkward: { named: 0, covered: 0 },
        concurrent: { named: 0, covered: 0 },
        'account-size': { named: 0, covered: 0 },
      },
      combinations: [
        { ...covered, coveredBy: ['rejection-is-atomic'] },
        { ...missed, coveredBy: [], missing: 'replace-all: not reached: the rule stopped before it' },
      ],
      unreachable: [
        {
          kind: 'boundary',
          dimension: 'several',
          field: 'scopings',
          key: 'boundary/several/scopings/',
          label: 'several × scopings',
          combination: 'several × scopings',
          reason: 'needs --organization-id',
        },
      ],
    };
    const text = formatSummary(report({ results: [rule], coverage }));
    expect(text).toContain(
      '\n       coverage: 1/2 combinations (missed: empty × scopings) · 1 field patched · statuses 200×4 400×5',
    );
    expect(text).toContain(
      'Coverage: 1 of the 2 combinations the contract names for this run (50%): invalid bodies 1/1, list and map boundaries 0/1',
    );
    expect(text).toContain("  out of this run's reach: several × scopings (needs --organization-id)");
    expect(text).toContain('  not exercised (replace-all: not reached: the rule stopped before it): empty × scopings');
    const xml = toJUnit(report({ results: [rule], coverage }));
    expect(xml).toContain('<property name="coverage.percent" value="50"/>');
    expect(xml).toContain('<property name="coverage.boundary" value="0/1"/>');
    expect(xml).toContain(
      '<property name="coverage.missing.1" value="empty × scopings: replace-all: not reached: the rule stopped before it"/>',
    );
    expect(xml).toMatch(/<testcase [^>]*>\n {6}<properties>\n {8}<property name="coverage.requests" value="9"\/>/);
    expect(xml).toContain('<property name="coverage.statuses" value="200:4 400:5"/>');
    const html = toHtml(report({ results: [rule], coverage }));
    expect(html).toMatch(/<td data-dimension="wrong-type" data-field="name" data-state="covered"[^>]*>✓<\/td>/);
    expect(html).toMatch(/<td data-dimension="empty" data-field="scopings" data-state="missing"[^>]*>✗<\/td>/);
    expect(html).toMatch(/<td data-dimension="several" data-field="scopings" data-state="unreachable"/);
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
  });
});
