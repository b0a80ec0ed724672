import { jsonEqual, SPELLED_FIELDS, type Contract } from '../../spec/portable.js';
import { escapeHtml, inlineMarkup } from './html.js';
import { ruleAnchor } from './rulePresentation.js';
import { PAGES, plainPage, type NavigationContext } from './siteLayout.js';

/**
 * What differs between the editions, side by side: operation ids, the spelling of every enum value,
 * the statuses each operation declares, and the rule parameters that name spelled values. A cell
 * that is not the same in every edition is marked.
 */
export function editionsPage(contracts: readonly Contract[], context: NavigationContext): string {
  const [first] = contracts;
  if (!first) throw new RangeError('the editions page compares at least one contract');
  const head = `<tr><th></th>${contracts.map((c) => `<th>${escapeHtml(c.edition)}${c.edition === first.editions.default ? ' (default)' : ''}</th>`).join('')}</tr>`;
  const row = (label: string, cells: readonly string[]) => {
    const differs = cells.some((cell) => cell !== cells[0]);
    return `<tr${differs ? ' class="differs"' : ''}><th>${label}</th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  };
  const out: string[] = [
    '<h1>The editions compared</h1>',
    `<p>Arize changed the spelling of this resource's enum values in July 2026. The spec is written once, in the ${escapeHtml(first.editions.default)} edition, and its <code>x-editions</code> table derives the others. Everything not listed here is the same on the wire. Marked rows differ between editions.</p>`,
    '<table>',
    head,
    row(
      'summary',
      contracts.map((c) => inlineMarkup(c.facts.summary)),
    ),
    row(
      'reference',
      contracts.map(
        (c) =>
          `<a href="${PAGES.reference(c.edition, c.editions.default)}">${PAGES.reference(c.edition, c.editions.default)}</a>`,
      ),
    ),
    '</table>',
    '<h2 id="operation-ids">Operation ids</h2>',
    '<table>',
    head,
    ...[...first.operations.values()].map((operation) =>
      row(
        `${escapeHtml(operation.method.toUpperCase())} ${escapeHtml(operation.path)}`,
        contracts.map((c) => `<code>${escapeHtml(c.operation(operation.name).operationId)}</code>`),
      ),
    ),
    '</table>',
    '<h2 id="spellings">Enum spellings</h2>',
  ];
  for (const field of SPELLED_FIELDS) {
    out.push(`<h3><code>${field}</code></h3>`, '<table>', head);
    for (const written of Object.keys(first.facts.spellings[field])) {
      out.push(
        row(
          `<code>${escapeHtml(written)}</code>`,
          contracts.map((c) => `<code>${escapeHtml(c.facts.spellings[field][written] ?? '')}</code>`),
        ),
      );
    }
    out.push('</table>');
  }
  out.push('<h2 id="statuses">Declared statuses</h2>', '<table>', head);
  for (const operation of first.operations.values()) {
    out.push(
      row(
        `${escapeHtml(operation.method.toUpperCase())} ${escapeHtml(operation.path)}`,
        contracts.map((c) => c.operation(operation.name).declaredStatuses.join(' ')),
      ),
    );
  }
  out.push('</table>');
  const respelled = first.rules.filter((rule) =>
    contracts.some((c) => !jsonEqual(c.rule(rule.id).params, rule.params)),
  );
  if (respelled.length > 0) {
    out.push('<h2 id="rule-parameters">Rule parameters spelled per edition</h2>', '<table>', head);
    for (const rule of respelled) {
      out.push(
        row(
          `<a href="${PAGES.rules(first.edition, first.editions.default)}#${ruleAnchor(rule)}"><code>${escapeHtml(rule.id)}</code></a>`,
          contracts.map((c) => `<code>${escapeHtml(JSON.stringify(c.rule(rule.id).params))}</code>`),
        ),
      );
    }
    out.push('</table>');
  }
  return plainPage('The editions compared', context, out.join('\n'));
}
