// After tsc: copies the spec into dist/ and saves there, per edition, its validated, dereferenced
// snapshot and its validators as standalone code, so that the mock's start-up skips the YAML parser,
// swagger-parser and Ajv's compiler (see spec/preparedContract.ts, spec/standaloneValidators.ts);
// then bundles the msw entry, which embeds those snapshots (see bundleMswEntry).
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

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
await bundleTryItForDocs();

/**
 * `ai-integrations-contract/msw` runs in browsers, so its entry is one ESM file with no node:
 * module in it: dist/mock/msw/index.js (tsc's declarations stay beside it). Packages stay
 * imports (msw, ajv), resolved by the consumer's bundler or by Node. It embeds the contract
 * snapshots just prepared (mock/msw/embeddedContracts.js); it reaches spec/ only through
 * spec/portable.ts, and the mock's core uses web APIs only (no global Buffer).
 */
async function bundleMswEntry() {
  const outdir = 'dist/mock/msw';
  await build({
    entryPoints: ['mock/msw/index.ts'],
    outfile: join(outdir, 'index.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // tsc's JavaScript of mock/msw is replaced by the bundle; its declarations are the entry's types.
  for (const file of readdirSync(outdir)) if (/\.js(\.map)?$/.test(file) && file !== 'index.js') rmSync(join(outdir, file));
}

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
