import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../mock/index.js';
import { listAll, startMockTarget } from '../test-support/mockTarget.js';
import { runConformance, type RunReport } from '../runConformance.js';
import { formatSummary } from './formatText.js';
import { toHtml } from './toHtml.js';
import { toJson } from './toJson.js';
import { toJUnit } from './toJUnit.js';

const KEY = 'k-interrupted-reports';
let mock: RunningMock;
let report: RunReport;

/** The states of the HTML report's matrix cells whose column is one of `dimensions`. */
function matrixStates(html: string, dimensions: ReadonlySet<string>): string[] {
  const matrix = html.slice(html.indexOf('<table id="coverage-matrix">'), html.indexOf('</table></div>'));
  return [...matrix.matchAll(/<td data-dimension="([^"]*)" data-field="[^"]*" data-state="([a-z-]+)"/g)]
    .filter((m) => dimensions.has(m[1]!))
    .map((m) => m[2]!);
}

beforeAll(async () => {
  mock = await startMockTarget();
  const controller = new AbortController();
  report = await runConformance({
    target: mock.url,
    apiKey: KEY,
    runs: 1,
    seed: 11,
    // One at a time in registry order: replace-all is the rule in flight, rejection-is-atomic never starts.
    concurrency: 1,
    rules: ['non-empty', 'api-key', 'null-clears', 'replace-all', 'rejection-is-atomic'],
    signal: controller.signal,
    onProgress: (event) => {
      if (event.type === 'rule-start' && event.rule === 'replace-all') controller.abort();
    },
  });
});
afterAll(() => mock.close());

describe('the reports of an interrupted run', () => {
  it('report the rule in flight as interrupted and the rules never started as not run, never as errors or deselected', () => {
    expect(report.interrupted).toBe(true);
    expect(report.results.map((r) => [r.rule, r.outcome, r.reason])).toEqual([
      ['non-empty', 'passed', undefined],
      ['api-key', 'passed', undefined],
      ['null-clears', 'passed', undefined],
      ['replace-all', 'interrupted', 'interrupted while it ran'],
      ['rejection-is-atomic', 'interrupted', 'not run: interrupted'],
    ]);
    const text = formatSummary(report);
    expect(text).toMatch(/\nINTR {2}replace-all \(\d+ ms, \d+ requests?\) — interrupted while it ran\n/);
    expect(text).toContain('\nINTR  rejection-is-atomic — not run: interrupted\n');
    expect(text).toMatch(/\n3 passed, 0 failed, 0 flaky, 0 errors, 0 skipped, 2 interrupted — /);
    expect(text).toMatch(/\n {2}not reached \(rejection-is-atomic not run: interrupted\): \d+ combinations: /);
    expect(text).toMatch(/\n {2}not reached \(replace-all not reached: interrupted\): \d+ combinations: /);
    // Rules that were not selected are still named as such.
    expect(text).toContain('not exercised (list-and-pagination did not run (--rules))');
    expect(text).not.toMatch(/ERROR|target interrupted|rejection-is-atomic did not run|replace-all did not run/);
  });

  it('agree in JSON and JUnit', () => {
    const json = JSON.parse(toJson(report)) as RunReport;
    expect(json.results.map((r) => r.outcome)).toEqual(['passed', 'passed', 'passed', 'interrupted', 'interrupted']);
    const invalid = json.coverage.combinations.filter((c) => c.kind === 'invalid' && c.coveredBy.length === 0);
    expect(invalid.length).toBeGreaterThan(0);
    expect(
      invalid.every((c) => c.interrupted === true && c.missing === 'rejection-is-atomic not run: interrupted'),
    ).toBe(true);
    expect(json.coverage.combinations.filter((c) => c.kind === 'list').every((c) => c.interrupted === undefined)).toBe(
      true,
    );
    const junit = toJUnit(report);
    expect(junit).toMatch(/<testsuite [^>]*tests="5" failures="0" errors="0" skipped="2"/);
    expect(junit).toMatch(
      /name="replace-all: [^"]*"[^>]*>(?:(?!<\/testcase>)[\s\S])*<skipped message="interrupted while it ran"\/>/,
    );
    expect(junit).toMatch(
      /name="rejection-is-atomic: [^"]*"[^>]*>(?:(?!<\/testcase>)[\s\S])*<skipped message="not run: interrupted"\/>/,
    );
    expect(junit).not.toContain('<error');
  });

  it('mark the combinations never reached as not reached in the HTML coverage, never with the red ✗ of a miss', () => {
    const html = toHtml(report);
    // The columns of the rules that ran or were interrupted (awkward-text was not selected: its misses stay red).
    const columns = new Set(
      report.coverage.combinations.filter((c) => c.kind !== 'awkward').map((c) => c.dimension.replace(/&/g, '&amp;')),
    );
    const states = matrixStates(html, columns);
    expect(states).toContain('not-reached');
    expect(states).toContain('covered');
    expect(states).not.toContain('missing');
    expect(html).toContain('<span id="verdict" class="interrupted">interrupted</span>');
    expect(html).toMatch(/<h3>Not reached \(the run was interrupted\)<\/h3><div id="coverage-not-reached">/);
    expect(html).toMatch(/<tr data-rule="replace-all" data-outcome="interrupted">/);
  });

  it('leave nothing of the run behind', async () => {
    expect(report.cleanup.leftovers).toEqual([]);
    expect(await listAll(mock.url, KEY)).toEqual([]);
  });
});
