import type { ConformanceFailure } from '../ConformanceFailure.js';
import { COMBINATION_KINDS, KIND_LABELS } from '../combinations/Combination.js';
import type { RuleCoverageReport } from '../combinations/RuleCoverage.js';
import type { RunCoverage } from '../combinations/runCoverage.js';
import { describeEdition } from '../editionChoice.js';
import type { RuleResult } from '../RuleResult.js';
import type { ProgressEvent, RunReport } from '../runConformance.js';
import { plural } from './plural.js';

const LABEL: Record<RuleResult['outcome'], string> = {
  passed: 'PASS',
  failed: 'FAIL',
  flaky: 'FLAKY',
  skipped: 'SKIP',
  error: 'ERROR',
  interrupted: 'INTR',
};

/** One line per rule, as printed while the run goes. */
export function formatResultLine(result: RuleResult): string {
  const retries = result.retries ? `, ${formatRetries(result.retries)}` : '';
  // A rule that never started (skipped, or not run because the run was interrupted) has no figures to show.
  const started = result.outcome !== 'skipped' && !(result.outcome === 'interrupted' && result.coverage === undefined);
  const timing = started ? ` (${result.durationMs} ms, ${plural(result.requests, 'request')}${retries})` : '';
  const reason = result.reason && result.outcome !== 'passed' ? ` — ${shorten(result.reason, 240)}` : '';
  const notes = result.notes.map((n) => `\n       note: ${n}`).join('');
  const coverage =
    result.coverage && result.coverage.requests > 0 ? `\n       coverage: ${formatRuleCoverage(result.coverage)}` : '';
  return `${LABEL[result.outcome].padEnd(5)} ${result.rule}${timing}${reason}${coverage}${notes}`;
}

/** One line of what a rule exercised: its planned combinations, the fields its PATCHes sent, the statuses it met. */
export function formatRuleCoverage(coverage: RuleCoverageReport): string {
  const parts: string[] = [];
  if (coverage.planned > 0)
    parts.push(
      `${coverage.covered}/${coverage.planned} combinations${
        coverage.missed.length > 0
          ? ` (missed: ${coverage.missed
              .slice(0, 3)
              .map((m) => m.combination)
              .join(', ')}${coverage.missed.length > 3 ? ', …' : ''})`
          : ''
      }`,
    );
  const others = coverage.exercised.length - coverage.covered;
  if (others > 0) parts.push(`${plural(others, 'other combination')} met`);
  if (coverage.fields.length > 0) parts.push(`${plural(coverage.fields.length, 'field')} patched`);
  const statuses = Object.entries(coverage.statuses).map(([status, count]) => `${status}×${count}`);
  if (statuses.length > 0) parts.push(`statuses ${statuses.join(' ')}`);
  return parts.join(' · ');
}

/** The run's coverage: how many of the combinations the contract names it exercised, by kind, and which it missed. */
export function formatCoverage(coverage: RunCoverage): string[] {
  const kinds = COMBINATION_KINDS.filter((k) => coverage.byKind[k].named > 0).map(
    (k) => `${KIND_LABELS[k]} ${coverage.byKind[k].covered}/${coverage.byKind[k].named}`,
  );
  const lines = [
    `Coverage: ${coverage.covered} of the ${plural(coverage.named, 'combination')} the contract names for this run (${coverage.percent}%): ${kinds.join(', ')}`,
  ];
  for (const { combination, reason } of coverage.unreachable)
    lines.push(`  out of this run's reach: ${combination} (${reason})`);
  for (const { reason, labels, interrupted } of missingByReason(coverage)) {
    const shown = labels.slice(0, 6).join(', ');
    lines.push(
      `  ${interrupted ? 'not reached' : 'not exercised'} (${reason}): ${labels.length === 1 ? shown : `${labels.length} combinations: ${shown}${labels.length > 6 ? ', … (the JSON and HTML reports list them all)' : ''}`}`,
    );
  }
  return lines;
}

/** The combinations no rule exercised, grouped by why; `interrupted` when the run's interruption kept the rules from them. */
export function missingByReason(
  coverage: RunCoverage,
): Array<{ readonly reason: string; readonly labels: string[]; readonly interrupted: boolean }> {
  const groups = new Map<string, { reason: string; labels: string[]; interrupted: boolean }>();
  for (const c of coverage.combinations) {
    if (c.missing === undefined) continue;
    const group = groups.get(c.missing) ?? { reason: c.missing, labels: [], interrupted: c.interrupted === true };
    group.labels.push(c.label);
    groups.set(c.missing, group);
  }
  return [...groups.values()];
}

/** `3 resent after transient faults (503×2, connection×1)`. */
export function formatRetries(byCause: Readonly<Record<string, number>>): string {
  const count = Object.values(byCause).reduce((a, b) => a + b, 0);
  return `${count} resent after transient faults (${Object.entries(byCause)
    .map(([cause, n]) => `${cause}×${n}`)
    .join(', ')})`;
}

/** The progress line of a tick: the rules in flight, the requests so far, an estimate of the time left. */
export function formatTick(event: Extract<ProgressEvent, { type: 'tick' }>): string {
  const running =
    event.running.length > 3
      ? `${event.running.slice(0, 3).join(', ')} +${event.running.length - 3}`
      : event.running.join(', ');
  const left = event.remainingMs === undefined ? '' : `, about ${Math.ceil(event.remainingMs / 1000)} s left`;
  return `[${event.done}/${event.total} done] ${plural(event.requests, 'request')} in ${Math.round(event.elapsedMs / 1000)} s${left}${running === '' ? '' : ` — running ${running}`}`;
}

