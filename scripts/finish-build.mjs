// After tsc: copies the spec into dist/ and saves there, per edition, its validated, dereferenced
// snapshot and its validators as standalone code, so that the mock's start-up skips the YAML parser,
// swagger-parser and Ajv's compiler (see spec/document/preparedContract.ts,
// spec/document/standaloneValidators.ts); then bundles the msw entry, which embeds the same snapshots
// from a generated source file (see scripts/mswEntry.mjs).
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleMswEntry } from './mswEntry.mjs';

mkdirSync('dist/spec', { recursive: true });
cpSync('spec/openapi.yaml', 'dist/spec/openapi.yaml');
const { prepareContract } = await import('../dist/spec/document/loadContract.js');
try {
  await prepareContract('dist/spec/openapi.yaml');
} catch (error) {
  console.error(error instanceof Error && error.name === 'ContractLoadError' ? error.message : error);
  process.exit(1);
}
await bundleMswEntry();
await bundleTryItForDocs();

/**
 * `aic docs` ships a try-it panel whose mock runs in the page's service worker: the panel and the
 * msw entry bundled for browsers, and msw's worker script. Both are made here, at build time, so that
 * `aic docs` needs no bundler and no msw at run time (both are devDependencies).
 */
async function bundleTryItForDocs() {
  const outdir = 'dist/reviewer/site/assets';
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: ['reviewer/site/tryIt.browser.js'],
    outfile: join(outdir, 'tryIt.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    alias: { 'ai-integrations-contract/msw': resolve('dist/mock/msw/index.js') },
    logLevel: 'warning',
  });
  cpSync('node_modules/msw/lib/mockServiceWorker.js', join(outdir, 'mockServiceWorker.js'));
}
