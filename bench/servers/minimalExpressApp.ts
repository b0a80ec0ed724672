/**
 * The least an Express 5 app can do for the same requests as the mock: JSON body parsing, the
 * store's validators on parameters and bodies, a Map per account (see baselineStore.ts). List,
 * create, get and update, each one route. The entries (minimalExpress*.ts) differ only in how the
 * store's validators are made.
 */
import { createServer } from 'node:http';
import express from 'express';
import { appMessageClasses } from '../../mock/http/appMessageClasses.js';
import { portFromArgs, type createBaselineStore } from './baselineStore.js';

export interface MinimalExpressOptions {
  /** Serve through a server whose requests and responses are made with the app's prototypes, as the mock's are (appMessageClasses). */
  readonly appPrototypes?: boolean;
}

export function listenMinimalExpress(
  store: ReturnType<typeof createBaselineStore>,
  options: MinimalExpressOptions = {},
): void {
  const app = express();
  app.use(express.json());
  app.get('/v2/ai-integrations', (req, res) => {
    const [status, body] = store.list(req.headers.authorization, req.query as Record<string, unknown>);
    res.status(status).json(body);
  });
  app.post('/v2/ai-integrations', (req, res) => {
    const [status, body] = store.create(req.headers.authorization, req.body);
    res.status(status).json(body);
  });
  app.get('/v2/ai-integrations/:id', (req, res) => {
    const [status, body] = store.get(req.headers.authorization, req.params.id);
    res.status(status).json(body);
  });
  app.patch('/v2/ai-integrations/:id', (req, res) => {
    const [status, body] = store.patch(req.headers.authorization, req.params.id, req.body);
    res.status(status).json(body);
  });
  const server = createServer(options.appPrototypes ? appMessageClasses(app) : {}, app).listen(
    portFromArgs(),
    '127.0.0.1',
    () => {
      const address = server.address();
      console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
    },
  );
}
