import fc from 'fast-check';
import { expect } from 'vitest';
import {
  compareInstants,
  contractModel,
  type Accepted,
  type Contract,
  type ContractModel,
  type OperationName,
  type Outcome,
} from '../../../spec/index.js';
import { MOCK_TIMESTAMP } from '../mockDecisions.js';
import { accountArb, bodyArbitraries, listQueryArb, targetArb, type Body, type Target } from './commandArbitraries.js';
import type { AccountName, ApiReply, ModelTarget } from './ModelTarget.js';
import { expectIntegration, type ModelIntegration, type ModelState } from './modelState.js';

type Cmd = fc.AsyncCommand<ModelState, ModelTarget>;

const UNKNOWN_ID = Buffer.from('LlmIntegration:999999999:zZzZ').toString('base64');
/** Passes the spec's base64 pattern but is not an integration id: the mock's own 400. */
const MALFORMED_ID = Buffer.from('nope').toString('base64');
const other = (account: AccountName): AccountName => (account === 'A' ? 'B' : 'A');

/**
 * What the commands share: the contract (its body validators check the arbitraries' schemaValid
 * labels) and its model, spec/contractModel: the one oracle of what a create or PATCH does, the
 * conformance kit's too.
 */
export interface ModelContext {
  readonly contract: Contract;
  readonly model: ContractModel;
}

/** The id a target names in the current model state, and the model integration it is, if any. */
function resolve(state: ModelState, account: AccountName, target: Target): { id: string; own?: ModelIntegration } {
  const pick = (list: ModelIntegration[]) => list[target.index % Math.max(list.length, 1)];
  if (target.kind === 'malformed') return { id: MALFORMED_ID };
  if (target.kind === 'unknown') return { id: UNKNOWN_ID };
  if (target.kind === 'foreign') return { id: pick(state.accounts[other(account)])?.id ?? UNKNOWN_ID };
  const own = pick(state.accounts[account]);
  return own ? { id: own.id, own } : { id: UNKNOWN_ID };
}

function expectStatus(reply: ApiReply, allowed: readonly number[], what: string): void {
  expect(allowed, `${what}: got ${reply.status} ${JSON.stringify(reply.body)}`).toContain(reply.status);
}

/** The arbitrary's label must agree with the spec's schema, or the model would predict the wrong status. */
function expectLabel(ctx: ModelContext, operation: OperationName, body: Body): void {
  const issues = ctx.contract.operation(operation).requestBody!.validate(body.body);
  expect(issues.length === 0, `schemaValid label of ${JSON.stringify(body.body)}: ${JSON.stringify(issues)}`).toBe(
    body.schemaValid,
  );
}

/**
 * A refusal the oracle predicts: one of its statuses. The mock holds every strict decision the
 * outcome rests on (`silent`: a provider change, metadata on any provider, no model source are all
 * accepted), so an accepted outcome is a success whatever `silent` says.
 */
function expectOutcome(reply: ApiReply, outcome: Outcome, success: number, what: string): outcome is Accepted {
  if (!outcome.accepted) {
    expectStatus(reply, outcome.statuses, `${what} breaking ${outcome.rules.join(', ')}`);
    return false;
  }
  expectStatus(reply, [success], `valid ${what}`);
  return true;
}

class CreateCommand implements Cmd {
  constructor(
    readonly ctx: ModelContext,
    readonly account: AccountName,
    readonly create: Body,
  ) {}
  check = () => true;
  async run(state: ModelState, api: ModelTarget): Promise<void> {
    expectLabel(this.ctx, 'create', this.create);
    const list = state.accounts[this.account];
    const reply = await api.create(this.account, this.create.body);
    // A null in any create field, or another schema violation: 400 whatever the state, nothing stored.
    if (!this.create.schemaValid) return expectStatus(reply, [400], 'schema-invalid create');
    const outcome = this.ctx.model.create(
      this.create.body,
      list.map((i) => i.fields.name),
    );
    if (!expectOutcome(reply, outcome, 201, 'create')) return;
    expect(reply.body.created_at).toMatch(MOCK_TIMESTAMP);
    expect(reply.body.updated_at).toBe(reply.body.created_at);
    const created: ModelIntegration = {
      id: reply.body.id,
      fields: outcome.after,
      created_at: reply.body.created_at,
      updated_at: reply.body.updated_at,
      created_by_user_id: reply.body.created_by_user_id,
    };
    expect(
      [...state.accounts.A, ...state.accounts.B].map((i) => i.id),
      'a fresh id',
    ).not.toContain(created.id);
    expectIntegration(this.ctx.contract, reply.body, created);
    list.push(created);
  }
  toString = () => `create(${this.account}, ${JSON.stringify(this.create.body)})`;
}

