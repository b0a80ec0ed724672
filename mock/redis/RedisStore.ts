import type { AiIntegration } from '../../spec/index.js';
import {
  applyUpdate,
  buildCreated,
  checkResultingState,
  cursorBefore,
  fail,
  isResource,
  isSpace,
  listFilter,
  listJson,
  mintIntegrationId,
  mintUserId,
  nextTimestamp,
  ok,
  paginationAfter,
  storedFromResource,
  StoreChecks,
  type AccountDump,
  type ListQuery,
  type MockRules,
  type MockStore,
  type Result,
  type Space,
} from '../core/index.js';
import type { RateWindows } from '../ServedState.js';
import type { RedisConnection } from './RedisConnection.js';
import { DELETE, HIT, INSERT, PAGE, RESERVE, UPDATE } from './redisScripts.js';

/** How often a change is tried again when another replica changed the same integration in between. */
const MAX_ATTEMPTS = 1000;
/** PATCHes of one integration applied in one step at most. */
const MAX_BATCH = 64;
/** Integrations read per step of a filtered list. */
const PAGE_CHUNK = 200;

/**
 * The contract's operations on state kept in Redis, shared by every mock that names the same
 * prefix. A change is computed here with the same code as the in-memory store (buildCreated,
 * applyUpdate, checkResultingState) and stored by a script that checks, in the same step, that
 * what it was computed from is still there and that the name is free (redisScripts.ts); when
 * another replica came first, it is computed again from the new state. So every rule holds across
 * replicas: one name per account, no lost update, nothing stored from a refused request.
 * Integrations are kept as the JSON the API returns; their api_key is never sent to Redis, only
 * whether one is set. Accounts are named in keys by their id (the bearer token without a keys file).
 */
