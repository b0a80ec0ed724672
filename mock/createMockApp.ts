import type { Express } from 'express';
import { DEFAULT_SPEC_PATH, loadContract } from '../spec/index.js';
import { Accounts, MockConfigError, readJsonFile } from './config/index.js';
import { readMockRules } from './core/index.js';
import demoFixtures from './fixtures/demo.json' with { type: 'json' };
import { createHttpApp } from './http/createHttpApp.js';
import { listenThroughMockServer } from './http/mockHttpServer.js';
import type { MockOptions } from './MockOptions.js';
import { stderrLogger } from './MockLogger.js';
import { MockState } from './MockState.js';

/** The bearer token of the demo account of the built-in fixtures (not a secret: it is the demo). */
export const DEMO_TOKEN: string = demoFixtures.accounts[0]!.account;

export interface MockApp {
  /**
   * The Express app. `app.listen(...)` listens through the mock's own server (see
   * createMockServer), as startMock does. Mounted in another app or handed to a server of your own,
   * that server answers what the mock cannot see: a request without Host, and requests node's
   * parser refuses (node's bare 400s, not problems).
   */
  readonly app: Express;
  readonly state: MockState;
}

/**
 * Loads the contract in the edition to serve (`options.edition`, else the spec's default), the keys
 * and the fixtures (respelled into that edition) and builds the app, without listening. Bad
 * fixtures or keys throw a MockConfigError that lists every problem. To serve it, prefer
 * startMock (listens) or createMockServer (the server, for you to listen).
 */
export async function createMockApp(options: MockOptions = {}): Promise<MockApp> {
  const contract = await loadContract(options.specPath ?? DEFAULT_SPEC_PATH, options.edition === undefined ? {} : { edition: options.edition });
  const rules = readMockRules(contract);
  const accounts =
    options.keys === undefined
      ? Accounts.open()
      : Accounts.closed(...(await document(options.keys, 'keys')), contract.schemaValidator('Base64Id'));
  const [fixtures, source] =
    options.fixtures === undefined
      ? [demoFixtures, 'the built-in demo fixtures']
      : options.fixtures === null
        ? [{ accounts: [] }, 'no fixtures']
        : await document(options.fixtures, 'fixtures');
  const state = new MockState(contract, rules, accounts, { document: fixtures, source }, options.now ? { now: options.now } : {});
  const app = createHttpApp(state, {
    logger: options.logger ?? stderrLogger,
    logRequests: options.logRequests ?? true,
    ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }),
    ...(options.rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond: options.rateLimitPerSecond }),
    ...(options.now ? { now: options.now } : {}),
  });
  return { app: listenThroughMockServer(app, contract), state };
}

async function document(value: string | object, what: string): Promise<[unknown, string]> {
  if (typeof value === 'string') return [await readJsonFile(value, what), `${what} file ${value}`];
  if (typeof value !== 'object' || value === null) throw new MockConfigError(`the ${what} option`, ['must be a file path or an object']);
  return [value, `the ${what} option`];
}
