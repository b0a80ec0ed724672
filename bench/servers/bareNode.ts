/** Baseline and ceiling: node:http with no framework doing the same work as the minimal Express app. */
import { createServer } from 'node:http';
import { createBaselineStore, portFromArgs } from './baselineStore.js';

const store = createBaselineStore();
const COLLECTION = '/v2/ai-integrations';
const PREFIX = `${COLLECTION}/`;
const server = createServer((req, res) => {
  const send = ([status, body]: [number, unknown]) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const url = new URL(req.url ?? '/', 'http://localhost');
  const auth = req.headers.authorization;
  const id = url.pathname.startsWith(PREFIX) ? decodeURIComponent(url.pathname.slice(PREFIX.length)) : undefined;
  if (req.method === 'GET' && url.pathname === COLLECTION)
    return send(store.list(auth, Object.fromEntries(url.searchParams)));
  if (req.method === 'GET' && id !== undefined) return send(store.get(auth, id));
  const write =
    req.method === 'POST' && url.pathname === COLLECTION
      ? 'create'
      : req.method === 'PATCH' && id !== undefined
        ? 'patch'
        : undefined;
  if (!write) return send([404, { title: 'Resource not found', status: 404 }]);
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send([400, { title: 'Invalid request parameters', status: 400 }]);
    }
    send(write === 'create' ? store.create(auth, body) : store.patch(auth, id!, body));
  });
});
server.listen(portFromArgs(), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
