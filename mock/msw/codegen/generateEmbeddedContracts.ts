/** Part of `npm run generate`: rewrites mock/msw/embeddedContracts.generated.js and its declaration from spec/openapi.yaml. */
import { writeFile } from 'node:fs/promises';
import { EMBEDDED_CONTRACTS_PATHS, embeddedContractsSource } from './embeddedContractsSource.js';

const texts = await embeddedContractsSource();
for (const kind of ['module', 'declaration'] as const) {
  await writeFile(EMBEDDED_CONTRACTS_PATHS[kind], texts[kind]);
  console.log(`wrote ${EMBEDDED_CONTRACTS_PATHS[kind]}`);
}
