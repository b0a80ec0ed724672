import type { ContractRule } from '../../spec/portable.js';

/** The anchor of a rule, in the reference and in the rule table alike: `#rule-name-unique`. */
export function ruleAnchor(rule: Pick<ContractRule, 'id'>): string {
  return `rule-${rule.id}`;
}

/** "409 resource-conflict (status: decision)". */
export function statusText(rule: ContractRule): string {
  return `${rule.problem ? `${rule.status} ${rule.problem}` : String(rule.status)}${rule.statusOrigin !== rule.origin ? ` (status: ${rule.statusOrigin})` : ''}`;
}

/** "fact" or "decision, strict". */
export function originText(rule: ContractRule): string {
  return `${rule.origin}${rule.strict ? ', strict' : ''}`;
}

export function ruleText(rule: ContractRule): string {
  return [rule.summary, rule.details].filter(Boolean).join(' ').replace(/\s+/g, ' ');
}

/** What the conformance kit asserts of a target without --strict. */
export function kitText(rule: ContractRule): string {
  if (rule.strict) return `Checked only with --strict${rule.kit ? `; without it: ${rule.kit}` : '.'}`;
  return rule.kit ?? 'As stated.';
}
