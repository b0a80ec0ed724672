import type { Contract } from '../../spec/portable.js';
import { escapeHtml, inlineMarkup } from './html.js';
import { kitText, originText, ruleAnchor, ruleText, statusText } from './rulePresentation.js';
import { PAGES, plainPage, type NavigationContext } from './siteLayout.js';

/** The rule table of one edition (what spec/RULES.md holds), every rule a row with its own anchor. */
export function rulesPage(contract: Contract, context: NavigationContext): string {
  const reference = PAGES.reference(contract.edition, contract.editions.default);
  const sections: string[] = [
    `<h1>Contract rules, ${escapeHtml(contract.edition)} edition</h1>`,
    `<p>${inlineMarkup(contract.facts.summary)} Read from <code>x-contract-rules</code> in the spec. <strong>Fact</strong>: from Arize's published docs and clients. <strong>Decision</strong>: this project's choice where they are silent. Rules marked <em>strict</em> are asserted by the conformance kit only with <code>--strict</code>; the last column says what the kit asserts of a server without it. Each rule's row is an anchor (<code>${escapeHtml(context.current)}#rule-…</code>) to link from a review.</p>`,
  ];
  for (const operation of contract.operations.values()) {
    const [firstRule] = operation.rules;
    if (!firstRule) continue;
    sections.push(
      `<h2 id="operation-${escapeHtml(operation.name)}">${escapeHtml(operation.method.toUpperCase())} ${escapeHtml(operation.path)} (<code>${escapeHtml(operation.operationId)}</code>) <a href="${reference}#${ruleAnchor(firstRule)}">in the reference</a></h2>`,
      '<table><thead><tr><th>rule</th><th>contract</th><th>origin</th><th>status</th><th>fields</th><th>rule text</th><th>the kit, without --strict</th></tr></thead><tbody>',
      ...operation.rules.map(
        (rule) =>
          `<tr id="${ruleAnchor(rule)}" class="aic-rule-row"><td><a href="#${ruleAnchor(rule)}"><code>${escapeHtml(rule.id)}</code></a></td><td>${escapeHtml(rule.contract)}</td><td>${originText(rule)}</td><td>${escapeHtml(statusText(rule))}</td><td>${rule.fields.length > 0 ? rule.fields.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ') : 'any'}</td><td>${inlineMarkup(ruleText(rule))}</td><td>${inlineMarkup(kitText(rule))}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  sections.push(
    '<h2 id="problem-types">Problem types</h2>',
    '<table><thead><tr><th>status</th><th>type</th><th>title</th></tr></thead><tbody>',
  );
  for (const problem of contract.problemTypes.values())
    sections.push(
      `<tr><td>${problem.status}</td><td><code>${escapeHtml(problem.type)}</code></td><td>${escapeHtml(problem.title)}</td></tr>`,
    );
  sections.push('</tbody></table>');
  return plainPage(`Contract rules (${contract.edition})`, context, sections.join('\n'));
}
