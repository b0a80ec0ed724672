import type { Contract, ContractRule } from '../spec/portable.js';
import { wrapText } from './wrapText.js';

/**
 * The contract rules for a terminal: grouped by operation, each rule's id, origin and status on one
 * line, then its text, its fields and what the kit asserts without --strict, wrapped to `width`.
 */
export function renderRulesText(contract: Contract, width: number): string {
  const out: string[] = [
    ...wrapText(`Contract rules of the ${contract.edition} edition (${contract.facts.summary})`, width),
    ...wrapText(
      "fact: from Arize's published docs and clients; decision: this project's choice where they are silent. Strict rules are checked by the conformance kit only with --strict.",
      width,
    ),
  ];
  for (const operation of contract.operations.values()) {
    if (operation.rules.length === 0) continue;
    out.push('', `${operation.method.toUpperCase()} ${operation.path}  (${operation.operationId})`);
    for (const rule of operation.rules) out.push('', ...ruleLines(rule, width));
  }
  out.push('');
  return out.join('\n');
}

function ruleLines(rule: ContractRule, width: number): string[] {
  const status = rule.problem ? `${rule.status} ${rule.problem}` : String(rule.status);
  const heading = [
    rule.id,
    `${rule.origin}${rule.strict ? ', strict' : ''}`,
    `${status}${rule.statusOrigin !== rule.origin ? ` (status: ${rule.statusOrigin})` : ''}`,
    rule.contract,
  ].join(' · ');
  return [
    ...wrapText(heading, width, '  '),
    ...wrapText([rule.summary, rule.details].filter(Boolean).join(' '), width, '    '),
    ...wrapText(`Fields: ${rule.fields.length > 0 ? rule.fields.join(', ') : 'any'}.`, width, '    '),
    ...wrapText(`The kit, without --strict: ${rule.kit ?? 'as stated.'}`, width, '    '),
  ];
}