/** The line a progress event prints (the CLI writes them to stderr). */
export function formatProgress(event: ProgressEvent): string {
  switch (event.type) {
    case 'start':
      return (
        `aic conform: run ${event.runId}, seed ${event.seed}, ${plural(event.runs, 'run')} per property${event.strict ? ', strict' : ''}, ${plural(event.rules.length, 'rule')}\n` +
        `aic conform: edition ${describeEdition(event.edition)}` +
        (event.profile === 'default' && event.concurrency === 1
          ? ''
          : `\naic conform: ${event.profile === 'default' ? '' : `profile ${event.profile}, `}up to ${plural(event.concurrency, 'rule')} at once`)
      );
    case 'rule-start':
      return `[${event.index + 1}/${event.total}] ${event.rule} …`;
    case 'rule-end':
      return `[${event.index + 1}/${event.total}] ${formatResultLine(event.result)}`;
    case 'tick':
      return formatTick(event);
    case 'cleanup':
      return 'cleaning up…';
  }
}

/** `Clean-up: 3 integrations deleted; nothing left behind` (or what was left). */
export function formatCleanup(cleanup: RunReport['cleanup']): string {
  return (
    `Clean-up: ${plural(cleanup.deleted, 'integration')} deleted` +
    (cleanup.leftovers.length > 0
      ? `; left behind: ${cleanup.leftovers.join(', ')} (run aic conform --sweep)`
      : '; nothing left behind')
  );
}

/** The end-of-run summary: each rule, each failure in full, the totals, the clean-up and what the run could not check. */
export function formatSummary(report: RunReport): string {
  const lines: string[] = [
    '',
    `Conformance of ${report.target} (run ${report.runId}, seed ${report.seed}, ${plural(report.runs, 'run')} per property${report.strict ? ', strict' : ''}${report.profile === 'quick' ? ', profile quick' : ''})`,
    `Edition: ${describeEdition(report.edition)}`,
    '',
  ];
  for (const result of report.results) lines.push(formatResultLine(result));
  const failures = report.results.flatMap((r) => (r.failure ? [r.failure] : []));
  const flaky = report.results.flatMap((r) => r.flaky ?? []);
  for (const failure of failures) lines.push('', formatFailure(failure));
  for (const failure of flaky) lines.push('', formatFailure(failure));
  const count = (o: RuleResult['outcome']) => report.results.filter((r) => r.outcome === o).length;
  lines.push(
    '',
    `${count('passed')} passed, ${count('failed')} failed, ${count('flaky')} flaky, ${plural(count('error'), 'error')}, ${count('skipped')} skipped` +
      (count('interrupted') > 0 ? `, ${count('interrupted')} interrupted` : '') +
      ` — ${plural(report.requests, 'request')} in ${(report.durationMs / 1000).toFixed(1)} s`,
    ...(report.retries.count === 0 ? [] : [`Retries: ${formatRetries(report.retries.byCause)}`]),
    formatCleanup(report.cleanup),
    ...(report.concurrencyLowest < report.concurrency
      ? [
          `Concurrency: ${report.concurrency} rules at once, lowered to ${report.concurrencyLowest} while the target answered 429`,
        ]
      : []),
  );
  if (report.coverage) {
    lines.push(...formatCoverage(report.coverage));
    if (report.requestsPerCombination !== undefined)
      lines.push(
        `  ${report.requestsPerCombination} requests per combination covered (${plural(report.requests, 'request')} for ${report.coverage.covered})`,
      );
  }
  if (report.limitations.length > 0)
    lines.push('', 'Limitations of this run:', ...report.limitations.map((l) => `  - ${l}`));
  if (report.interrupted) lines.push('', 'The run was interrupted.');
  return lines.join('\n');
}

export function formatFailure(failure: ConformanceFailure): string {
  const lines = [
    `${failure.flaky ? 'FLAKY (did not reproduce when replayed)' : 'FAILED'}: ${failure.rule} — ${failure.clause}`,
    `  check:    ${failure.check}`,
    `  problem:  ${shorten(failure.message, 1000)}`,
  ];
  if (failure.combination !== undefined) lines.splice(2, 0, `  case:     ${failure.combination} (systematic)`);
  if (failure.expected !== undefined) lines.push(`  expected: ${compact(failure.expected)}`);
  if (failure.actual !== undefined) lines.push(`  actual:   ${compact(failure.actual)}`);
  if (failure.requests.length > 0) {
    lines.push(`  requests (shrunk counterexample, ${failure.requests.length}):`);
    failure.requests.forEach((r, i) => {
      lines.push(
        `    ${String(i + 1).padStart(2)}. ${r.method} ${r.path}${r.account === 'primary' ? '' : ` [${r.account}]`}${r.body === undefined ? '' : ` ${shorten(r.body, 300)}`} → ${r.status}`,
      );
    });
  }
  if (failure.shard)
    lines.push(
      `  shard:    ${failure.shard.index + 1} of ${failure.shard.of} (fast-check seed ${failure.shard.seed}; the JSON report has the path)`,
    );
  if (failure.replay)
    lines.push(
      `  replay (${failure.replay.environment.map((v) => `$${v}`).join(', ')} set: the same seed and options meet it again):`,
      `    ${failure.replay.command}`,
    );
  else lines.push(`  seed:     ${failure.seed}`);
  if (failure.curl.length > 0) {
    lines.push(
      `  reproduce (a bash script: $AIC_TARGET and $AIC_API_KEY${failure.requests.some((r) => r.account === 'other') ? ' and $AIC_OTHER_API_KEY' : ''} set; it deletes what it creates):`,
    );
    for (const line of failure.curl) lines.push(`    ${line}`);
  }
  return lines.join('\n');
}

function compact(value: unknown): string {
  return shorten(JSON.stringify(value) ?? String(value), 800);
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}
