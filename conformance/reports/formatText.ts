import type { ConformanceFailure } from '../ConformanceFailure.js';
import type { RuleResult } from '../ConformanceSession.js';
import type { RunReport } from '../runConformance.js';

const LABEL: Record<RuleResult['outcome'], string> = { passed: 'PASS', failed: 'FAIL', flaky: 'FLAKY', skipped: 'SKIP', error: 'ERROR' };

/** One line per rule, as printed while the run goes. */
export function formatResultLine(result: RuleResult): string {
  const timing = result.outcome === 'skipped' ? '' : ` (${result.durationMs} ms, ${result.requests} requests)`;
  const reason = result.reason && result.outcome !== 'passed' ? ` — ${shorten(result.reason, 240)}` : '';
  const notes = result.notes.map((n) => `\n       note: ${n}`).join('');
  return `${LABEL[result.outcome].padEnd(5)} ${result.rule}${timing}${reason}${notes}`;
}

/** The end-of-run summary: each rule, each failure in full, the totals and the clean-up. */
export function formatSummary(report: RunReport): string {
  const lines: string[] = ['', `Conformance of ${report.target} (run ${report.runId}, seed ${report.seed}, ${report.runs} runs per property${report.strict ? ', strict' : ''})`, ''];
  for (const result of report.results) lines.push(formatResultLine(result));
  const failures = report.results.flatMap((r) => (r.failure ? [r.failure] : []));
  const flaky = report.results.flatMap((r) => r.flaky ?? []);
  for (const failure of failures) lines.push('', formatFailure(failure));
  for (const failure of flaky) lines.push('', formatFailure(failure));
  const count = (o: RuleResult['outcome']) => report.results.filter((r) => r.outcome === o).length;
  lines.push(
    '',
    `${count('passed')} passed, ${count('failed')} failed, ${count('flaky')} flaky, ${count('error')} errors, ${count('skipped')} skipped` +
      ` — ${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s`,
    `Clean-up: ${report.cleanup.deleted} integrations deleted` +
      (report.cleanup.leftovers.length > 0 ? `; left behind: ${report.cleanup.leftovers.join(', ')} (run aic conform --sweep)` : '; nothing left behind'),
  );
  if (report.interrupted) lines.push('The run was interrupted.');
  return lines.join('\n');
}

export function formatFailure(failure: ConformanceFailure): string {
  const lines = [
    `${failure.flaky ? 'FLAKY (did not reproduce when replayed)' : 'FAILED'}: ${failure.rule} — ${failure.clause}`,
    `  check:    ${failure.check}`,
    `  problem:  ${shorten(failure.message, 1000)}`,
  ];
  if (failure.expected !== undefined) lines.push(`  expected: ${compact(failure.expected)}`);
  if (failure.actual !== undefined) lines.push(`  actual:   ${compact(failure.actual)}`);
  if (failure.requests.length > 0) {
    lines.push(`  requests (shrunk counterexample, ${failure.requests.length}):`);
    failure.requests.forEach((r, i) => {
      lines.push(`    ${String(i + 1).padStart(2)}. ${r.method} ${r.path}${r.account === 'primary' ? '' : ` [${r.account}]`}${r.body === undefined ? '' : ` ${shorten(r.body, 300)}`} → ${r.status}`);
    });
  }
  lines.push(`  replay:   seed ${failure.seed}${failure.path ? `, path "${failure.path}"` : ''} (aic conform --seed ${failure.seed} --rules ${failure.rule})`);
  if (failure.curl.length > 0) {
    lines.push(`  curl (key from $AIC_API_KEY${failure.requests.some((r) => r.account === 'other') ? ', second key from $AIC_OTHER_API_KEY' : ''}):`);
    for (const command of failure.curl.slice(-6)) lines.push(`    ${shorten(command, 600)}`);
  }
  return lines.join('\n');
}

function compact(value: unknown): string {
  return shorten(JSON.stringify(value) ?? String(value), 800);
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}
