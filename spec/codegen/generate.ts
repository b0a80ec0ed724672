/** `npm run generate`: rewrites the files derived from spec/openapi.yaml. */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadContract } from '../loadContract.js';
import { renderRulesTable } from '../rulesTable.js';
import { generatedTypes, TYPES_PATH } from './generateTypes.js';

export const RULES_PATH = fileURLToPath(new URL('../RULES.md', import.meta.url));

await writeFile(TYPES_PATH, await generatedTypes());
console.log(`wrote ${TYPES_PATH}`);
await writeFile(RULES_PATH, renderRulesTable(await loadContract()));
console.log(`wrote ${RULES_PATH}`);
