import type { AiIntegration, AiIntegrationList } from '../../spec/index.js';
import { AccountState, type Space } from './AccountState.js';
import { applyUpdate } from './applyUpdate.js';
import { buildCreated } from './buildCreated.js';
import { checkResultingState } from './checkResultingState.js';
import { mintIntegrationId, mintUserId } from './ids.js';
import { listPage, listPageJson, type ListQuery } from './listPage.js';
import type { MockRules } from './MockRules.js';
import type { AccountDump, MockStore } from './MockStore.js';
import { nextTimestamp } from './nextTimestamp.js';
import { fail, ok, type Result } from './Result.js';
import { StoreChecks } from './StoreChecks.js';
import type { StoreSnapshot } from './StoreSnapshot.js';
import { resourceJson, toResource, type IntegrationRecord } from './IntegrationRecord.js';

export interface IntegrationStoreOptions {
  /** The clock, in ms since the epoch; tests freeze it to check updated_at within one millisecond. */
  readonly now?: () => number;
  /** Called after every change that succeeded (a state file schedules its write from it). */
  readonly onChange?: () => void;
}

/**
 * The in-memory state of the mock: accounts, each with its integrations, and the operations of
 * the contract on them. Every operation validates everything before it changes anything, and
 * returns a Result rather than throwing. No HTTP here: Express only transports.
 */
export class IntegrationStore implements MockStore {
  private readonly accounts = new Map<string, AccountState>();
  private readonly checks: StoreChecks;
  private readonly now: () => number;
  private readonly changed: () => void;
  private lastSequence = 0;
  /** Accounts ever opened: the next account's default user is the next number. */
  private lastUser = 0;

  constructor(
    private readonly rules: MockRules,
    options: IntegrationStoreOptions = {},
  ) {
    this.checks = new StoreChecks(rules);
    this.now = options.now ?? Date.now;
    this.changed = options.onChange ?? (() => undefined);
  }

  /** The account, created empty on first use (by default every token is its own account). */
  account(accountId: string): AccountState {
    let account = this.accounts.get(accountId);
    if (!account) {
      account = new AccountState(mintUserId(this.lastUser + 1));
      this.lastUser += 1;
      this.accounts.set(accountId, account);
    }
    return account;
  }

  /** Forgets every account and restarts the id sequence (admin reset, fixture loading). */
  clear(): void {
    this.accounts.clear();
    this.lastSequence = 0;
    this.lastUser = 0;
    this.changed();
  }

  /**
   * Gives one account what `source` holds for it (nothing: the account is forgotten). Its records
   * are never changed in place, so they can be shared. `source` is a store built from fixtures
   * this one started from or grew past, so its sequences are not above this store's.
   */
  adoptAccount(accountId: string, source: IntegrationStore): void {
    const account = source.accounts.get(accountId);
    if (account) this.accounts.set(accountId, account.copy());
    else this.accounts.delete(accountId);
    this.changed();
  }

  /** Every account, in the order they were opened, with its integrations oldest first. */
  snapshot(): StoreSnapshot {
    return {
      sequence: this.lastSequence,
      users: this.lastUser,
      accounts: [...this.accounts].map(([account, state]) => ({
        account,
        user: state.defaultUserId,
        spaces: structuredClone(state.spaces),
        ai_integrations: [...state.newestFirst()].reverse(),
      })),
    };
  }

  /** A store holding a snapshot's accounts (already checked by readSnapshotDocument). */
  static fromSnapshot(
    rules: MockRules,
    snapshot: StoreSnapshot,
    options: IntegrationStoreOptions = {},
  ): IntegrationStore {
    const store = new IntegrationStore(rules, options);
    for (const entry of snapshot.accounts) {
      const account = new AccountState(entry.user, structuredClone(entry.spaces));
      for (const stored of entry.ai_integrations) account.insert(stored);
      store.accounts.set(entry.account, account);
    }
    store.lastSequence = snapshot.sequence;
    store.lastUser = snapshot.users;
    return store;
  }

  create(accountId: string, body: unknown, userId?: string): Result<AiIntegration> {
    return this.mapStored(this.createStored(accountId, body, userId), toResource);
  }

