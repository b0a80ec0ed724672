/**
 * The packed package as other projects use it: `npm run pack`'s tarball is installed, with msw,
 * Arize's SDK, jest and vitest, from npm's cache into one fresh project in the temp folder (removed
 * after), whose sub-projects are the cells: each type-checks with tsc and runs Arize's SDK through
 * the handlers.
 *   - ESM, `moduleResolution: nodenext`: tsc's output run by Node (and a recorder of every module
 *     loaded shows that nothing of the package's dev tooling or server is imported);
 *   - CommonJS, `nodenext`: the same source compiled to `require`s (and `node10` type-checks a use);
 *   - a bundler: `moduleResolution: bundler`, bundled by esbuild and run;
 *   - jest (in its ESM mode: msw/node's own dependencies are ESM only) and vitest: each runs the
 *     README's MSW example as written.
 * Last, msw is taken away: importing or requiring the entry says in one line to install it.
 * dist/ must be built (`npm test` builds first).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './test-support/bundleForBrowser.js';

const run = promisify(execFile);
const ownPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const dev = ownPackage.devDependencies;
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** The consumer project's folder: made when the file's tests start, removed when they end. */
let consumer = '';
beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'aic-consumer-'));
});
afterAll(async () => {
  if (consumer) await rm(consumer, { recursive: true, force: true });
}, 60_000);

/** The children's environment: no ARIZE_* of this machine leaks into the SDK; no prerelease warning on every call. */
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ARIZE_'))),
  DISABLE_PRERELEASE_WARNING: 'true',
};
const timings: Record<string, number> = {};
async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[step] = Math.round(performance.now() - started);
  }
}

/** Runs a command in the consumer; on failure, the error carries its output. */
async function inConsumer(cell: string, command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd: join(consumer, cell), env, maxBuffer: 1 << 24 });
    return stdout;
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${cell}: ${[command, ...args].join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

function write(file: string, text: string | object): void {
  mkdirSync(dirname(join(consumer, file)), { recursive: true });
  writeFileSync(join(consumer, file), typeof text === 'string' ? text : JSON.stringify(text, null, 2));
}

/** What a frontend's code does with the SDK, typed: list, create in the SDK's spelling, rename; the mock's state after. */
const SCENARIO = `import { createAiIntegration, createClient, listAiIntegrations, updateAiIntegration } from '@arizeai/ax-client';
import { setupServer } from 'msw/node';
import { createHandlers, DEMO_TOKEN, type MswMock, type MswMockOptions } from 'ai-integrations-contract/msw';

export interface Outcome { listed: number; provider: string; renamed: string; stateNames: string[] }

export async function exercise(): Promise<Outcome> {
  const options: MswMockOptions = { edition: 'upper' };
  const mock: MswMock = createHandlers(options);
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = createClient({ apiKey: DEMO_TOKEN });
    const listed = await listAiIntegrations({ client });
    const created = await createAiIntegration({ client, name: 'Matrix', provider: 'OPEN_AI', apiKey: 'sk-matrix' });
    const renamed = await updateAiIntegration({ client, integration: created.id, name: 'Matrix renamed' });
    return { listed: listed.data.length, provider: created.provider, renamed: renamed.name, stateNames: mock.state(DEMO_TOKEN).ai_integrations.map((i) => i.name) };
  } finally {
    server.close();
  }
}
// @ts-expect-error: the editions are 'camel' and 'upper'
export const wrong: MswMockOptions = { edition: 'lower' };
`;
const MAIN = `import { exercise } from './scenario.js';
exercise().then((outcome) => console.log(JSON.stringify(outcome)));
`;
const compilerOptions = { target: 'ES2022', lib: ['ES2023', 'DOM'], types: ['node'], strict: true, skipLibCheck: true };

/** The README's MSW example, as written (the first ts block of "MSW in Node tests"). */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**2. MSW in Node tests**'));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code) throw new Error('README.md has no ts example under "MSW in Node tests"');
  return code;
}

