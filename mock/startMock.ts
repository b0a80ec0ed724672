import type { Server } from 'node:http';
import type { Express } from 'express';
import { errorCode } from './config/errorDetails.js';
import { createMockApp } from './createMockApp.js';
import { mockHttpServer } from './http/mockHttpServer.js';
import type { MockOptions } from './MockOptions.js';
import type { ServedState } from './ServedState.js';

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

/** The mock could not listen where it was asked to: the address is taken, not allowed or not this machine's. */
export class ListenError extends Error {
  override readonly name = 'ListenError';

  constructor(
    readonly host: string,
    readonly port: number,
    readonly code: string,
  ) {
    const why =
      code === 'EADDRINUSE'
        ? 'is already in use'
        : code === 'EACCES'
          ? 'needs privileges this process lacks'
          : 'is not an address of this machine';
    const fix =
      code === 'EADDRNOTAVAIL'
        ? 'use --host 127.0.0.1 or an address this machine has'
        : `stop what holds it, or choose another with --port (--port 0 picks a free one)`;
    super(
      `cannot listen on ${host}:${port}: port ${port} ${code === 'EADDRNOTAVAIL' ? `on ${host} ` : ''}${why} (${code}); ${fix}`,
    );
  }
}

const LISTEN_ERRORS = new Set(['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL']);

export interface MockServer {
  /**
   * Not yet listening. A request without Host and the requests node's parser refuses are answered
   * as problems, like every other error of the mock.
   */
  readonly server: Server;
  readonly app: Express;
  readonly state: ServedState;
  /** Where the state lives, in words. */
  readonly storeDescription: string;
  /** Writes what is pending and lets go of the store; also called when the server closes. */
  closeStore(): Promise<void>;
}

export interface RunningMock {
  /** e.g. `http://127.0.0.1:4010`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The live state: its store, accounts and contract (tests and benchmarks may inspect it). */
  readonly state: ServedState;
  /** Where the state lives, in words (`in memory (this process only)`, a state file, Redis). */
  readonly storeDescription: string;
  /** Stops listening, closes open connections, then writes what is pending and lets go of the store. */
  close(): Promise<void>;
}

/** Builds the mock and the HTTP server that serves it, without listening: for callers who listen themselves. */
export async function createMockServer(options: MockOptions = {}): Promise<MockServer> {
  const { app, state, storeDescription, closeStore } = await createMockApp(options);
  const server = mockHttpServer(app, state.contract);
  let closing: Promise<void> | undefined;
  const closeOnce = () => (closing ??= closeStore());
  server.once('close', () => void closeOnce());
  return { server, app, state, storeDescription, closeStore: closeOnce };
}

/**
 * Builds the mock and listens; resolves once it accepts connections. The CLI starts it this way.
 * A port that is taken (or not allowed, or a host that is not this machine's) is a ListenError.
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const { server, state, storeDescription, closeStore } = await createMockServer(options);
  const host = options.host ?? DEFAULT_HOST;
  const requestedPort = options.port ?? DEFAULT_PORT;
  server.listen(requestedPort, host);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await closeStore();
    const code = errorCode(error);
    if (code !== undefined && LISTEN_ERRORS.has(code)) throw new ListenError(host, requestedPort, code);
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : requestedPort;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    state,
    storeDescription,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await closeStore();
    },
  };
}
