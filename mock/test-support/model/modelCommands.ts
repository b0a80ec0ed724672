import fc from 'fast-check';
import { expect } from 'vitest';
import { accountArb, createBodyArb, listQueryArb, patchArb, targetArb, type Patch, type Target } from './commandArbitraries.js';
import { comparable, createdFields, patchedFields, violations, type ContractModel, type ModelIntegration, type ModelRules } from './contractModel.js';
import type { AccountName, ApiReply, IntegrationsApi } from './IntegrationsApi.js';

type Cmd = fc.AsyncCommand<ContractModel, IntegrationsApi>;

const UNKNOWN_ID = Buffer.from('LlmIntegration:999999999:zZzZ').toString('base64');
/** Passes the spec's base64 pattern but is not an integration id: the mock's own 400. */
const MALFORMED_ID = Buffer.from('nope').toString('base64');
const other = (account: AccountName): AccountName => (account === 'A' ? 'B' : 'A');

/** The id a target names in the current model state, and the model integration it is, if any. */
function resolve(model: ContractModel, account: AccountName, target: Target): { id: string; own?: ModelIntegration } {
  const pick = (list: ModelIntegration[]) => list[target.index % Math.max(list.length, 1)];
  if (target.kind === 'malformed') return { id: MALFORMED_ID };
  if (target.kind === 'unknown') return { id: UNKNOWN_ID };
  if (target.kind === 'foreign') return { id: pick(model.accounts[other(account)])?.id ?? UNKNOWN_ID };
  const own = pick(model.accounts[account]);
  return own ? { id: own.id, own } : { id: UNKNOWN_ID };
}

function expectStatus(reply: ApiReply, allowed: number[], what: string): void {
  expect(allowed, `${what}: got ${reply.status} ${JSON.stringify(reply.body)}`).toContain(reply.status);
}

function expectSameIntegration(rules: ModelRules, actual: Record<string, unknown>, expected: ModelIntegration): void {
  expect(comparable(rules, actual)).toEqual(expected.fields);
  expect(actual.id).toBe(expected.id);
  expect(actual.created_at).toBe(expected.created_at);
  expect(actual.updated_at).toBe(expected.updated_at);
  expect(actual.created_by_user_id).toBe(expected.created_by_user_id);
}

class CreateCommand implements Cmd {
  constructor(
    readonly rules: ModelRules,
    readonly account: AccountName,
    readonly body: Record<string, unknown>,
  ) {}
  check = () => true;
  async run(model: ContractModel, api: IntegrationsApi): Promise<void> {
    const list = model.accounts[this.account];
    const fields = createdFields(this.rules, this.body);
    const broken = violations(this.rules, fields, list.some((i) => i.fields.name === this.body.name));
    const reply = await api.create(this.account, this.body);
    if (broken.length > 0) return expectStatus(reply, broken, 'create breaking a rule');
    expectStatus(reply, [201], 'valid create');
    expect(comparable(this.rules, reply.body)).toEqual(fields);
    expect(reply.body.created_at).toBe(reply.body.updated_at);
    list.push({ id: reply.body.id, fields, created_at: reply.body.created_at, updated_at: reply.body.updated_at, created_by_user_id: reply.body.created_by_user_id });
  }
  toString = () => `create(${this.account}, ${JSON.stringify(this.body)})`;
}

class PatchCommand implements Cmd {
  constructor(
    readonly rules: ModelRules,
    readonly account: AccountName,
    readonly target: Target,
    readonly patch: Patch,
  ) {}
  check = () => true;
  async run(model: ContractModel, api: IntegrationsApi): Promise<void> {
    const { id, own } = resolve(model, this.account, this.target);
    const reply = await api.update(this.account, id, this.patch.body);
    if (id === MALFORMED_ID) return expectStatus(reply, [400], 'patch of a malformed id');
    if (!this.patch.schemaValid) return expectStatus(reply, own ? [400] : [400, 404], 'schema-invalid patch');
    if (!own) return expectStatus(reply, [404], 'patch of an unknown or foreign id');
    const fields = patchedFields(this.rules, own.fields, this.patch.body);
    const nameTaken = model.accounts[this.account].some((i) => i.id !== own.id && i.fields.name === fields.name);
    const broken = violations(this.rules, fields, nameTaken);
    if (broken.length > 0) return expectStatus(reply, broken, 'patch breaking a rule');
    expectStatus(reply, [200], 'valid patch');
    expect(comparable(this.rules, reply.body)).toEqual(fields);
    expect(reply.body.id).toBe(own.id);
    expect(reply.body.created_at).toBe(own.created_at);
    expect(reply.body.created_by_user_id).toBe(own.created_by_user_id);
    expect(Date.parse(reply.body.updated_at)).toBeGreaterThan(Date.parse(own.updated_at));
    const list = model.accounts[this.account];
    list[list.indexOf(own)] = { ...own, fields, updated_at: reply.body.updated_at };
  }
  toString = () => `patch(${this.account}, ${JSON.stringify(this.target)}, ${JSON.stringify(this.patch.body)})`;
}

