/**
 * A consumer's install of the packed package: `npm pack`, then an empty ESM project installs the
 * tarball and msw from npm's cache, imports `createHandlers` from 'ai-integrations-contract/msw',
 * answers one request through msw/node, and type-checks a use of the entry with tsc. A recorder
 * of every module the run loads shows that nothing of the package's dev tooling is imported (it
 * is not even installed: npm installs a dependency's dependencies only).
 *
 * The consumer project is kept between runs in the system's temp folder, so that npm extracts the
 * package's ~260 dependencies once per machine (about 20 s here) rather than on every run; each
 * run installs the freshly packed tarball into it, and `npm install` makes node_modules exactly
 * what a fresh install of it would be (it adds, replaces and prunes until the tree matches).
 * dist/ must be built (`npm test` builds first): packing skips the `prepare` build.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './test-support/bundleForBrowser.js';

const run = promisify(execFile);
const ownPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; dependencies: Record<string, string> };
const mswVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/msw/package.json'), 'utf8')) as { version: string }).version;

/** One consumer project per dependency set, Node and npm: what may be reused between runs. */
const consumerKey = createHash('sha256').update(JSON.stringify([ownPackage.dependencies, mswVersion, process.version])).digest('hex').slice(0, 12);
const CONSUMER = join(tmpdir(), `aic-msw-consumer-${consumerKey}`);
const packDir = mkdtempSync(join(tmpdir(), 'aic-pack-'));
afterAll(() => rmSync(packDir, { recursive: true, force: true }));

/**
 * Runs `work` holding the consumer project alone: two test runs on one machine (two checkouts, or
 * two people in one) would otherwise install into it at once. A lock older than two minutes is
 * taken to be left by a run that was killed.
 */
async function withConsumerLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = `${CONSUMER}.lock`;
  for (const started = Date.now(); ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > 120_000) throw new Error(`${lock} is held by another run`);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

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

/** What a frontend's test setup does: the handlers in msw/node, one request as the app sends it. */
const CONSUMER_SCRIPT = `import { setupServer } from 'msw/node';
import { createHandlers, DEMO_TOKEN } from 'ai-integrations-contract/msw';
const mock = createHandlers();
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: 'error' });
const response = await fetch('https://api.arize.com/v2/ai-integrations?limit=2', { headers: { authorization: 'Bearer ' + DEMO_TOKEN } });
const body = await response.json();
server.close();
console.log(JSON.stringify({ status: response.status, names: body.ai_integrations.map((i) => i.name), stateSize: mock.state(DEMO_TOKEN).ai_integrations.length }));
`;

/** A typed use of the entry: wrong options or an untyped (any) entry fail to compile. */
const CONSUMER_TYPES = `import { setupServer } from 'msw/node';
import { createHandlers, type MswMock, type MswMockOptions, type AiIntegration } from 'ai-integrations-contract/msw';
const options: MswMockOptions = { edition: 'upper', latency: [10, 50], baseUrl: 'http://localhost:5173/api', fixtures: null };
const mock: MswMock = createHandlers(options);
setupServer(...mock.handlers);
const first: AiIntegration | undefined = mock.state('token').ai_integrations[0];
export const name: string | undefined = first?.name;
// @ts-expect-error: the editions are 'camel' and 'upper'
createHandlers({ edition: 'lower' });
`;

const TSCONFIG = { compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], types: ['node'], strict: true, noEmit: true, skipLibCheck: true }, files: ['uses-msw-entry.ts'] };

describe('a consumer installs the packed package', () => {
  it('imports createHandlers from ai-integrations-contract/msw: ESM, types, one request through msw/node, no dev-only module', async () => {
    const timings: Record<string, number> = {};
    const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        timings[step] = Math.round(performance.now() - started);
      }
    };
    const { stdout: packed } = await timed('pack', () => run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packDir], { cwd: ROOT }));
    const tarball = join(packDir, packed.trim().split('\n').at(-1)!);

    const { script, types, loaded } = await withConsumerLock(async () => {
      mkdirSync(CONSUMER, { recursive: true });
      writeFileSync(join(CONSUMER, 'package.json'), JSON.stringify({ name: 'aic-msw-consumer', private: true, type: 'module' }));
      await timed('install', () =>
        run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball, `msw@${mswVersion}`, `@types/node@${ownPackage.devDependencies['@types/node']}`], { cwd: CONSUMER, maxBuffer: 1 << 24 }),
      );
      writeFileSync(join(CONSUMER, 'record-loaded-modules.mjs'), RECORDER);
      writeFileSync(join(CONSUMER, 'uses-msw-entry.mjs'), CONSUMER_SCRIPT);
      writeFileSync(join(CONSUMER, 'uses-msw-entry.ts'), CONSUMER_TYPES);
      writeFileSync(join(CONSUMER, 'tsconfig.json'), JSON.stringify(TSCONFIG));
      const loadedFile = join(CONSUMER, 'loaded-modules.txt');

      const [script, types] = await Promise.all([
        timed('run', () => run(process.execPath, ['--import', './record-loaded-modules.mjs', 'uses-msw-entry.mjs'], { cwd: CONSUMER, env: { ...process.env, AIC_LOADED_MODULES: loadedFile } })),
        timed('tsc', () => run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: CONSUMER }).catch((error: { stdout?: string }) => ({ stdout: `tsc failed:\n${error.stdout ?? String(error)}` }))),
      ]);
      const loaded = [...new Set(readFileSync(loadedFile, 'utf8').split('\n').filter(Boolean))];
      return { script, types, loaded };
    });
    console.info(`packed install, ms: ${JSON.stringify(timings)}`);

    expect(types.stdout).toBe('');
    const answer = JSON.parse(script.stdout) as { status: number; names: string[]; stateSize: number };
    expect(answer.status).toBe(200);
    expect(answer.names).toHaveLength(2);
    expect(answer.stateSize).toBeGreaterThan(2);

    const fromPackage = (name: string) => loaded.filter((url) => url.includes(`/node_modules/${name}/`));
    // Of the package itself, only the bundled entry; of the packages, only what it declares it needs.
    expect(fromPackage('ai-integrations-contract').map((url) => url.slice(url.indexOf('/node_modules/')))).toEqual(['/node_modules/ai-integrations-contract/dist/mock/msw/index.js']);
    expect(fromPackage('ajv').length).toBeGreaterThan(0);
    for (const dev of Object.keys(ownPackage.devDependencies).filter((name) => name !== 'msw' && name !== '@types/node')) expect(fromPackage(dev), dev).toEqual([]);
    for (const serverOnly of ['express', 'yaml', '@apidevtools/swagger-parser', '@stoplight/prism-http', 'fast-check']) expect(fromPackage(serverOnly), serverOnly).toEqual([]);
  });
});
