import { jsonEqual, type ContractRule } from '../../spec/portable.js';
import type { SpecChange } from './SpecChange.js';

/**
 * Every change of `x-contract-rules` between two contracts: a rule added or removed, its status,
 * problem type, fields or parameters changed, a fact turned decision or back, strict turned on or
 * off, and its text. A rule's id names it across versions.
 */
export function ruleChanges(oldRules: readonly ContractRule[], newRules: readonly ContractRule[]): SpecChange[] {
  const changes: SpecChange[] = [];
  const before = new Map(oldRules.map((rule) => [rule.id, rule]));
  const after = new Map(newRules.map((rule) => [rule.id, rule]));
  for (const [id, rule] of after) {
    if (before.has(id)) continue;
    const refuses = rule.status >= 400;
    changes.push({
      kind: 'rule',
      where: whereOf(rule),
      change: `added (${describe(rule)}): ${rule.summary}`,
      clients: refuses ? 'breaking' : 'compatible',
      servers: rule.strict ? 'compatible' : 'breaking',
      why: `${refuses ? 'requests OLD allowed may now be refused' : 'it promises a behaviour clients may now rely on'}; ${rule.strict ? 'the kit checks it only with --strict' : 'the kit of NEW checks it of every server'}`,
    });
  }
  for (const [id, rule] of before) {
    if (after.has(id)) continue;
    const refused = rule.status >= 400;
    changes.push({
      kind: 'rule',
      where: whereOf(rule),
      change: `removed (${describe(rule)}): ${rule.summary}`,
      clients: refused ? 'compatible' : 'breaking',
      servers: 'compatible',
      why: `${refused ? 'a refusal is no longer promised' : 'a behaviour clients relied on is no longer promised'}; the kit of NEW asks less of a server`,
    });
  }
  for (const [id, next] of after) {
    const previous = before.get(id);
    if (previous) changes.push(...changesOfRule(previous, next));
  }
  return changes;
}

function changesOfRule(before: ContractRule, after: ContractRule): SpecChange[] {
  const where = whereOf(after);
  const changes: SpecChange[] = [];
  const both = (change: string, why: string): void =>
    void changes.push({ kind: 'rule', where, change, clients: 'breaking', servers: 'breaking', why });
  if (before.status !== after.status)
    both(
      `status ${before.status} → ${after.status}`,
      'clients see another status, and a server of OLD answers the old one',
    );
  if (before.problem !== after.problem)
    both(
      `problem type ${before.problem ?? 'none'} → ${after.problem ?? 'none'}`,
      'clients see another problem type, and a server of OLD sends the old one',
    );
  if (!jsonEqual(before.params, after.params))
    both(
      `parameters ${JSON.stringify(before.params)} → ${JSON.stringify(after.params)}`,
      'the rule now draws its line elsewhere, for clients and for the kit',
    );
  if (!jsonEqual([...before.fields].sort(), [...after.fields].sort()))
    both(`fields ${list(before.fields)} → ${list(after.fields)}`, 'the rule now concerns other fields');
  if (before.origin !== after.origin || before.statusOrigin !== after.statusOrigin) {
    const nowFact =
      (after.origin === 'fact' && before.origin === 'decision') ||
      (after.statusOrigin === 'fact' && before.statusOrigin === 'decision');
    changes.push({
      kind: 'rule',
      where,
      change: `origin ${before.origin} (status: ${before.statusOrigin}) → ${after.origin} (status: ${after.statusOrigin})`,
      clients: 'compatible',
      servers: nowFact ? 'breaking' : 'compatible',
      why: nowFact
        ? 'a fact is checked of every server, where a decision was checked only with --strict'
        : 'a decision is checked only with --strict, where a fact was checked of every server',
    });
  }
  if (before.strict !== after.strict) {
    changes.push({
      kind: 'rule',
      where,
      change: after.strict ? 'now strict' : 'no longer strict',
      clients: 'compatible',
      servers: after.strict ? 'compatible' : 'breaking',
      why: after.strict
        ? 'the kit checks it only with --strict now'
        : 'the kit checks it of every server now, not only with --strict',
    });
  }
  for (const key of ['summary', 'details', 'kit', 'contract'] as const) {
    if ((before[key] ?? '') !== (after[key] ?? '')) {
      changes.push({
        kind: 'rule',
        where,
        change: `${key} text changed: ${JSON.stringify(after[key] ?? '')}`,
        clients: 'compatible',
        servers: 'compatible',
        why: 'wording only',
      });
    }
  }
  return changes;
}

function whereOf(rule: ContractRule): string {
  return `rule ${rule.id} (${rule.operation})`;
}

function describe(rule: ContractRule): string {
  return `${rule.origin}, ${rule.problem ? `${rule.status} ${rule.problem}` : rule.status}${rule.strict ? ', strict' : ''}`;
}

function list(fields: readonly string[]): string {
  return fields.length > 0 ? fields.join(', ') : 'any';
}
