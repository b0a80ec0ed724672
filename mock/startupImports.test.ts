/**
 * What serving loads. The mock is started as `aic mock` starts it (dist/cli/aic.js, a child process
 * on 127.0.0.1), answers one request, and stops; a small `--import` file records every module the
 * process loaded: each URL the ESM loader loads (a module.register hook) and, at exit, every file
 * CommonJS required. None may belong to a package or a folder that serving does not need.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const AIC = join(ROOT, 'dist/cli/aic.js');

/** Packages the mock must not load to serve: the spec's parser and validator, Prism, test and generator tools, the SDK. */
const FORBIDDEN_PACKAGES = [
  '@stoplight/prism-http',
  '@apidevtools/swagger-parser',
  'yaml',
  'fast-check',
  'vitest',
  'msw',
  'playwright-core',
  '@arizeai/ax-client',
];
/** The project's folders serving does not need. */
const FORBIDDEN_FOLDERS = ['dist/generators/', 'dist/conformance/'];
/**
 * Ajv's compiler and its standalone code generator: the build writes the contract's validators as
 * standalone code, and serving the project's spec only loads them (and Ajv's small runtime helpers).
 */
const FORBIDDEN_FILES = [
  '/node_modules/ajv/dist/core.js',
  '/node_modules/ajv/dist/2020.js',
  '/node_modules/ajv/dist/compile/index.js',
  '/node_modules/ajv/dist/standalone/index.js',
];

const dir = mkdtempSync(join(tmpdir(), 'aic-startup-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The --import file: records to $AIC_LOADED_MODULES, one URL a line. */
const RECORDER = join(dir, 'record-loaded-modules.mjs');
writeFileSync(
  RECORDER,
  `import { appendFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
const out = process.env.AIC_LOADED_MODULES;
writeFileSync(out, '');
const hooks = \`import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  appendFileSync(\${JSON.stringify(out)}, url + '\\\\n');
  return nextLoad(url, context);
}\`;
register('data:text/javascript,' + encodeURIComponent(hooks));
process.once('exit', () => {
  const required = Object.keys(createRequire(import.meta.url).cache).map((file) => pathToFileURL(file).href);
  appendFileSync(out, required.map((url) => url + '\\n').join(''));
});
`,
);

/** Starts `aic mock` with the recorder (and `extraImports` before the CLI), asks it one request, stops it: the URLs it loaded. */
async function modulesLoadedToServe(name: string, extraImports: string[] = []): Promise<string[]> {
  const record = join(dir, `${name}.txt`);
  const child = spawn(
    process.execPath,
    [
      '--import',
      RECORDER,
      ...extraImports.flatMap((file) => ['--import', file]),
      AIC,
      'mock',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--quiet',
    ],
    {
      env: { ...process.env, AIC_LOADED_MODULES: record },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const served = /served on (http:\/\/\S+)/.exec(output);
        if (served) resolve(served[1]!);
      });
      child.once('exit', (code) => reject(new Error(`aic mock exited with ${code} before serving:\n${output}`)));
    });
    const response = await fetch(`${url}/v2/ai-integrations`, { headers: { authorization: 'Bearer startup-imports' } });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  return [...new Set(readFileSync(record, 'utf8').split('\n').filter(Boolean))];
}

/** The loaded URLs that belong to a forbidden package, folder or file. */
function forbidden(urls: readonly string[]): string[] {
  const root = pathToFileURL(ROOT).href;
  return urls.filter(
    (url) =>
      FORBIDDEN_PACKAGES.some((name) => url.includes(`/node_modules/${name}/`)) ||
      FORBIDDEN_FOLDERS.some((folder) => url.startsWith(`${root}${folder}`)) ||
      FORBIDDEN_FILES.some((file) => url.endsWith(file)),
  );
}

describe.concurrent('modules loaded to serve', () => {
  it('are only those serving needs: no spec parser, Ajv compiler, Prism, test tool, generator, kit or SDK', async () => {
    const loaded = await modulesLoadedToServe('aic-mock');
    // The recorder sees both module systems: the mock's own ESM files and Express's CommonJS ones.
    expect(loaded.some((url) => url.startsWith(pathToFileURL(join(ROOT, 'dist/mock/')).href))).toBe(true);
    expect(loaded.some((url) => url.includes('/node_modules/express/'))).toBe(true);
    // The contract's validators come from the build's standalone code, not from Ajv compiling them.
    expect(loaded.some((url) => /\/dist\/spec\/openapi\.validators\.js$/.test(url))).toBe(true);
    expect(forbidden(loaded)).toEqual([]);
  });

  it('would name a forbidden package the process loaded (here Prism, imported before the CLI)', async () => {
    const prism = join(dir, 'import-prism.mjs');
    writeFileSync(
      prism,
      `import ${JSON.stringify(pathToFileURL(createRequire(AIC).resolve('@stoplight/prism-http')).href)};\n`,
    );
    const offending = forbidden(await modulesLoadedToServe('with-prism', [prism]));
    expect(offending.some((url) => url.includes('/node_modules/@stoplight/prism-http/'))).toBe(true);
  });
});
