import { fileURLToPath } from 'node:url';
import type { Edition } from '../editions/editions.js';
import type { Contract } from './loadContract.js';

/** spec/RULES.md for the default edition, spec/RULES.<edition>.md for another. */
export function rulesTablePath(edition: Edition): string {
  return fileURLToPath(new URL(edition === 'camel' ? '../RULES.md' : `../RULES.${edition}.md`, import.meta.url));
}

/** The human-readable rule table (spec/RULES.md), rendered from the contract's rules. */
export function renderRulesTable(contract: Contract): string {
  const out: string[] = [
    '# Contract rules',
    '',
    'Generated from `spec/openapi.yaml` (`x-contract-rules`) by `npm run generate`. Do not edit: a test fails when it is stale.',
    '',
    `Edition: **${contract.edition}**. ${contract.facts.summary} ${otherEditions(contract)}`,
    '',
    "**Fact**: from Arize's published docs and clients. **Decision**: this project's choice where they are silent.",
    'Rules marked *strict* are asserted by the conformance kit only with `--strict`. The last column says what the kit',
    'asserts of a server without `--strict`: where the public facts are silent, it accepts every outcome that keeps them.',
    '',
  ];
  for (const operation of contract.operations.values()) {
    if (operation.rules.length === 0) continue;
    out.push(`## ${operation.method.toUpperCase()} ${operation.path} (\`${operation.operationId}\`)`, '');
    out.push(
      '| rule | contract | origin | status | fields | rule text | the kit, without --strict |',
      '|---|---|---|---|---|---|---|',
    );
    for (const rule of operation.rules) {
      const status = `${rule.problem ? `${rule.status} ${rule.problem}` : String(rule.status)}${rule.statusOrigin !== rule.origin ? ` (status: ${rule.statusOrigin})` : ''}`;
      const fields = rule.fields.length > 0 ? rule.fields.map((f) => `\`${f}\``).join(', ') : 'any';
      const origin = `${rule.origin}${rule.strict ? ', strict' : ''}`;
      const text = [rule.summary, rule.details].filter(Boolean).join(' ').replace(/\s+/g, ' ').replace(/\|/g, '\\|');
      const kit = (rule.kit ?? 'As stated.').replace(/\|/g, '\\|');
      out.push(`| \`${rule.id}\` | ${rule.contract} | ${origin} | ${status} | ${fields} | ${text} | ${kit} |`);
    }
    out.push('');
  }
  out.push('## Problem types', '', '| status | type | title |', '|---|---|---|');
  for (const problem of contract.problemTypes.values())
    out.push(`| ${problem.status} | \`${problem.type}\` | ${problem.title} |`);
  out.push('');
  return out.join('\n');
}

function otherEditions(contract: Contract): string {
  const others = (Object.keys(contract.editions.editions) as Edition[]).filter((e) => e !== contract.edition);
  return others
    .map((e) => `The ${e} edition's table: \`${e === contract.editions.default ? 'RULES.md' : `RULES.${e}.md`}\`.`)
    .join(' ');
}
