import { http, type HttpHandler } from 'msw';
import { contractFromPrepared, type Contract, type Edition, type PreparedContract } from '../../spec/portable.js';
import { startingAccounts } from '../config/startingAccounts.js';
import type { FixturesDocument } from '../config/FixturesDocument.js';
import { startingFixtures } from '../config/startingFixtures.js';
import { isJsonObject, readMockRules, type AccountDump } from '../core/index.js';
import { createMockEngine } from '../engine/index.js';
import type { MockLogger } from '../MockLogger.js';
import { MockState } from '../MockState.js';
import { embeddedContracts, embeddedDefaultEdition } from './embeddedContracts.generated.js';
import { httpResponseOf } from './httpResponseOf.js';
import { mockRequestOf } from './mockRequestOf.js';
import type { MswMockOptions } from './MswMockOptions.js';

/** Where Arize's SDK calls when it is not configured. */
export const DEFAULT_BASE_URL = 'https://api.arize.com';

export { DEMO_TOKEN } from '../config/startingFixtures.js';

/** The mock in-process: MSW handlers and the state behind them. */
export interface MswMock {
  /** Request handlers for MSW: `setupServer(...mock.handlers)` (msw/node) or `setupWorker(...mock.handlers)` (msw/browser). */
  readonly handlers: readonly HttpHandler[];
  /** The contract in the edition served. */
  readonly contract: Contract;
  /** Back to the fixtures last loaded (those of the options until `load`), as `POST /__admin/reset`. Call it between tests. */
  reset(): void;
  /**
   * The account a bearer token reaches, as `GET /__admin/state` shows it: `{spaces, ai_integrations}`,
   * newest first, no key ever shown. Throws when the token opens no account (a closed keys set).
   */
  state(token: string): AccountDump;
  /** Replaces the whole state with these fixtures, which `reset()` then returns to, as `PUT /__admin/fixtures`. Throws a MockConfigError listing every problem, and changes nothing then. */
  load(fixtures: FixturesDocument): void;
}

/**
 * The mock of the AI integrations API as MSW handlers, for frontend tests in Node and for the
 * browser: the same engine as `aic mock` (every rule of the contract, an account per bearer token,
 * problem+json, `Prefer: code=`, read-only keys, CORS, the admin endpoints under the base URL),
 * with the contract embedded so that it needs no file system. Every request under `baseUrl` is
 * the mock's: a path the API does not have is a 404 problem, as from the server.
 */
export function createHandlers(options: MswMockOptions = {}): MswMock {
  const contract = contractOf(options.edition);
  const accounts = startingAccounts(
    options.keys === undefined ? undefined : { document: options.keys, source: 'the keys option' },
    contract,
  );
  const state = new MockState(
    contract,
    readMockRules(contract, howToServe),
    accounts,
    fixturesOf(options.fixtures),
    options.now ? { now: options.now } : {},
  );
  const engine = createMockEngine(state, {
    logger: options.logger ?? consoleErrors,
    ...(options.latency === undefined ? {} : { latencyMs: options.latency }),
    ...(options.rateLimitPerSecond === undefined ? {} : { rateLimitPerSecond: options.rateLimitPerSecond }),
    ...(options.now ? { now: options.now } : {}),
  });
  const base = baseUrlOf(options.baseUrl ?? DEFAULT_BASE_URL);
  const basePath = base.pathname.replace(/\/$/, '');

  const handler = http.all(`${base.origin}${basePath}/*`, async function answerFromMockEngine({ request }) {
    return httpResponseOf(await engine.handle(await mockRequestOf(request, basePath)));
  });
  return {
    handlers: [handler],
    contract,
    reset() {
      state.reset();
      engine.history.clear();
    },
    state(token) {
      const principal = state.accounts.authenticate(token);
      if (!principal) throw new Error('This token opens no account of the mock (with keys, only the listed keys do)');
      return state.store.dump(principal.accountId);
    },
    load: (document) => state.load(document, 'the fixtures loaded'),
  };
}

/** The end of the advice to a request in another edition's spelling: the option, not the CLI's flag. */
const howToServe = (edition: Edition) => `create the handlers with createHandlers({ edition: '${edition}' })`;

/** The embedded snapshot of `edition`; the spec's default edition (camel) when absent. */
function contractOf(edition: Edition | undefined): Contract {
  const prepared: PreparedContract | undefined = embeddedContracts[edition ?? embeddedDefaultEdition];
  if (!prepared)
    throw new Error(
      `The mock has no edition ${JSON.stringify(edition)}: it speaks ${Object.keys(embeddedContracts).join(' and ')}`,
    );
  return contractFromPrepared(prepared, `the ${prepared.edition} edition embedded in ai-integrations-contract/msw`);
}

/** The fixtures option as the state starts from it: the demo by default, none for null. */
function fixturesOf(fixtures: FixturesDocument | null | undefined) {
  return startingFixtures(
    fixtures === undefined || fixtures === null ? fixtures : { document: fixtures, source: 'the fixtures option' },
  );
}

/** Absolute, or relative to the page in a browser. */
function baseUrlOf(baseUrl: string): URL {
  const location: unknown = Reflect.get(globalThis, 'location');
  const page = isJsonObject(location) && typeof location.href === 'string' ? location.href : undefined;
  try {
    return new URL(baseUrl, page);
  } catch {
    throw new Error(
      `baseUrl ${JSON.stringify(baseUrl)} is not a URL${page ? '' : ' (outside a browser it must be absolute, e.g. http://localhost:3000/api)'}`,
    );
  }
}

/** A failure of the mock itself reaches the developer's console. */
const consoleErrors: Pick<MockLogger, 'error'> = { error: (line) => console.error(line) };