beforeAll(async () => {
  const { stdout: packed } = await timed('pack', () =>
    run(process.execPath, [join(ROOT, 'scripts/pack.mjs'), '--pack-destination', consumer], { cwd: ROOT }),
  );
  const tarball = packed.trim();
  write('package.json', { name: 'aic-consumer', private: true });
  const wanted = ['msw', '@arizeai/ax-client', '@types/node', 'jest', 'vitest'].map((name) => `${name}@${dev[name]}`);
  await timed('install', () =>
    run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
        tarball,
        ...wanted,
      ],
      { cwd: consumer, env, maxBuffer: 1 << 24 },
    ),
  );

  write('esm/package.json', { type: 'module', jest: { transform: {}, testMatch: ['**/readme.test.js'] } });
  write('esm/tsconfig.json', {
    compilerOptions: { ...compilerOptions, module: 'NodeNext', moduleResolution: 'NodeNext' },
  });
  write('esm/scenario.ts', SCENARIO);
  write('esm/main.ts', MAIN);
  write('esm/record-loaded-modules.mjs', RECORDER);
  write('esm/readme.test.ts', readmeExample().replace(`from 'vitest'`, `from '@jest/globals'`));

  write('cjs/package.json', { type: 'commonjs' });
  write('cjs/tsconfig.json', {
    compilerOptions: { ...compilerOptions, module: 'NodeNext', moduleResolution: 'NodeNext' },
  });
  write('cjs/scenario.ts', SCENARIO);
  write('cjs/main.ts', MAIN);
  // moduleResolution node (node10) reads no exports map: package.json's typesVersions gives it the types.
  write('cjs/node10/tsconfig.json', {
    compilerOptions: {
      ...compilerOptions,
      module: 'CommonJS',
      moduleResolution: 'Node10',
      ignoreDeprecations: '6.0',
      noEmit: true,
    },
    files: ['uses-types.ts'],
  });
  write(
    'cjs/node10/uses-types.ts',
    `import { setupServer } from 'msw/node';\nimport { createHandlers, type MswMock } from 'ai-integrations-contract/msw';\nconst mock: MswMock = createHandlers({ edition: 'upper' });\nsetupServer(...mock.handlers);\n`,
  );

  write('bundler/package.json', { type: 'module' });
  write('bundler/tsconfig.json', {
    compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'Bundler', noEmit: true },
  });
  write('bundler/scenario.ts', SCENARIO);
  write('bundler/main.ts', MAIN);
  write('bundler/readme.test.ts', readmeExample());

  // The cells' type-checks at once (tsc is mostly waiting on the disk here); each cell asserts its own.
  const typeCheck = (cell: string) =>
    timed(`${cell} tsc`, () =>
      inConsumer(cell, process.execPath, [TSC, '-p', '.']).then(
        () => '',
        (error: Error) => error.message,
      ),
    );
  [typeChecked.esm, typeChecked.cjs, typeChecked.bundler, typeChecked.node10] = await Promise.all([
    typeCheck('esm'),
    typeCheck('cjs'),
    typeCheck('bundler'),
    typeCheck('cjs/node10'),
  ]);
}, 180_000);

/** What tsc said in each cell: '' when it type-checks. */
const typeChecked = { esm: 'not run', cjs: 'not run', bundler: 'not run', node10: 'not run' };

afterAll(() => console.info(`consumer matrix, ms: ${JSON.stringify(timings)}`));

