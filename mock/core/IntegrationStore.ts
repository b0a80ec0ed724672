import type { AiIntegration, AiIntegrationList, ValidationIssue } from '../../spec/index.js';
import { AccountState, type Space } from './AccountState.js';
import { applyUpdate } from './applyUpdate.js';
import { buildCreated } from './buildCreated.js';
import { checkResultingState } from './checkResultingState.js';
import { closestName } from './closestName.js';
import { mintIntegrationId, mintUserId, parseIntegrationId } from './ids.js';
import { listPage, listPageJson, type ListQuery } from './listPage.js';
import type { MockRules } from './MockRules.js';
import { nextTimestamp } from './nextTimestamp.js';
import { fail, ok, type Failure, type Result } from './Result.js';
import { resourceJson, toResource, type StoredIntegration } from './StoredIntegration.js';

export interface IntegrationStoreOptions {
  /** The clock, in ms since the epoch; tests freeze it to check updated_at within one millisecond. */
  readonly now?: () => number;
}

/** What an account holds, as the admin dump shows it (api keys excluded: only has_api_key). */
export interface AccountDump {
  readonly spaces: readonly Space[];
  readonly ai_integrations: readonly AiIntegration[];
}

/**
 * The in-memory state of the mock: accounts, each with its integrations, and the operations of
 * the contract on them. Every operation validates everything before it changes anything, and
 * returns a Result rather than throwing. No HTTP here: Express only transports.
 */
export class IntegrationStore {
  private readonly accounts = new Map<string, AccountState>();
  private readonly now: () => number;
  private lastSequence = 0;

