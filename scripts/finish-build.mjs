// After tsc: copies the spec into dist/ and saves there, per edition, its validated, dereferenced
// snapshot and its validators as standalone code, so that the mock's start-up skips the YAML parser,
// swagger-parser and Ajv's compiler (see spec/preparedContract.ts, spec/standaloneValidators.ts);
// then bundles the msw entry, which embeds those snapshots (see scripts/mswEntry.mjs).
import { cpSync, mkdirSync } from 'node:fs';
import { bundleMswEntry } from './mswEntry.mjs';

mkdirSync('dist/spec', { recursive: true });
cpSync('spec/openapi.yaml', 'dist/spec/openapi.yaml');
const { prepareContract } = await import('../dist/spec/loadContract.js');
try {
  await prepareContract('dist/spec/openapi.yaml');
} catch (error) {
  console.error(error instanceof Error && error.name === 'ContractLoadError' ? error.message : error);
  process.exit(1);
}
await bundleMswEntry();