  get(accountId: string, id: string): Result<AiIntegration> {
    return this.mapStored(this.find(accountId, id), toResource);
  }

  update(accountId: string, id: string, body: unknown): Result<AiIntegration> {
    return this.mapStored(this.updateStored(accountId, id, body), toResource);
  }

  /**
   * The same operations answering the resource as JSON text, for a server that writes it as is:
   * each stored record is serialized once, and no copy is made (the text cannot reach the store).
   */
  readonly json = {
    create: (accountId: string, body: unknown, userId?: string): Result<string> =>
      this.mapStored(this.createStored(accountId, body, userId), resourceJson),
    get: (accountId: string, id: string): Result<string> => this.mapStored(this.find(accountId, id), resourceJson),
    update: (accountId: string, id: string, body: unknown): Result<string> =>
      this.mapStored(this.updateStored(accountId, id, body), resourceJson),
    list: (accountId: string, query: ListQuery): Result<string> => listPageJson(this.accounts.get(accountId), query),
  };

  private mapStored<T>(result: Result<IntegrationRecord>, view: (stored: IntegrationRecord) => T): Result<T> {
    return result.ok ? ok(view(result.value)) : result;
  }

  private createStored(accountId: string, body: unknown, userId?: string): Result<IntegrationRecord> {
    const rules = this.rules.create;
    const fields = this.checks.validBody('create', body);
    if (!fields.ok) return fields;
    // A refused create must leave no trace, not even an empty account for a new token.
    const existing = this.accounts.get(accountId);
    const sequence = this.lastSequence + 1;
    const stored = buildCreated(rules, this.rules.resourceFields, fields.value, {
      sequence,
      id: mintIntegrationId(sequence),
      userId: userId ?? existing?.defaultUserId ?? mintUserId(this.lastUser + 1),
      timestamp: nextTimestamp(this.now()),
    });
    const rejected =
      checkResultingState(rules, stored.resource) ??
      (existing
        ? this.checks.nameTaken('create', stored.resource.name, existing.idOfName(stored.resource.name))
        : undefined);
    if (rejected) return fail(rejected);
    this.lastSequence = sequence;
    this.account(accountId).insert(stored);
    this.changed();
    return ok(stored);
  }

  private updateStored(accountId: string, id: string, body: unknown): Result<IntegrationRecord> {
    const rules = this.rules.update;
    const malformed = this.checks.id(id);
    if (malformed) return fail(malformed);
    const fields = this.checks.validBody('update', body);
    if (!fields.ok) return fields;
    const found = this.find(accountId, id);
    if (!found.ok) return found;
    // Atomic: the whole new state is computed on a copy and checked before anything is stored.
    const next = applyUpdate(rules, this.rules.resourceFields, found.value, fields.value, this.now());
    const account = this.account(accountId);
    const rejected =
      checkResultingState(rules, next.resource) ??
      this.checks.nameTaken('update', next.resource.name, account.idOfName(next.resource.name), id);
    if (rejected) return fail(rejected);
    account.replace(next);
    this.changed();
    return ok(next);
  }

  delete(accountId: string, id: string): Result<void> {
    const found = this.find(accountId, id);
    if (!found.ok) return found;
    this.account(accountId).remove(id);
    this.changed();
    return ok(undefined);
  }

  list(accountId: string, query: ListQuery): Result<AiIntegrationList> {
    return listPage(this.accounts.get(accountId), query);
  }

  /** Sets the spaces the list's space filters know for an account (from fixtures). */
  setSpaces(accountId: string, spaces: readonly Space[]): void {
    this.account(accountId).spaces = structuredClone(spaces);
    this.changed();
  }

  dump(accountId: string): AccountDump {
    const account = this.accounts.get(accountId);
    return {
      spaces: structuredClone(account?.spaces ?? []),
      ai_integrations: [...(account?.newestFirst() ?? [])].map(toResource),
    };
  }

  private find(accountId: string, id: string): Result<IntegrationRecord> {
    const malformed = this.checks.id(id);
    if (malformed) return fail(malformed);
    const stored = this.accounts.get(accountId)?.get(id);
    if (!stored) return fail(this.checks.notFound(id));
    return ok(stored);
  }
}
