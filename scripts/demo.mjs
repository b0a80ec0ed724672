// `npm run demo [-- --port N]`: the browser demo (mock/msw/demo/), bundled with the package's msw
// entry (dist/, so `npm run demo` builds first), served on 127.0.0.1 with MSW's worker script
// beside it. The page is where the mock answers: open the printed URL. Stops on Ctrl+C.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = join(ROOT, 'mock/msw/demo');

let port;
try {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '5180' } } });
  port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port ${values.port} is not a port number (0 to 65535; 0 picks a free one)`);
} catch (error) {
  process.stderr.write(`demo: ${error.message}\nUsage: npm run demo [-- --port N]\n`);
  process.exit(2);
}

/** The page's files, in memory: the page, its bundle, and MSW's worker (which must be served from the page's origin). */
async function demoFiles() {
  const bundled = await build({
    entryPoints: [join(DEMO, 'demo.js')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    alias: { 'ai-integrations-contract/msw': join(ROOT, 'dist/mock/msw/index.js') },
    write: false,
    outdir: '/',
    logLevel: 'silent',
  });
  const script = 'text/javascript; charset=utf-8';
  return new Map([
    ['/', { type: 'text/html; charset=utf-8', body: readFileSync(join(DEMO, 'index.html')) }],
    ['/demo.js', { type: script, body: Buffer.from(bundled.outputFiles[0].contents) }],
    [
      '/mockServiceWorker.js',
      { type: script, body: readFileSync(join(ROOT, 'node_modules/msw/lib/mockServiceWorker.js')) },
    ],
  ]);
}

let files;
try {
  files = await demoFiles();
} catch (error) {
  const detail = error.errors?.map((e) => `${e.location?.file ?? ''}: ${e.text}`).join('\n') ?? error.message;
  process.stderr.write(`demo: the page could not be bundled (is dist/ built? npm run demo builds it):\n${detail}\n`);
  process.exit(1);
}

const server = createServer((request, response) => {
  const file = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/index\.html$/, '/'));
  if (!file) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
});
server.on('error', (error) => {
  process.stderr.write(
    `demo: cannot listen on 127.0.0.1:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use (--port 0 picks a free one)' : error.message}\n`,
  );
  process.exit(2);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`demo: the mock in a service worker, at http://127.0.0.1:${server.address().port}/ (Ctrl+C stops)`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => server.close(() => process.exit(0)).closeAllConnections());
