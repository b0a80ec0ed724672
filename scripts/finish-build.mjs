// After tsc: copies the spec into dist/ and saves its validated, dereferenced snapshot there, so
// that the mock's start-up skips the YAML parser and swagger-parser (see spec/preparedContract.ts).
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/spec', { recursive: true });
cpSync('spec/openapi.yaml', 'dist/spec/openapi.yaml');
const { prepareContract } = await import('../dist/spec/loadContract.js');
try {
  await prepareContract('dist/spec/openapi.yaml');
} catch (error) {
  console.error(error instanceof Error && error.name === 'ContractLoadError' ? error.message : error);
  process.exit(1);
}