  constructor(
    private readonly rules: MockRules,
    options: IntegrationStoreOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /** The account, created empty on first use (by default every token is its own account). */
  account(accountId: string): AccountState {
    let account = this.accounts.get(accountId);
    if (!account) {
      account = new AccountState(mintUserId(this.accounts.size + 1));
      this.accounts.set(accountId, account);
    }
    return account;
  }

  /** Forgets every account and restarts the id sequence (admin reset, fixture loading). */
  clear(): void {
    this.accounts.clear();
    this.lastSequence = 0;
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
    create: (accountId: string, body: unknown, userId?: string): Result<string> => this.mapStored(this.createStored(accountId, body, userId), resourceJson),
    get: (accountId: string, id: string): Result<string> => this.mapStored(this.find(accountId, id), resourceJson),
    update: (accountId: string, id: string, body: unknown): Result<string> => this.mapStored(this.updateStored(accountId, id, body), resourceJson),
    list: (accountId: string, query: ListQuery): Result<string> => listPageJson(this.accounts.get(accountId), query),
  };

  private mapStored<T>(result: Result<StoredIntegration>, view: (stored: StoredIntegration) => T): Result<T> {
    return result.ok ? ok(view(result.value)) : result;
  }

  private createStored(accountId: string, body: unknown, userId?: string): Result<StoredIntegration> {
    const rules = this.rules.create;
    const invalid = this.validateBody(rules.validate(body), rules.invalidStatus, 'create', body);
    if (invalid) return fail(invalid);
    const fields = body as Record<string, unknown>;
    // A refused create must leave no trace, not even an empty account for a new token.
    const existing = this.accounts.get(accountId);
    const sequence = this.lastSequence + 1;
    const stored = buildCreated(rules, this.rules.resourceFields, fields, {
      sequence,
      id: mintIntegrationId(sequence),
      userId: userId ?? existing?.defaultUserId ?? mintUserId(this.accounts.size + 1),
      timestamp: nextTimestamp(this.now()),
    });
    const rejected = checkResultingState(rules, stored.resource) ?? (existing ? this.nameTaken(existing, stored.resource.name, undefined, rules) : undefined);
    if (rejected) return fail(rejected);
    this.lastSequence = sequence;
    this.account(accountId).insert(stored);
    return ok(stored);
  }

  private updateStored(accountId: string, id: string, body: unknown): Result<StoredIntegration> {
    const rules = this.rules.update;
    const malformed = this.checkId(id);
    if (malformed) return fail(malformed);
    const invalid = this.validateBody(rules.validate(body), rules.invalidStatus, 'update', body);
    if (invalid) return fail(invalid);
    const found = this.find(accountId, id);
    if (!found.ok) return found;
    // Atomic: the whole new state is computed on a copy and checked before anything is stored.
    const next = applyUpdate(rules, this.rules.resourceFields, found.value, body as Record<string, unknown>, this.now());
    const account = this.account(accountId);
    const rejected = checkResultingState(rules, next.resource) ?? this.nameTaken(account, next.resource.name, id, rules);
    if (rejected) return fail(rejected);
    account.replace(next);
    return ok(next);
  }

  delete(accountId: string, id: string): Result<void> {
    const found = this.find(accountId, id);
    if (!found.ok) return found;
    this.account(accountId).remove(id);
    return ok(undefined);
  }

  list(accountId: string, query: ListQuery): Result<AiIntegrationList> {
    return listPage(this.accounts.get(accountId), query);
  }

  /** Sets the spaces the list's space filters know for an account (from fixtures). */
  setSpaces(accountId: string, spaces: readonly Space[]): void {
    this.account(accountId).spaces = structuredClone(spaces);
  }

  dump(accountId: string): AccountDump {
    const account = this.accounts.get(accountId);
    return {
      spaces: structuredClone(account?.spaces ?? []),
      ai_integrations: [...(account?.newestFirst() ?? [])].map(toResource),
    };
  }

  private find(accountId: string, id: string): Result<StoredIntegration> {
    const malformed = this.checkId(id);
    if (malformed) return fail(malformed);
    const stored = this.accounts.get(accountId)?.get(id);
    // Another account's id is answered exactly like an unknown one (rule not-found).
    if (!stored) return fail({ status: this.rules.notFoundStatus, rule: 'not-found', detail: `No AI integration with id ${id}.` });
    return ok(stored);
  }

  private checkId(id: string): Failure | undefined {
    if (parseIntegrationId(id) !== undefined) return undefined;
    return {
      status: this.rules.malformedIdStatus,
      rule: 'malformed-id',
      detail: 'The integration id is malformed.',
      errors: [{ pointer: '/path/integration_id', message: 'must be the base64 of LlmIntegration:<n>:<4 alphanumeric characters>' }],
    };
  }

  private validateBody(issues: ValidationIssue[], status: number, operation: 'create' | 'update', body: unknown): Failure | undefined {
    if (issues.length === 0) return undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return { status: this.rules.malformedBodyStatus, rule: 'malformed-body', detail: 'The request body must be a JSON object.', errors: issues };
    }
    if (operation === 'update' && !this.hasKnownField(body)) {
      // `{}` and a body of unknown properties only are both "nothing to update" (rule non-empty);
      // the latter is most often a typo, so the detail names what was sent.
      const unknown = Object.keys(body);
      const detail = `At least one updatable field must be provided${unknown.length === 0 ? '' : `: ${describeUnknown(unknown, this.rules.update.fields)}`}.`;
      return { status: this.rules.nonEmptyStatus, rule: 'non-empty', detail, errors: issues };
    }
    // A value spelled as another edition spells it: say which edition this mock serves.
    const foreign = this.rules.spelling.foreignValues(body);
    if (foreign.length > 0) return { status, rule: 'types-enforced', detail: this.rules.spelling.describe(foreign), errors: issues };
    const summary = issues.slice(0, 3).map((issue) => `${issue.pointer} ${issue.message}`).join('; ');
    return { status, rule: 'types-enforced', detail: `The request body is invalid: ${summary}${issues.length > 3 ? '; ...' : ''}.`, errors: issues };
  }

  private hasKnownField(body: unknown): boolean {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return true;
    return this.rules.update.fields.some((field) => Object.hasOwn(body, field));
  }

  private nameTaken(account: AccountState, name: string, ownId: string | undefined, rules: MockRules['create']): Failure | undefined {
    const holder = account.idOfName(name);
    if (holder === undefined || holder === ownId) return undefined;
    return {
      status: rules.nameUniqueStatus,
      rule: rules.ruleIds.unique,
      detail: `An AI integration named ${JSON.stringify(name)} already exists in this account.`,
      errors: [{ pointer: `/body/${rules.nameField}`, message: 'is already used by another integration of this account' }],
    };
  }
}

/** `"nmae" is not a field of the update body (did you mean "name"?)`, naming at most three. */
function describeUnknown(names: readonly string[], fields: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name));
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')}${more ? ', ' : ' and '}${shown[shown.length - 1]!}${more}`;
  const meant = [...new Set(names.slice(0, 3).map((name) => closestName(name, fields)).filter((field) => field !== undefined))];
  const hint = meant.length === 0 ? '' : ` (did you mean ${meant.map((field) => JSON.stringify(field)).join(' or ')}?)`;
  return `${list} ${names.length === 1 ? 'is not a field' : 'are not fields'} of the update body${hint}`;
}
