import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApp } from './createMockApp.js';
import { clientErrorHandler } from './http/clientErrorHandler.js';
import type { MockOptions } from './MockOptions.js';
import type { MockState } from './MockState.js';

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

export interface RunningMock {
  /** e.g. `http://127.0.0.1:4010`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The live state: its store, accounts and contract (tests and benchmarks may inspect it). */
  readonly state: MockState;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Builds the mock and listens; resolves once it accepts connections. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { app, state } = await createMockApp(options);
  const host = options.host ?? DEFAULT_HOST;
  // A missing Host is answered by the app (requireHost), as a problem rather than node's bare 400.
  const server = createServer({ requireHostHeader: false }, app);
  server.listen(options.port ?? DEFAULT_PORT, host);
  // Requests node's parser refuses get a problem+json answer too, not node's bare 400.
  server.on('clientError', clientErrorHandler(state.contract));
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
