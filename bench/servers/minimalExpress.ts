/** Baseline: the least an Express 5 app can do for the same PATCH (JSON parse, Ajv, Map update). */
import express from 'express';
import { createBaselineStore, portFromArgs } from './baselineStore.js';

const store = await createBaselineStore();
const app = express();
app.use(express.json());
app.patch('/v2/ai-integrations/:id', (req, res) => {
  const [status, body] = store.patch(req.params.id, req.body);
  res.status(status).json(body);
});
app.get('/v2/ai-integrations/:id', (req, res) => {
  const [status, body] = store.get(req.params.id);
  res.status(status).json(body);
});
const server = app.listen(portFromArgs(), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
