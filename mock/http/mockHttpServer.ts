import { createServer, type Server } from 'node:http';
import type { Express } from 'express';
import type { Contract } from '../../spec/index.js';
import { appMessageClasses } from './appMessageClasses.js';
import { clientErrorHandler } from './clientErrorHandler.js';

/**
 * The one HTTP server the mock is served by, not yet listening. What only a server can do: a
 * request without Host reaches the app, whose requireHost answers it as a problem (node's own
 * check answers a bare 400); requests node's parser refuses get a problem+json answer too
 * (clientErrorHandler), not node's bare 400; and its requests and responses are made with the
 * app's prototypes (appMessageClasses), which Express would otherwise set on each.
 */
export function mockHttpServer(app: Express, contract: Contract): Server {
  const server = createServer({ requireHostHeader: false, ...appMessageClasses(app) }, app);
  server.on('clientError', clientErrorHandler(contract));
  return server;
}

/**
 * Makes `app.listen(...)` listen through mockHttpServer, so a caller who starts the Express app
 * the usual way gets the same answers as startMock. Returns the app.
 */
export function listenThroughMockServer(app: Express, contract: Contract): Express {
  app.listen = function listen(...args: unknown[]): Server {
    const server = mockHttpServer(app, contract);
    const last = args[args.length - 1];
    if (typeof last === 'function') server.once('error', (error) => Reflect.apply(last, undefined, [error]));
    return server.listen(...(args as Parameters<Server['listen']>));
  } as Express['listen'];
  return app;
}