class PatchCommand implements Cmd {
  constructor(
    readonly ctx: ModelContext,
    readonly account: AccountName,
    readonly target: Target,
    readonly patch: Body,
  ) {}
  check = () => true;
  async run(state: ModelState, api: ModelTarget): Promise<void> {
    expectLabel(this.ctx, 'update', this.patch);
    const { id, own } = resolve(state, this.account, this.target);
    const reply = await api.update(this.account, id, this.patch.body);
    if (id === MALFORMED_ID) return expectStatus(reply, [400], 'patch of a malformed id');
    if (!this.patch.schemaValid) return expectStatus(reply, own ? [400] : [400, 404], 'schema-invalid patch');
    if (!own) return expectStatus(reply, [404], 'patch of an unknown or foreign id');
    const list = state.accounts[this.account];
    const outcome = this.ctx.model.update(
      own.fields,
      this.patch.body,
      list.filter((i) => i !== own).map((i) => i.fields.name),
    );
    if (!expectOutcome(reply, outcome, 200, 'patch')) return;
    expect(
      compareInstants(reply.body.updated_at, own.updated_at),
      `updated_at ${reply.body.updated_at} after ${own.updated_at}`,
    ).toBe(1);
    const patched: ModelIntegration = { ...own, fields: outcome.after, updated_at: reply.body.updated_at };
    expectIntegration(this.ctx.contract, reply.body, patched);
    list[list.indexOf(own)] = patched;
  }
  toString = () => `patch(${this.account}, ${JSON.stringify(this.target)}, ${JSON.stringify(this.patch.body)})`;
}

class GetCommand implements Cmd {
  constructor(
    readonly ctx: ModelContext,
    readonly account: AccountName,
    readonly target: Target,
  ) {}
  check = () => true;
  async run(state: ModelState, api: ModelTarget): Promise<void> {
    const { id, own } = resolve(state, this.account, this.target);
    const reply = await api.get(this.account, id);
    if (id === MALFORMED_ID) return expectStatus(reply, [400], 'get of a malformed id');
    if (!own) return expectStatus(reply, [404], 'get of an unknown or foreign id');
    expectStatus(reply, [200], 'get');
    expectIntegration(this.ctx.contract, reply.body, own);
  }
  toString = () => `get(${this.account}, ${JSON.stringify(this.target)})`;
}

class DeleteCommand implements Cmd {
  constructor(
    readonly account: AccountName,
    readonly target: Target,
  ) {}
  check = () => true;
  async run(state: ModelState, api: ModelTarget): Promise<void> {
    const { id, own } = resolve(state, this.account, this.target);
    const reply = await api.remove(this.account, id);
    if (id === MALFORMED_ID) return expectStatus(reply, [400], 'delete of a malformed id');
    if (!own) return expectStatus(reply, [404], 'delete of an unknown or foreign id');
    expectStatus(reply, [204], 'delete');
    const list = state.accounts[this.account];
    list.splice(list.indexOf(own), 1);
  }
  toString = () => `delete(${this.account}, ${JSON.stringify(this.target)})`;
}

/** Walks every page and compares the whole walk with the model, newest first. */
class ListCommand implements Cmd {
  constructor(
    readonly ctx: ModelContext,
    readonly account: AccountName,
    readonly query: { limit: number; name?: string | undefined },
  ) {}
  check = () => true;
  async run(state: ModelState, api: ModelTarget): Promise<void> {
    const needle = this.query.name?.toLowerCase();
    const expected = [...state.accounts[this.account]]
      .reverse()
      .filter((i) => needle === undefined || String(i.fields.name).toLowerCase().includes(needle));
    const seen: Array<Record<string, unknown>> = [];
    let cursor: string | undefined;
    for (let page = 0; page <= expected.length; page += 1) {
      const reply = await api.list(this.account, {
        limit: this.query.limit,
        ...(cursor === undefined ? {} : { cursor }),
        ...(this.query.name === undefined ? {} : { name: this.query.name }),
      });
      expectStatus(reply, [200], 'list');
      const { ai_integrations: items, pagination } = reply.body as {
        ai_integrations: Array<Record<string, unknown>>;
        pagination: { has_more: boolean; next_cursor?: string };
      };
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
    for (const [index, item] of seen.entries()) expectIntegration(this.ctx.contract, item, expected[index]!);
  }
  toString = () => `list(${this.account}, ${JSON.stringify(this.query)})`;
}

/** Command sequences over two accounts and a handful of integrations, judged by the contract model of `contract`. */
export function modelCommands(contract: Contract, maxCommands: number) {
  const ctx: ModelContext = { contract, model: contractModel(contract) };
  const { createArb, patchArb } = bodyArbitraries(contract);
  return fc.commands(
    [
      fc.tuple(accountArb, createArb).map(([account, create]) => new CreateCommand(ctx, account, create)),
      fc.tuple(accountArb, createArb).map(([account, create]) => new CreateCommand(ctx, account, create)),
      fc
        .tuple(accountArb, targetArb, patchArb)
        .map(([account, target, patch]) => new PatchCommand(ctx, account, target, patch)),
      fc
        .tuple(accountArb, targetArb, patchArb)
        .map(([account, target, patch]) => new PatchCommand(ctx, account, target, patch)),
      fc.tuple(accountArb, targetArb).map(([account, target]) => new GetCommand(ctx, account, target)),
      fc.tuple(accountArb, targetArb).map(([account, target]) => new DeleteCommand(account, target)),
      fc.tuple(accountArb, listQueryArb).map(([account, query]) => new ListCommand(ctx, account, query)),
    ],
    { maxCommands, size: 'max' },
  );
}
