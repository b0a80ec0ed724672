import type { Express } from 'express';
import { DEFAULT_SPEC_PATH, loadContract } from '../spec/index.js';
import {
  MockConfigError,
  readJsonFile,
  startingAccounts,
  startingFixtures,
  type SourcedDocument,
} from './config/index.js';
import { readMockRules } from './core/index.js';
import { createHttpApp } from './http/createHttpApp.js';
import { listenThroughMockServer } from './http/mockHttpServer.js';
import type { MockOptions } from './MockOptions.js';
import { stderrLogger } from './MockLogger.js';
import { openState } from './openState.js';
import type { ServedState } from './ServedState.js';

export interface MockApp {
  /**
   * The Express app. `app.listen(...)` listens through the mock's own server (see
   * createMockServer), as startMock does. Mounted in another app or handed to a server of your own,
   * that server answers what the mock cannot see: a request without Host, and requests node's
   * parser refuses (node's bare 400s, not problems).
   */
  readonly app: Express;
  readonly state: ServedState;
  /** Where the state lives, in words (the CLI's banner shows it). */
  readonly storeDescription: string;
  /** Writes what is pending (a state file) and lets go of the store (a Redis connection). The server closes it when it closes. */
  closeStore(): Promise<void>;
}

/**
 * Loads the contract in the edition to serve (`options.edition`, else the spec's default), the keys
 * and the fixtures (respelled into that edition) and builds the app, without listening. Bad
 * fixtures or keys throw a MockConfigError that lists every problem. To serve it, prefer
 * startMock (listens) or createMockServer (the server, for you to listen).
 */
export async function createMockApp(options: MockOptions = {}): Promise<MockApp> {
  const contract = await loadContract(
    options.specPath ?? DEFAULT_SPEC_PATH,
    options.edition === undefined ? {} : { edition: options.edition },
  );
  const rules = readMockRules(contract);
  const accounts = startingAccounts(
    options.keys === undefined ? undefined : await document(options.keys, 'keys'),
    contract,
  );
  const fixtures = startingFixtures(
    options.fixtures === undefined || options.fixtures === null
      ? options.fixtures
      : await document(options.fixtures, 'fixtures'),
  );
  const logger = options.logger ?? stderrLogger;
  const { state, close, description } = await openState(contract, rules, accounts, fixtures, options, logger);
  const app = createHttpApp(state, {
    logger,
    logRequests: options.logRequests ?? true,
    ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }),
    ...(options.rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond: options.rateLimitPerSecond }),
    ...(options.now ? { now: options.now } : {}),
    ...(options.adminToken === undefined ? {} : { adminToken: options.adminToken }),
  });
  return { app: listenThroughMockServer(app, contract), state, storeDescription: description, closeStore: close };
}

async function document(value: string | object, what: string): Promise<SourcedDocument> {
  if (typeof value === 'string') return { document: await readJsonFile(value, what), source: `${what} file ${value}` };
  if (typeof value !== 'object' || value === null)
    throw new MockConfigError(`the ${what} option`, ['must be a file path or an object']);
  return { document: value, source: `the ${what} option` };
}
