import type { Contract } from '../../spec/index.js';
import type { Accounts } from '../config/Accounts.js';
import { loadFixtures } from '../config/loadFixtures.js';
import { MockConfigError } from '../config/MockConfigError.js';
import type { SourcedDocument } from '../config/startingFixtures.js';
import { resourceJson, SNAPSHOT_FORMAT, type MockRules, type StoreSnapshot } from '../core/index.js';
import type { ServedState } from '../ServedState.js';
import { RedisConnection } from './RedisConnection.js';
import { REPLACE, RESET, RESET_ACCOUNT } from './redisScripts.js';
import { nameKey, RedisStore, tag } from './RedisStore.js';

/** Version of the layout of keys; a prefix holding another is refused at start rather than misread. */
const LAYOUT_VERSION = 1;

export interface RedisStateOptions {
  /** `redis://HOST:PORT/DB` (`rediss://` for TLS; a password as `redis://:PASSWORD@HOST`). */
  readonly url: string;
  /** What every key of this mock starts with, so that several mocks can share one Redis. */
  readonly prefix: string;
  readonly now?: () => number;
}

/**
 * The mock's state in Redis: what every replica naming the same URL and prefix serves. The first
 * replica to start on an empty prefix stores its fixtures (which become what reset returns to);
 * the next ones, and a replica restarted, find that state and keep it. Reset, one account's reset
 * and loading fixtures are each one script, so a replica never sees half of one.
 */
export class RedisState implements ServedState {
  private constructor(
    readonly contract: Contract,
    readonly rules: MockRules,
    readonly accounts: Accounts,
    private readonly redis: RedisConnection,
    readonly store: RedisStore,
    /** Whether the state was already there (kept from before) or the fixtures were stored now. */
    readonly kept: boolean,
  ) {}

  get rateWindows(): RedisStore {
    return this.store;
  }

  /** Where the state is: the URL without a password, and the prefix. */
  get where(): string {
    return `${this.redis.where} (prefix ${this.store.prefix})`;
  }

  /**
   * Connects and, on a prefix that holds no state yet, stores the fixtures. Throws MockConfigError
   * when Redis cannot be reached or the prefix holds a state this mock cannot serve (another
   * edition, another layout): nothing there is changed then.
   */
  static async open(
    contract: Contract,
    rules: MockRules,
    accounts: Accounts,
    fixtures: SourcedDocument,
    options: RedisStateOptions,
  ): Promise<RedisState> {
    const initial = redisState(
      loadFixtures(rules, fixtures.document, fixtures.source).snapshot(),
      `${options.prefix}:a:`,
    );
    const redis = await RedisConnection.connect(options.url);
    const marker = formatMarker(contract.edition);
    try {
      const found = await redis.script(REPLACE, [options.prefix, initial, marker, 'init']);
      if (found !== '' && found !== marker) {
        throw new MockConfigError(`the store ${redis.where} (prefix ${options.prefix})`, [
          `holds ${String(found)}, which this mock (${marker}) does not serve: start it with the same --edition as the mocks that share it, or use another --store-prefix`,
        ]);
      }
      const store = new RedisStore(redis, rules, options.prefix, options.now ? { now: options.now } : {});
      // A Redis that restarted without its data (no persistence) gets the fixtures again, as at start.
      redis.onReconnect(
        () => void redis.script(REPLACE, [options.prefix, initial, marker, 'init']).catch(() => undefined),
      );
      return new RedisState(contract, rules, accounts, redis, store, found !== '');
    } catch (error) {
      await redis.close();
      throw error;
    }
  }

  async reset(): Promise<void> {
    await this.redis.script(RESET, [this.store.prefix]);
  }

  async resetAccount(accountId: string): Promise<void> {
    await this.redis.script(RESET_ACCOUNT, [this.store.prefix, tag(accountId), this.store.accountKey(accountId)]);
  }

  async load(document: unknown, source: string): Promise<void> {
    // Checked whole in memory first (MockConfigError), so a refused document never reaches Redis.
    const state = redisState(loadFixtures(this.rules, document, source).snapshot(), `${this.store.prefix}:a:`);
    await this.redis.script(REPLACE, [this.store.prefix, state, formatMarker(this.contract.edition), 'load']);
  }

  close(): Promise<void> {
    return this.redis.close();
  }
}

/** What marks a prefix as holding this mock's state, in the layout and edition it is written in. */
function formatMarker(edition: string): string {
  return `${SNAPSHOT_FORMAT}/${LAYOUT_VERSION} edition=${edition}`;
}

/** A snapshot as the scripts restore it (redisScripts.ts, RESTORE_HELPERS). */
function redisState(snapshot: StoreSnapshot, accountKeyPrefix: string): string {
  return JSON.stringify({
    sequence: snapshot.sequence,
    users: snapshot.users,
    accounts: snapshot.accounts.map((entry) => ({
      tag: tag(entry.account),
      key: `${accountKeyPrefix}${tag(entry.account)}`,
      user: entry.user,
      spaces: JSON.stringify(entry.spaces),
      records: entry.ai_integrations.map((stored) => [
        stored.resource.id,
        stored.sequence,
        nameKey(stored.resource.name),
        resourceJson(stored),
      ]),
    })),
  });
}
