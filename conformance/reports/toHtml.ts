import type { ConformanceFailure } from '../ConformanceFailure.js';
import type { RuleResult } from '../RuleResult.js';
import {
  COMBINATION_KINDS,
  KIND_LABELS,
  SCENARIO_KINDS,
  type Combination,
  type CombinationKind,
} from '../combinations/Combination.js';
import type { CoveredCombination, RunCoverage } from '../combinations/runCoverage.js';
import { describeEdition } from '../editionChoice.js';
import { formatRetries, missingByReason } from './formatText.js';
import type { RunReport } from '../runConformance.js';
import { plural } from './plural.js';

/**
 * The run as one self-contained HTML page (no script, no request for anything else: readable
 * offline as a CI artifact): the summary, the coverage matrix of the combinations the contract
 * names (fields × invalid families, nulls and boundaries; the list queries apart), every rule with
 * what it exercised, each failure with its reproduction, and the limitations of the run.
 */
export function toHtml(report: RunReport): string {
  const count = (o: RuleResult['outcome']) => report.results.filter((r) => r.outcome === o).length;
  const failures = report.results.flatMap((r) => [...(r.failure ? [r.failure] : []), ...(r.flaky ?? [])]);
  const verdict = report.passed ? 'passed' : report.interrupted ? 'interrupted' : 'failed';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>aic conform: ${esc(report.target)} ${verdict}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Conformance of <code>${esc(report.target)}</code>: <span id="verdict" class="${verdict}">${verdict}</span></h1>
<p id="summary">${count('passed')} passed, ${count('failed')} failed, ${count('flaky')} flaky, ${plural(count('error'), 'error')}, ${count('skipped')} skipped${count('interrupted') > 0 ? `, ${count('interrupted')} interrupted` : ''} — ${plural(report.requests, 'request')} in ${(report.durationMs / 1000).toFixed(1)} s</p>
<dl class="run">
<dt>Run</dt><dd>${esc(report.runId)} (integrations named <code>${esc(report.prefix)}…</code>), started ${esc(report.startedAt)}</dd>
<dt>Seed</dt><dd>${report.seed}, ${plural(report.runs, 'random run')} per property${report.strict ? ', strict' : ''} (each failure below gives the command that replays it)</dd>
<dt>Edition</dt><dd>${esc(describeEdition(report.edition))}</dd>
<dt>Clean-up</dt><dd>${plural(report.cleanup.deleted, 'integration')} deleted; ${report.cleanup.leftovers.length > 0 ? `left behind: ${esc(report.cleanup.leftovers.join(', '))}` : 'nothing left behind'}</dd>
<dt>Profile</dt><dd>${esc(report.profile)}, up to ${plural(report.concurrency, 'rule')} at once</dd>
<dt>Retries</dt><dd id="retries">${report.retries.count === 0 ? 'none (no transient fault met)' : esc(formatRetries(report.retries.byCause))}</dd>
</dl>
</header>
${report.coverage ? coverageSection(report.coverage, report.requestsPerCombination) : ''}
<section id="rules">
<h2>Rules</h2>
<table>
<thead><tr><th>rule</th><th>outcome</th><th>clause</th><th>time</th><th>requests</th><th>combinations</th><th>statuses seen</th><th>fields patched</th></tr></thead>
<tbody>
${report.results.map(ruleRow).join('\n')}
</tbody>
</table>
</section>
<section id="failures">
<h2>Failures</h2>
${failures.length === 0 ? '<p>None.</p>' : failures.map(failureBlock).join('\n')}
</section>
<section id="limitations">
<h2>Limitations of this run</h2>
${report.limitations.length === 0 ? '<p>None.</p>' : `<ul>${report.limitations.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`}
${report.interrupted ? '<p>The run was interrupted.</p>' : ''}
</section>
</body>
</html>
`;
}

function coverageSection(coverage: RunCoverage, requestsPerCombination: number | undefined): string {
  const kinds = COMBINATION_KINDS.filter((k) => coverage.byKind[k].named > 0)
    .map(
      (k) =>
        `<li data-kind="${k}">${esc(KIND_LABELS[k])}: ${coverage.byKind[k].covered}/${coverage.byKind[k].named}</li>`,
    )
    .join('');
  const missing = missingByReason(coverage);
  const notExercised = missing.filter((m) => !m.interrupted);
  const notReached = missing.filter((m) => m.interrupted);
  return `<section id="coverage">
<h2>Coverage</h2>
<p id="coverage-total"><strong>${coverage.percent}%</strong>: ${coverage.covered} of the ${plural(coverage.named, 'combination')} the contract names for this run were exercised.</p>
${requestsPerCombination === undefined ? '' : `<p id="coverage-cost">${requestsPerCombination} requests per combination covered.</p>`}
<ul class="kinds">${kinds}</ul>
${coverage.unreachable.length > 0 ? `<h3>Out of this run's reach</h3><ul id="coverage-unreachable">${coverage.unreachable.map((u) => `<li>${esc(u.combination)}: ${esc(u.reason)}</li>`).join('')}</ul>` : ''}
${missingList('coverage-missing', 'Not exercised', notExercised)}
${missingList('coverage-not-reached', 'Not reached (the run was interrupted)', notReached)}
<h3>Request bodies: fields × what was sent</h3>
<p class="legend"><span class="covered">✓</span> exercised <span class="partial">n/m</span> some variants <span class="missing">✗</span> not exercised <span class="not-reached">○</span> not reached (the run was interrupted) <span class="na">·</span> not a combination the contract names. Hover a cell for its variants and the rules that exercised them.</p>
${matrix(
  coverage.combinations.filter((c) => !SCENARIO_KINDS.includes(c.kind)),
  coverage.unreachable,
)}
<h3>List queries</h3>
${scenarioTable(
  'list-queries',
  'parameter',
  coverage.combinations.filter((c) => c.kind === 'list'),
)}
<h3>Simultaneous requests and an account past the largest page</h3>
${scenarioTable(
  'scenarios',
  'scenario',
  coverage.combinations.filter((c) => c.kind !== 'list' && SCENARIO_KINDS.includes(c.kind)),
)}
</section>`;
}

/** The combinations no rule exercised, grouped by why, each group folded. */
function missingList(id: string, heading: string, groups: ReturnType<typeof missingByReason>): string {
  if (groups.length === 0) return '';
  return `<h3>${heading}</h3><div id="${id}">${groups.map(({ reason, labels }) => `<details><summary>${esc(reason)}: ${plural(labels.length, 'combination')}</summary><ul>${labels.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></details>`).join('')}</div>`;
}

/** A combination's state in the coverage: exercised, missed, or not reached because the run was interrupted (neutral). */
function stateOf(c: CoveredCombination): 'covered' | 'missing' | 'not-reached' {
  return c.coveredBy.length > 0 ? 'covered' : c.interrupted ? 'not-reached' : 'missing';
}

/** One row per combination of a scenario kind: its dimension, its case, the rules that exercised it. */
function scenarioTable(id: string, heading: string, combinations: readonly CoveredCombination[]): string {
  return `<table id="${id}">
<thead><tr><th>${heading}</th><th>case</th><th>exercised by</th></tr></thead>
<tbody>
${combinations
  .map(
    (c) =>
      `<tr data-state="${stateOf(c)}"><td>${esc(c.dimension)}</td><td>${esc(c.field ?? '')}</td><td class="${stateOf(c)}">${c.coveredBy.length > 0 ? `✓ ${esc(unique(c.coveredBy).join(', '))}` : `${SYMBOL[stateOf(c)]} ${esc(c.missing ?? '')}`}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;
}

const WHOLE_BODY = '(whole body)';

const SYMBOL = { covered: '✓', missing: '✗', 'not-reached': '○' } as const;

/** Rows: body fields (and the whole body); columns: invalid families, null, boundaries; a cell per (column, row) the contract names. */
function matrix(combinations: readonly CoveredCombination[], unreachable: RunCoverage['unreachable']): string {
  const columns: Array<{ kind: CombinationKind; dimension: string }> = [];
  const all: ReadonlyArray<Combination> = [
    ...combinations,
    ...unreachable.filter((u) => !SCENARIO_KINDS.includes(u.kind)),
  ];
  for (const c of all)
    if (!columns.some((col) => col.dimension === c.dimension && col.kind === c.kind))
      columns.push({ kind: c.kind, dimension: c.dimension });
  // Columns by kind (invalid families, null, boundaries), each kind in the order the contract names them.
  columns.sort((a, b) => COMBINATION_KINDS.indexOf(a.kind) - COMBINATION_KINDS.indexOf(b.kind));
  const rows = [...new Set(all.map((c) => c.field ?? WHOLE_BODY))].sort((a, b) =>
    a === WHOLE_BODY ? -1 : b === WHOLE_BODY ? 1 : 0,
  );
  const head = columns
    .map((col) => `<th class="kind-${col.kind}" scope="col"><span>${esc(col.dimension)}</span></th>`)
    .join('');
  const body = rows.map((row) => {
    const cells = columns.map((col) => {
      const here = combinations.filter(
        (c) => c.kind === col.kind && c.dimension === col.dimension && (c.field ?? WHOLE_BODY) === row,
      );
      const label = `${col.dimension} × ${row}`;
      if (here.length === 0) {
        const out = unreachable.some(
          (u) => u.kind === col.kind && u.dimension === col.dimension && (u.field ?? WHOLE_BODY) === row,
        );
        return `<td data-dimension="${esc(col.dimension)}" data-field="${esc(row)}" data-state="${out ? 'unreachable' : 'na'}" class="${out ? 'unreachable' : 'na'}" title="${esc(out ? `${label}: out of this run's reach` : `${label}: not a combination the contract names`)}">${out ? '–' : '·'}</td>`;
      }
      const covered = here.filter((c) => c.coveredBy.length > 0);
      // Missed only where the run was interrupted before the rules reached the cell: neutral, never a failure's red.
      const state =
        covered.length === here.length
          ? 'covered'
          : covered.length > 0
            ? 'partial'
            : here.every((c) => c.interrupted)
              ? 'not-reached'
              : 'missing';
      const text =
        state === 'covered'
          ? here.length > 1
            ? `✓ ${here.length}`
            : '✓'
          : state === 'partial'
            ? `${covered.length}/${here.length}`
            : SYMBOL[state];
      const title = here
        .map(
          (c) =>
            `${c.label}: ${c.coveredBy.length > 0 ? `exercised by ${unique(c.coveredBy).join(', ')}` : `${c.interrupted ? 'not reached' : 'not exercised'} (${c.missing ?? ''})`}`,
        )
        .join('\n');
      return `<td data-dimension="${esc(col.dimension)}" data-field="${esc(row)}" data-state="${state}" class="${state}" title="${esc(title)}">${esc(text)}</td>`;
    });
    return `<tr><th scope="row">${esc(row)}</th>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table id="coverage-matrix">
<thead><tr><th>field</th>${head}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table></div>`;
}

function ruleRow(result: RuleResult): string {
  const c = result.coverage;
  const statuses = c
    ? Object.entries(c.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')
    : '';
  const combinations =
    c && c.planned > 0 ? `${c.covered}/${c.planned}` : c && c.exercised.length > 0 ? `${c.exercised.length} met` : '';
  const notes = [...(result.reason && result.outcome !== 'passed' ? [result.reason] : []), ...result.notes];
  return `<tr data-rule="${esc(result.rule)}" data-outcome="${result.outcome}"><td><strong>${esc(result.rule)}</strong><br><small>${esc(result.title)}</small>${notes.length > 0 ? `<ul class="notes">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}</td><td class="outcome ${result.outcome}">${result.outcome}</td><td>${esc(result.clause)}</td><td>${result.durationMs} ms</td><td>${result.requests}${result.retries ? `<br><small>${esc(formatRetries(result.retries))}</small>` : ''}</td><td>${combinations}</td><td>${esc(statuses)}</td><td>${esc(c?.fields.join(', ') ?? '')}</td></tr>`;
}

function failureBlock(failure: ConformanceFailure): string {
  const json = (value: unknown) => esc(JSON.stringify(value, null, 2) ?? String(value));
  return `<article class="failure${failure.flaky ? ' flaky' : ''}" data-rule="${esc(failure.rule)}">
<h3>${failure.flaky ? 'Flaky (did not reproduce when replayed)' : 'Failed'}: ${esc(failure.rule)} — ${esc(failure.clause)}</h3>
<dl>
<dt>Check</dt><dd>${esc(failure.check)}</dd>
${failure.combination === undefined ? '' : `<dt>Case</dt><dd class="case">${esc(failure.combination)} (systematic)</dd>`}
<dt>Problem</dt><dd class="problem">${esc(failure.message)}</dd>
${failure.expected === undefined ? '' : `<dt>Expected</dt><dd><pre>${json(failure.expected)}</pre></dd>`}
${failure.actual === undefined ? '' : `<dt>Actual</dt><dd><pre>${json(failure.actual)}</pre></dd>`}
${failure.replay ? `<dt>Replay</dt><dd><code class="replay">${esc(failure.replay.command)}</code> (with ${esc(failure.replay.environment.map((v) => `$${v}`).join(', '))} set)</dd>` : `<dt>Seed</dt><dd>${failure.seed}</dd>`}
</dl>
<h4>Requests (shrunk counterexample, ${failure.requests.length})</h4>
<ol class="requests">${failure.requests.map((r) => `<li><code>${esc(r.method)} ${esc(r.path)}</code>${r.account === 'primary' ? '' : ` [${esc(r.account)}]`}${r.body === undefined ? '' : ` <code class="body">${esc(shorten(r.body, 2000))}</code>`} → <strong>${r.status}</strong></li>`).join('')}</ol>
<h4>Reproduce (a bash script: $AIC_TARGET and $AIC_API_KEY set; it deletes what it creates)</h4>
<pre class="curl">${esc(failure.curl.join('\n'))}</pre>
</article>`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1d1d1f;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1rem}
code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}pre{background:#f6f6f6;padding:.5rem;overflow:auto;white-space:pre-wrap;word-break:break-all}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.25rem .4rem;vertical-align:top;text-align:left}
.scroll{overflow:auto}#coverage-matrix td{text-align:center;min-width:2.2rem}#coverage-matrix thead th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
#coverage-matrix thead th:first-child{writing-mode:horizontal-tb;transform:none}
.covered{background:#e3f6e5;color:#116329}.missing{background:#fde2e1;color:#a40e26}.partial{background:#fff4d6;color:#7a4d00}.na{color:#bbb}.unreachable{background:#eee;color:#666}.not-reached{background:#f3f3f3;color:#666}
.kind-invalid{background:#f4f0fb}.kind-null{background:#eef6fb}.kind-boundary{background:#f1f8ef}
#verdict.passed,.outcome.passed{color:#116329}#verdict.failed,.outcome.failed,.outcome.error{color:#a40e26}.outcome.flaky{color:#7a4d00}.outcome.interrupted{color:#666}
.failure{border:1px solid #e4b1b0;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}.failure.flaky{border-color:#e6cf8e}
dl.run{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.run dt{font-weight:600}
ul.notes{margin:.25rem 0;padding-left:1rem;font-size:12px;color:#555}.legend span{display:inline-block;padding:0 .3rem;margin-right:.3rem}
`;
