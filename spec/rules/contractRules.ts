import { ContractLoadError } from '../ContractLoadError.js';
import type { OperationName } from '../editions/editions.js';
import type { ContractRule, RuleOrigin } from './ContractRule.js';
import { isJsonObject, isStringList } from '../json.js';
import { paramProblems, type RuleParams } from './ruleParams.js';

export type { ContractRule, RuleOrigin } from './ContractRule.js';
import type { RuleId } from '../types.generated.js';

/** Reads the `x-contract-rules` of one operation, reporting every malformed entry at once. */
export function readContractRules(
  operation: OperationName,
  operationId: string,
  raw: unknown,
  problems: string[],
): ContractRule[] {
  if (raw === undefined) return [];
  const where = `operation ${operationId}: x-contract-rules`;
  if (!Array.isArray(raw)) {
    problems.push(`${where} must be a list`);
    return [];
  }
  const rules: ContractRule[] = [];
  raw.forEach((entry: unknown, index) => {
    const at = `${where}[${index}]`;
    if (!isJsonObject(entry)) {
      problems.push(`${at} must be an object`);
      return;
    }
    const e = entry;
    const before = problems.length;
    const text = (key: string, optional = false): string | undefined => {
      const value = e[key];
      if (value === undefined && optional) return undefined;
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${at}.${key} must be a non-empty string`);
      return typeof value === 'string' ? value.trim() : undefined;
    };
    const id = text('id');
    const contract = text('contract');
    const summary = text('summary');
    const details = text('details', true);
    const kit = text('kit', true);
    const problem = text('problem', true);
    const origin = ruleOrigin(e.origin);
    if (!origin) problems.push(`${at}.origin must be "fact" or "decision"`);
    const statusOrigin = e.statusOrigin === undefined ? origin : ruleOrigin(e.statusOrigin);
    if (e.statusOrigin !== undefined && !statusOrigin) problems.push(`${at}.statusOrigin must be "fact" or "decision"`);
    const status = typeof e.status === 'number' && Number.isInteger(e.status) ? e.status : undefined;
    if (status === undefined || status < 200 || status > 599) problems.push(`${at}.status must be an HTTP status code`);
    const fields = e.fields ?? [];
    if (!isStringList(fields)) problems.push(`${at}.fields must be a list of field names`);
    const params = e.params ?? {};
    if (!isJsonObject(params)) problems.push(`${at}.params must be an object`);
    else if (id !== undefined) problems.push(...paramProblems(id, params, at));
    if (e.strict !== undefined && typeof e.strict !== 'boolean') problems.push(`${at}.strict must be true or false`);
    if (problems.length > before) return;
    if (id === undefined || contract === undefined || summary === undefined || !origin || !statusOrigin) return;
    if (status === undefined || !isStringList(fields) || !isJsonObject(params)) return;
    rules.push({
      // The generated RuleId union lists the spec's ids; a test fails when it is stale.
      id: id as RuleId,
      operation,
      contract,
      origin,
      status,
      statusOrigin,
      ...(problem === undefined ? {} : { problem }),
      strict: e.strict === true,
      fields,
      summary,
      ...(details === undefined ? {} : { details }),
      ...(kit === undefined ? {} : { kit }),
      // paramProblems checked them against the params each rule carries (spec/rules/ruleParams.ts).
      params: params as RuleParams,
    });
  });
  return rules;
}

function ruleOrigin(value: unknown): RuleOrigin | undefined {
  return value === 'fact' || value === 'decision' ? value : undefined;
}

/** Cross-checks rules against the schemas they name; throws when anything is off. */
export function assertRulesConsistent(
  source: string,
  rules: readonly ContractRule[],
  fieldsOf: (operation: OperationName) => ReadonlySet<string>,
  problemSlugs: ReadonlySet<string>,
): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) problems.push(`rule id "${rule.id}" is declared twice`);
    seen.add(rule.id);
    const known = fieldsOf(rule.operation);
    for (const field of rule.fields) {
      if (!known.has(field))
        problems.push(
          `rule "${rule.id}" names field "${field}", which neither the request body nor the resource of the ${rule.operation} operation has`,
        );
    }
    if (rule.problem !== undefined && !problemSlugs.has(rule.problem)) {
      problems.push(`rule "${rule.id}" names problem type "${rule.problem}", which x-problem-types does not declare`);
    }
  }
  if (problems.length > 0) throw new ContractLoadError(source, problems);
}
