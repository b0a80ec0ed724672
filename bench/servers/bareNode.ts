/** Baseline and ceiling: node:http with no framework doing the same PATCH work. */
import { createServer } from 'node:http';
import { createBaselineStore, portFromArgs } from './baselineStore.js';

const store = await createBaselineStore();
const PREFIX = '/v2/ai-integrations/';
const server = createServer((req, res) => {
  const send = ([status, body]: [number, unknown]) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const id = req.url?.startsWith(PREFIX) ? req.url.slice(PREFIX.length) : '';
  if (req.method === 'GET') return send(store.get(id));
  if (req.method !== 'PATCH') return send([404, { title: 'Resource not found', status: 404 }]);
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send([400, { title: 'Invalid request parameters', status: 400 }]);
    }
    send(store.patch(id, body));
  });
});
server.listen(portFromArgs(), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