class GetCommand implements Cmd {
  constructor(
    readonly rules: ModelRules,
    readonly account: AccountName,
    readonly target: Target,
  ) {}
  check = () => true;
  async run(model: ContractModel, api: IntegrationsApi): Promise<void> {
    const { id, own } = resolve(model, this.account, this.target);
    const reply = await api.get(this.account, id);
    if (id === MALFORMED_ID) return expectStatus(reply, [400], 'get of a malformed id');
    if (!own) return expectStatus(reply, [404], 'get of an unknown or foreign id');
    expectStatus(reply, [200], 'get');
    expectSameIntegration(this.rules, reply.body, own);
  }
  toString = () => `get(${this.account}, ${JSON.stringify(this.target)})`;
}

class DeleteCommand implements Cmd {
  constructor(
    readonly account: AccountName,
    readonly target: Target,
  ) {}
  check = () => true;
  async run(model: ContractModel, api: IntegrationsApi): Promise<void> {
    const { id, own } = resolve(model, this.account, this.target);
    const reply = await api.remove(this.account, id);
    if (id === MALFORMED_ID) return expectStatus(reply, [400], 'delete of a malformed id');
    if (!own) return expectStatus(reply, [404], 'delete of an unknown or foreign id');
    expectStatus(reply, [204], 'delete');
    const list = model.accounts[this.account];
    list.splice(list.indexOf(own), 1);
  }
  toString = () => `delete(${this.account}, ${JSON.stringify(this.target)})`;
}

/** Walks every page and compares the whole walk with the model, newest first. */
class ListCommand implements Cmd {
  constructor(
    readonly rules: ModelRules,
    readonly account: AccountName,
    readonly query: { limit: number; name?: string | undefined },
  ) {}
  check = () => true;
  async run(model: ContractModel, api: IntegrationsApi): Promise<void> {
    const needle = this.query.name?.toLowerCase();
    const expected = [...model.accounts[this.account]].reverse().filter((i) => needle === undefined || String(i.fields.name).toLowerCase().includes(needle));
    const seen: Array<Record<string, unknown>> = [];
    let cursor: string | undefined;
    for (let page = 0; page <= expected.length; page += 1) {
      const reply = await api.list(this.account, { limit: this.query.limit, ...(cursor === undefined ? {} : { cursor }), ...(this.query.name === undefined ? {} : { name: this.query.name }) });
      expectStatus(reply, [200], 'list');
      const { ai_integrations: items, pagination } = reply.body as { ai_integrations: Array<Record<string, unknown>>; pagination: { has_more: boolean; next_cursor?: string } };
      expect(items.length).toBeLessThanOrEqual(this.query.limit);
      seen.push(...items);
      if (!pagination.has_more) {
        expect(pagination.next_cursor).toBeUndefined();
        break;
      }
      expect(typeof pagination.next_cursor).toBe('string');
      expect(items.length).toBe(this.query.limit);
      cursor = pagination.next_cursor;
    }
    expect(seen.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    seen.forEach((item, index) => expectSameIntegration(this.rules, item, expected[index]!));
  }
  toString = () => `list(${this.account}, ${JSON.stringify(this.query)})`;
}

/** Command sequences over two accounts and a handful of integrations. */
export function modelCommands(rules: ModelRules, maxCommands: number) {
  return fc.commands(
    [
      fc.tuple(accountArb, createBodyArb).map(([account, body]) => new CreateCommand(rules, account, body as Record<string, unknown>)),
      fc.tuple(accountArb, createBodyArb).map(([account, body]) => new CreateCommand(rules, account, body as Record<string, unknown>)),
      fc.tuple(accountArb, targetArb, patchArb).map(([account, target, patch]) => new PatchCommand(rules, account, target, patch)),
      fc.tuple(accountArb, targetArb, patchArb).map(([account, target, patch]) => new PatchCommand(rules, account, target, patch)),
      fc.tuple(accountArb, targetArb).map(([account, target]) => new GetCommand(rules, account, target)),
      fc.tuple(accountArb, targetArb).map(([account, target]) => new DeleteCommand(account, target)),
      fc.tuple(accountArb, listQueryArb).map(([account, query]) => new ListCommand(rules, account, query)),
    ],
    { maxCommands, size: 'max' },
  );
}

export function emptyModel(): ContractModel {
  return { accounts: { A: [], B: [] } };
}
