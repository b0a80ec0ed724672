import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedTypes, TYPES_PATH } from './codegen/generateTypes.js';
import { loadContract } from './loadContract.js';
import { renderRulesTable } from './rulesTable.js';

const RULES_PATH = new URL('./RULES.md', import.meta.url);

describe('files generated from the spec', () => {
  it('spec/RULES.md is up to date (run `npm run generate` when this fails)', async () => {
    expect(await readFile(RULES_PATH, 'utf8')).toBe(renderRulesTable(await loadContract()));
  });

  it('spec/types.generated.ts is up to date (run `npm run generate` when this fails)', async () => {
    expect(await readFile(TYPES_PATH, 'utf8')).toBe(await generatedTypes());
  });

  it('the rule table lists every rule of the spec once', async () => {
    const contract = await loadContract();
    const table = renderRulesTable(contract);
    for (const rule of contract.rules) expect(table.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1);
  });
});