describe('a project installs the packed package and uses ai-integrations-contract/msw', () => {
  const expectOutcome = (stdout: string) => {
    const outcome = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      listed: number;
      provider: string;
      renamed: string;
      stateNames: string[];
    };
    expect(outcome.listed).toBeGreaterThan(1);
    expect(outcome.provider).toBe('OPEN_AI');
    expect(outcome.renamed).toBe('Matrix renamed');
    expect(outcome.stateNames).toContain('Matrix renamed');
    expect(outcome.stateNames).toHaveLength(outcome.listed + 1);
  };

  it('ESM, nodenext: type-checks, runs the SDK through the handlers, and loads no dev tool and no server package', async () => {
    expect(typeChecked.esm).toBe('');
    const loadedFile = join(consumer, 'esm/loaded-modules.txt');
    expectOutcome(
      await timed('esm run', () =>
        run(process.execPath, ['--import', './record-loaded-modules.mjs', 'main.js'], {
          cwd: join(consumer, 'esm'),
          env: { ...env, AIC_LOADED_MODULES: loadedFile },
        }),
      ).then((r) => r.stdout),
    );

    const loaded = [...new Set(readFileSync(loadedFile, 'utf8').split('\n').filter(Boolean))];
    const fromPackage = (name: string) => loaded.filter((url) => url.includes(`/node_modules/${name}/`));
    // Of the package itself, only the entry and its bundle; of the packages, only what it declares it needs.
    expect(
      fromPackage('ai-integrations-contract')
        .map((url) => url.slice(url.indexOf('/node_modules/')))
        .sort(),
    ).toEqual([
      '/node_modules/ai-integrations-contract/dist/mock/msw/index.js',
      '/node_modules/ai-integrations-contract/dist/mock/msw/node.js',
    ]);
    for (const name of Object.keys(dev).filter((name) => !['msw', '@types/node', '@arizeai/ax-client'].includes(name)))
      expect(fromPackage(name), name).toEqual([]);
    // Packed built: no install script for npm to list.
    expect(
      (
        JSON.parse(readFileSync(join(consumer, 'node_modules/ai-integrations-contract/package.json'), 'utf8')) as {
          scripts: Record<string, string>;
        }
      ).scripts.prepare,
    ).toBeUndefined();
    for (const serverOnly of ['express', 'yaml', '@apidevtools/swagger-parser', '@stoplight/prism-http', 'fast-check'])
      expect(fromPackage(serverOnly), serverOnly).toEqual([]);
  });

  it('CommonJS, nodenext (and node10 for types): type-checks (HttpHandler is the one its msw/node takes) and runs with require', async () => {
    expect(typeChecked.cjs).toBe('');
    expect(typeChecked.node10).toBe('');
    expect(readFileSync(join(consumer, 'cjs/scenario.js'), 'utf8')).toContain(
      `require("ai-integrations-contract/msw")`,
    );
    expectOutcome(await timed('cjs run', () => inConsumer('cjs', process.execPath, ['main.js'])));
  });

  // msw/node needs import (its dependencies are ESM only): jest runs it in its ESM mode.
  it("jest, ESM mode: runs the README's example as written", async () => {
    expect(typeChecked.esm).toBe('');
    const output = await timed('jest', () =>
      inConsumer('esm', process.execPath, [
        '--experimental-vm-modules',
        '--no-warnings',
        join(consumer, 'node_modules/jest/bin/jest.js'),
        '--ci',
        '--json',
        '--no-cache',
        '--cacheDirectory',
        join(consumer, 'jest-cache'),
      ]),
    );
    const report = JSON.parse(output) as { numPassedTests: number; numFailedTests: number };
    expect([report.numPassedTests, report.numFailedTests]).toEqual([1, 0]);
  });

  it("bundler resolution and vitest: type-check, the bundle runs the SDK, vitest runs the README's example as written", async () => {
    expect(typeChecked.bundler).toBe('');
    await timed('bundle', () =>
      build({
        entryPoints: [join(consumer, 'bundler/main.ts')],
        outfile: join(consumer, 'bundler/out/main.mjs'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        logLevel: 'silent',
        banner: { js: `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);` },
      }),
    );
    expectOutcome(await timed('bundle run', () => inConsumer('bundler', process.execPath, ['out/main.mjs'])));

    const output = await timed('vitest', () =>
      inConsumer('bundler', process.execPath, [
        join(consumer, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--reporter=json',
        'readme.test.ts',
      ]),
    );
    const report = JSON.parse(output) as { numPassedTests: number; numFailedTests: number };
    expect([report.numPassedTests, report.numFailedTests]).toEqual([1, 0]);
  });

  it('the aic command runs from the install: its version, and the rules of the spec it ships', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const aic = join(consumer, 'node_modules/.bin/aic');
    expect((await inConsumer('esm', aic, ['--version'])).trim()).toBe(version);
    const rules = JSON.parse(await inConsumer('esm', aic, ['rules', '--json'])) as Array<{ id: string }>;
    expect(rules.map((rule) => rule.id)).toContain('name-unique');
  });

  it("the installed mock imports only the package's dependencies and peers: no test harness and no dev tool is shipped", () => {
    const installed = join(consumer, 'node_modules/ai-integrations-contract');
    const declared = new Set([...Object.keys(ownPackage.dependencies), ...Object.keys(ownPackage.peerDependencies)]);
    const undeclared: string[] = [];
    for (const file of readdirSync(join(installed, 'dist/mock'), { recursive: true, encoding: 'utf8' })) {
      if (!/\.c?js$/.test(file)) continue;
      const text = readFileSync(join(installed, 'dist/mock', file), 'utf8');
      for (const [, specifier = ''] of text.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'".][^'"]*)['"]/g,
      )) {
        const name = specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/');
        if (!specifier.startsWith('node:') && !declared.has(name)) undeclared.push(`${file}: ${specifier}`);
      }
    }
    expect(undeclared).toEqual([]);
    expect(readdirSync(join(installed, 'dist/mock'))).not.toContain('test-support');
  });

  it('without msw: import and require each fail with one line saying to install msw', async () => {
    // Last: the cells above need msw. A package taken out of node_modules is one Node cannot find.
    renameSync(join(consumer, 'node_modules/msw'), join(consumer, 'node_modules/.msw-away'));
    const loading = {
      esm: `import('ai-integrations-contract/msw')`,
      cjs: `Promise.resolve().then(() => require('ai-integrations-contract/msw'))`,
    };
    for (const [cell, load] of Object.entries(loading)) {
      const { stdout } = await run(
        process.execPath,
        ['-e', `${load}.then(() => console.log('loaded'), (error) => console.log(JSON.stringify(error.message)))`],
        { cwd: join(consumer, cell), env },
      );
      expect(JSON.parse(stdout), cell).toBe(
        'ai-integrations-contract/msw needs the msw package (2.x or 3.x), which this project does not have: npm install --save-dev msw',
      );
    }
  });
});

/** Records every module the process loads (ESM loader hook, and CommonJS's cache at exit) to $AIC_LOADED_MODULES. */
const RECORDER = `import { appendFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
const out = process.env.AIC_LOADED_MODULES;
writeFileSync(out, '');
register('data:text/javascript,' + encodeURIComponent(\`import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  appendFileSync(\${JSON.stringify(out)}, url + '\\\\n');
  return nextLoad(url, context);
}\`));
process.once('exit', () => appendFileSync(out, Object.keys(createRequire(import.meta.url).cache).map((file) => pathToFileURL(file).href + '\\n').join('')));
`;
