import { isJsonObject, loadContract, type Contract } from '../../spec/index.js';
import { ExchangeLog } from '../transport/ExchangeLog.js';
import { HttpClient } from '../transport/HttpClient.js';
import { fetchFromEnvironment } from '../transport/proxyFetch.js';
import { Redactor } from '../transport/Redactor.js';
import { RequestBudget } from '../transport/RequestBudget.js';
import { integrationPaths, type IntegrationPaths } from '../integrationPaths.js';
import { KIT_NAME_PREFIX } from './runId.js';

/** The paths of the default spec, for callers that hold no contract. */
const specPaths = async (): Promise<IntegrationPaths> => integrationPaths(await loadContract());
const MAX_PAGES = 1000;

/** Integrations of the client's account whose name starts with `prefix` (every page, name filter as a hint). */
export async function findByPrefix(
  client: HttpClient,
  prefix: string,
  paths?: IntegrationPaths,
): Promise<Array<{ id: string; name: string }>> {
  const { search } = paths ?? (await specPaths());
  const found: Array<{ id: string; name: string }> = [];
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const exchange = await client.request({ method: 'GET', path: search(prefix, cursor), cleanup: true });
    if (exchange.status !== 200 || !isJsonObject(exchange.body))
      throw new Error(`listing integrations answered ${exchange.status}`);
    const items = Array.isArray(exchange.body.ai_integrations) ? exchange.body.ai_integrations : [];
    for (const item of items) {
      // Only the exact, case-sensitive prefix: the name filter is a case-insensitive substring.
      if (
        isJsonObject(item) &&
        typeof item.id === 'string' &&
        typeof item.name === 'string' &&
        item.name.startsWith(prefix)
      ) {
        found.push({ id: item.id, name: item.name });
      }
    }
    const pagination = isJsonObject(exchange.body.pagination) ? exchange.body.pagination : {};
    const next =
      pagination.has_more === true && typeof pagination.next_cursor === 'string' ? pagination.next_cursor : undefined;
    if (!next || seenCursors.has(next)) break;
    seenCursors.add(next);
    cursor = next;
  }
  return found;
}

export interface SweepResult {
  readonly deleted: string[];
  /** Names that could not be deleted, with the reason. */
  readonly failed: Array<{ name: string; reason: string }>;
}

/**
 * Deletes every integration of the account whose name starts with `prefix`, which must itself
 * start with `aic-conform-`: the kit never deletes anything it did not name.
 */
export async function sweepPrefix(
  client: HttpClient,
  prefix: string = KIT_NAME_PREFIX,
  paths?: IntegrationPaths,
): Promise<SweepResult> {
  if (!prefix.startsWith(KIT_NAME_PREFIX)) throw new Error(`refusing to sweep names outside ${KIT_NAME_PREFIX}…`);
  const where = paths ?? (await specPaths());
  const deleted: string[] = [];
  const failed: Array<{ name: string; reason: string }> = [];
  // Deleting while paging can shift pages: list again until nothing is left (a few rounds at most).
  for (let round = 0; round < 3; round++) {
    const leftovers = (await findByPrefix(client, prefix, where)).filter((l) => !deleted.includes(l.name));
    if (leftovers.length === 0) break;
    for (const { id, name } of leftovers) {
      try {
        const exchange = await client.request({ method: 'DELETE', path: where.item(id), cleanup: true });
        if (exchange.status === 204 || exchange.status === 404) deleted.push(name);
        else failed.push({ name, reason: `DELETE answered ${exchange.status}` });
      } catch (error) {
        failed.push({ name, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    if (failed.length > 0) break;
  }
  return { deleted, failed };
}

export interface SweepOptions {
  /** Base URL of the server to clean up. */
  readonly target: string;
  readonly apiKey: string;
  /** A second account's key: its account is swept too. */
  readonly otherApiKey?: string;
  /** The contract whose paths are listed (default: the project's spec). */
  readonly contract?: Contract;
  readonly fetch?: typeof fetch;
}

/** One account's sweep: what was deleted and what was not, or why its integrations could not be listed. */
export type AccountSweep =
  | { readonly account: SweptAccount; readonly result: SweepResult }
  | { readonly account: SweptAccount; readonly error: string };
type SweptAccount = 'primary' | 'other';

/**
 * Deletes the leftovers of earlier runs (names starting with `aic-conform-`) in the account of each
 * key, the first key's first. An account that cannot be listed ends the sweep there (its error,
 * keys redacted, is the last entry).
 */
export async function sweepLeftovers(options: SweepOptions): Promise<AccountSweep[]> {
  const paths = options.contract === undefined ? undefined : integrationPaths(options.contract);
  const redactor = new Redactor([options.apiKey, options.otherApiKey]);
  const viaProxy = options.fetch ?? fetchFromEnvironment();
  const primary = new HttpClient(
    {
      baseUrl: options.target,
      log: new ExchangeLog(),
      redactor,
      budget: new RequestBudget(),
      ...(viaProxy ? { fetch: viaProxy } : {}),
    },
    'primary',
    options.apiKey,
  );
  const accounts: Array<{ account: SweptAccount; client: HttpClient }> = [{ account: 'primary', client: primary }];
  if (options.otherApiKey) accounts.push({ account: 'other', client: primary.withKey('other', options.otherApiKey) });
  const swept: AccountSweep[] = [];
  for (const { account, client } of accounts) {
    try {
      swept.push({ account, result: await sweepPrefix(client, KIT_NAME_PREFIX, paths) });
    } catch (error) {
      swept.push({ account, error: redactor.text(error instanceof Error ? error.message : String(error)) });
      break;
    }
  }
  return swept;
}
