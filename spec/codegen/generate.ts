/** `npm run generate`: rewrites the files derived from spec/openapi.yaml, for every edition. */
import { writeFile } from 'node:fs/promises';
import { EDITIONS } from '../editions/editions.js';
import { loadContract } from '../document/loadContract.js';
import { renderRulesTable, rulesTablePath } from '../document/rulesTable.js';
import { generatedTypes, typesPath } from './generateTypes.js';

for (const edition of EDITIONS) {
  await writeFile(typesPath(edition), await generatedTypes(edition));
  console.log(`wrote ${typesPath(edition)}`);
  await writeFile(rulesTablePath(edition), renderRulesTable(await loadContract(undefined, { edition })));
  console.log(`wrote ${rulesTablePath(edition)}`);
}