export class RedisStore implements MockStore, RateWindows {
  private readonly checks: StoreChecks;
  private readonly now: () => number;
  /** The PATCHes of each integration waiting on this replica (see applyQueued). */
  private readonly patchQueues = new Map<string, QueuedPatch[]>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly rules: MockRules,
    /** Key prefix of this mock's state (`--store-prefix`). */
    readonly prefix: string,
    options: { readonly now?: () => number } = {},
  ) {
    this.checks = new StoreChecks(rules);
    this.now = options.now ?? Date.now;
  }

  readonly json = {
    create: async (accountId: string, body: unknown, userId?: string): Promise<Result<string>> =>
      this.create(accountId, body, userId),
    get: async (accountId: string, id: string): Promise<Result<string>> => this.read(accountId, id),
    update: async (accountId: string, id: string, body: unknown): Promise<Result<string>> =>
      this.update(accountId, id, body),
    list: async (accountId: string, query: ListQuery): Promise<Result<string>> => this.list(accountId, query),
  };

  async get(accountId: string, id: string): Promise<Result<AiIntegration>> {
    const read = await this.read(accountId, id);
    return read.ok ? ok(this.resourceOf(read.value)) : read;
  }

  async delete(accountId: string, id: string): Promise<Result<void>> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const read = await this.read(accountId, id);
      if (!read.ok) return read;
      const { name } = this.resourceOf(read.value);
      if (
        (await this.redis.script(DELETE, [this.prefix, this.accountKey(accountId), id, read.value, nameKey(name)])) ===
        1
      )
        return ok(undefined);
    }
    throw new Error(`RedisStore.delete: ${id} kept changing under ${MAX_ATTEMPTS} attempts`);
  }

  async dump(accountId: string): Promise<AccountDump> {
    const [spaces, items] = await Promise.all([
      this.spaces(accountId),
      this.page(accountId, undefined, Number.MAX_SAFE_INTEGER),
    ]);
    return { spaces, ai_integrations: items.map((item) => this.resourceOf(item.json)) };
  }

  /** Counts one request of a rate-limit key for every replica at once. */
  async hit(key: string, windowMs: number): Promise<{ count: number; remainingMs: number }> {
    const reply = await this.redis.script(HIT, [this.prefix, `${this.prefix}:rl:${tag(key)}`, String(windowMs)]);
    const [count, remainingMs] = Array.isArray(reply) ? reply : [];
    if (typeof count !== 'number' || typeof remainingMs !== 'number')
      throw new Error(`RedisStore.hit: the rate script answered ${JSON.stringify(reply)}`);
    return { count, remainingMs };
  }

  /** The Redis key every key of an account starts with. */
  accountKey(accountId: string): string {
    return `${this.prefix}:a:${tag(accountId)}`;
  }

  private async create(accountId: string, body: unknown, userId: string | undefined): Promise<Result<string>> {
    const fields = this.checks.validBody('create', body);
    if (!fields.ok) return fields;
    const account = this.accountKey(accountId);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const reply = await this.redis.script(RESERVE, [this.prefix, account]);
      const [sequence, user, userNumber] = Array.isArray(reply) ? reply : [];
      if (typeof sequence !== 'number' || typeof user !== 'string' || typeof userNumber !== 'number')
        throw new Error(`RedisStore.create: the reservation script answered ${JSON.stringify(reply)}`);
      const accountUser = user === '' ? mintUserId(userNumber) : user;
      const stored = buildCreated(this.rules.create, this.rules.resourceFields, fields.value, {
        sequence,
        id: mintIntegrationId(sequence),
        userId: userId ?? accountUser,
        timestamp: nextTimestamp(this.now()),
      });
      const rejected = checkResultingState(this.rules.create, stored.resource);
      if (rejected) return fail(rejected);
      const json = JSON.stringify(stored.resource);
      const { id, name } = stored.resource;
      const inserted = await this.redis.script(INSERT, [
        this.prefix,
        account,
        id,
        String(sequence),
        nameKey(name),
        json,
        accountUser,
        tag(accountId),
      ]);
      if (inserted === 1) return ok(json);
      if (inserted === 0) return fail(this.checks.nameHeld('create', name));
    }
    throw new Error(`RedisStore.create: no sequence could be reserved in ${MAX_ATTEMPTS} attempts`);
  }

  private update(accountId: string, id: string, body: unknown): Promise<Result<string>> {
    const malformed = this.checks.id(id);
    if (malformed) return Promise.resolve(fail(malformed));
    const fields = this.checks.validBody('update', body);
    if (!fields.ok) return Promise.resolve(fields);
    const key = `${accountId}\u0000${id}`;
    return new Promise((resolve, reject) => {
      const queued = { body: fields.value, resolve, reject };
      const queue = this.patchQueues.get(key);
      if (queue) {
        queue.push(queued);
        return;
      }
      const started = [queued];
      this.patchQueues.set(key, started);
      void this.applyQueued(key, started, accountId, id);
    });
  }

  /**
   * Applies the PATCHes of one integration that wait on this replica, several in one step when
   * they came in while the previous step was under way (group commit): each is computed on the
   * state the one before it left, and the last state is stored by one script, if the integration is
   * still what was read (else all are computed again). Each gets the state after it, so they
   * take effect one after the other, in order, as the contract asks. A rename goes alone (its
   * uniqueness is checked by the script), so one refused name never touches another PATCH.
   * Without this, simultaneous PATCHes of one integration would all read the same version, and
   * all but one start over, again and again.
   */
  private async applyQueued(key: string, queue: QueuedPatch[], accountId: string, id: string): Promise<void> {
    const renames = (patch: QueuedPatch) => Object.hasOwn(patch.body, this.rules.update.nameField);
    for (let first = queue[0]; first !== undefined; first = queue[0]) {
      const end = renames(first) ? 1 : queue.findIndex(renames);
      const batch = queue.splice(0, Math.min(end < 0 ? queue.length : end, MAX_BATCH));
      try {
        const results = await this.applyPatches(
          accountId,
          id,
          batch.map((patch) => patch.body),
        );
        for (const [i, patch] of batch.entries()) {
          const result = results[i];
          if (result) patch.resolve(result);
          else patch.reject(new Error(`RedisStore.update: no result for PATCH ${i + 1} of ${batch.length}`));
        }
      } catch (error) {
        for (const patch of batch) patch.reject(error);
      }
    }
    this.patchQueues.delete(key);
  }

  private async applyPatches(
    accountId: string,
    id: string,
    bodies: ReadonlyArray<Record<string, unknown>>,
  ): Promise<Array<Result<string>>> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const read = await this.read(accountId, id);
      if (!read.ok) return bodies.map(() => read);
      const original = storedFromResource(this.resourceOf(read.value));
      let current = original;
      let json = read.value;
      const results = bodies.map((body) => {
        const next = applyUpdate(this.rules.update, this.rules.resourceFields, current, body, this.now());
        const rejected = checkResultingState(this.rules.update, next.resource);
        if (rejected) return fail(rejected);
        current = next;
        json = JSON.stringify(next.resource);
        return ok(json);
      });
      if (current === original) return results;
      const args = [
        this.prefix,
        this.accountKey(accountId),
        id,
        read.value,
        json,
        nameKey(original.resource.name),
        nameKey(current.resource.name),
      ];
      const stored = await this.redis.script(UPDATE, args);
      if (stored === 1) return results;
      // Only a batch of one renames (see applyQueued).
      if (stored === 0) return [fail(this.checks.nameHeld('update', current.resource.name))];
    }
    throw new Error(`RedisStore.update: ${id} kept changing under ${MAX_ATTEMPTS} attempts`);
  }

  private async read(accountId: string, id: string): Promise<Result<string>> {
    const malformed = this.checks.id(id);
    if (malformed) return fail(malformed);
    const json = await this.redis.command(['HGET', `${this.accountKey(accountId)}:rec`, id]);
    return typeof json === 'string' ? ok(json) : fail(this.checks.notFound(id));
  }

  private async list(accountId: string, query: ListQuery): Promise<Result<string>> {
    const cursor = cursorBefore(query);
    if (!cursor.ok) return cursor;
    const filtered = query.name !== undefined || query.space_id !== undefined || query.space_name !== undefined;
    const matches = listFilter(filtered ? await this.spaces(accountId) : [], query);
    const page: Array<{ sequence: number; json: string }> = [];
    let before = cursor.value;
    let hasMore = false;
    // Without filters one read gives the page and tells whether more follow; with them, chunks until the page is full.
    const chunk = filtered ? Math.max(PAGE_CHUNK, query.limit + 1) : query.limit + 1;
    for (;;) {
      const items = await this.page(accountId, before, chunk);
      for (const item of items) {
        if (filtered && !matches(this.resourceOf(item.json))) continue;
        if (page.length === query.limit) {
          hasMore = true;
          break;
        }
        page.push(item);
      }
      const oldest = items.at(-1);
      if (hasMore || items.length < chunk || oldest === undefined) break;
      before = oldest.sequence;
    }
    return ok(
      listJson(
        page.map((item) => item.json),
        paginationAfter(page.at(-1)?.sequence ?? 0, hasMore),
      ),
    );
  }

  /** Up to `count` integrations newest first, strictly below `before`, read in one step. */
  private async page(
    accountId: string,
    before: number | undefined,
    count: number,
  ): Promise<Array<{ sequence: number; json: string }>> {
    const flat = await this.redis.script(PAGE, [
      this.prefix,
      this.accountKey(accountId),
      before === undefined ? '' : String(before),
      String(Math.min(count, 1_000_000)),
    ]);
    if (!Array.isArray(flat)) throw new Error(`RedisStore: the page script answered ${JSON.stringify(flat)}`);
    const items: Array<{ sequence: number; json: string }> = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const json: unknown = flat[i + 1];
      if (typeof json !== 'string') throw new Error(`RedisStore: the page script answered ${typeof json} records`);
      items.push({ sequence: Number(flat[i]), json });
    }
    return items;
  }

  private async spaces(accountId: string): Promise<Space[]> {
    const text = await this.redis.command(['HGET', `${this.accountKey(accountId)}:meta`, 'spaces']);
    if (typeof text !== 'string') return [];
    const spaces: unknown = JSON.parse(text);
    return Array.isArray(spaces) ? spaces.filter(isSpace) : [];
  }

  /**
   * An integration as Redis holds it, checked against the contract's resource schema: Redis is
   * shared, so its records come from outside this process.
   */
  private resourceOf(json: string): AiIntegration {
    const resource: unknown = JSON.parse(json);
    if (isResource(resource, this.rules.validateResource)) return resource;
    throw new Error(`RedisStore: a record under ${this.prefix} is not an AI integration: ${json.slice(0, 200)}`);
  }
}

interface QueuedPatch {
  readonly body: Record<string, unknown>;
  resolve(result: Result<string>): void;
  reject(error: unknown): void;
}

/** An account's name (a bearer token, or a keys file's account) as a key part: base64url, so no name can reach another's keys. */
export function tag(accountId: string): string {
  return Buffer.from(accountId, 'utf8').toString('base64url');
}

/**
 * A name as the key of the account's name index: its JSON text, which spells every string
 * exactly (a lone surrogate included), so two names never share a key. Case-sensitive, as the
 * uniqueness rule is.
 */
export function nameKey(name: string): string {
  return JSON.stringify(name);
}
