import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createMockApp } from './createMockApp.js';
import { mockHttpServer } from './http/mockHttpServer.js';
import type { MockOptions } from './MockOptions.js';
import type { MockState } from './MockState.js';

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

export interface MockServer {
  /**
   * Not yet listening. A request without Host and the requests node's parser refuses are answered
   * as problems, like every other error of the mock.
   */
  readonly server: Server;
  readonly app: Express;
  readonly state: MockState;
}

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

/** Builds the mock and the HTTP server that serves it, without listening: for callers who listen themselves. */
export async function createMockServer(options: MockOptions = {}): Promise<MockServer> {
  const { app, state } = await createMockApp(options);
  return { server: mockHttpServer(app, state.contract), app, state };
}

/** Builds the mock and listens; resolves once it accepts connections. The CLI starts it this way. */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { server, state } = await createMockServer(options);
  const host = options.host ?? DEFAULT_HOST;
  server.listen(options.port ?? DEFAULT_PORT, host);
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
