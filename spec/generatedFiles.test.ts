import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedTypes, typesPath } from './codegen/generateTypes.js';
import { EDITIONS } from './editions/editions.js';
import { loadContract } from './document/loadContract.js';
import { renderRulesTable, rulesTablePath } from './document/rulesTable.js';

describe('files generated from the spec', () => {
  for (const edition of EDITIONS) {
    it(`the ${edition} edition's rule table is up to date (run \`npm run generate\` when this fails)`, async () => {
      expect(await readFile(rulesTablePath(edition), 'utf8')).toBe(
        renderRulesTable(await loadContract(undefined, { edition })),
      );
    });

    it(`the ${edition} edition's types are up to date (run \`npm run generate\` when this fails)`, async () => {
      expect(await readFile(typesPath(edition), 'utf8')).toBe(await generatedTypes(edition));
    });
  }

  it('the rule table lists every rule of the spec once', async () => {
    const contract = await loadContract();
    const table = renderRulesTable(contract);
    for (const rule of contract.rules) expect(table.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1);
  });
});
