import fc from 'fast-check';
import { invalidUpdateBody, type InvalidRequest } from '../../generators/index.js';
import { differingFields, listParameters, pickCanonical } from '../../spec/index.js';
import { expectIntegration, expectPatchOutcome, expectStatus, expectUnchanged, fail } from '../expect.js';
import { isIntegration, type Integration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import { createBodies, invalidTextWithRunName, parseJson, updateBodies } from './_internals/bodies.js';
import { expectAcceptedAsTheBodySays } from './_internals/tolerance.js';
import { expectCreated } from './_internals/expectCreated.js';

/** What each integration holds now: the target's last answer, each checked against the contract model. */
interface Model {
  slots: Integration[];
}

interface Real {
  readonly ctx: RuleContext;
  readonly ids: string[];
  /** A few names of this run; renames pick among them, so they collide often. */
  readonly pool: string[];
  readonly prefix: string;
}

const SLOTS = 3;
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);
const POOL = 4;
type Cmd = fc.AsyncCommand<Model, Real>;

/** `got` is `expected`, the target's earlier answer, by meaning, ids and timestamps included. */
function expectSame(real: Real, got: Integration, expected: Integration, what: string): void {
  const { contract, strict } = real.ctx.compare;
  const differing = differingFields(contract, expected, got, { strict, serverFields: true });
  if (differing.length > 0) {
    fail(`${what}: ${differing.join(', ')} differ from what the target answered before`, {
      expected: pickCanonical(contract, expected, differing, { strict }),
      actual: pickCanonical(contract, got, differing, { strict }),
    });
  }
}

/** A command's slot: its index among the integrations, the real id, and what the model holds there. */
function slotOf(slot: number, model: Readonly<Model>, real: Real): { i: number; id: string; held: Integration } {
  const i = slot % model.slots.length;
  const id = real.ids[i];
  const held = model.slots[i];
  if (id === undefined || held === undefined) throw new Error(`slot ${i} holds no integration`);
  return { i, id, held };
}

const otherNames = (model: Model, i: number) => model.slots.filter((_, j) => j !== i).map((s) => s.name);

class PatchCommand implements Cmd {
  constructor(
    readonly slot: number,
    readonly body: Record<string, unknown>,
    readonly nameIndex: number,
  ) {}
  check(model: Readonly<Model>): boolean {
    return model.slots.length > 0;
  }
  async run(model: Model, real: Real): Promise<void> {
    const { i, id, held } = slotOf(this.slot, model, real);
    const body = 'name' in this.body ? { ...this.body, name: real.pool[this.nameIndex % real.pool.length] } : this.body;
    const exchange = await real.ctx.api.patch(id, body);
    const { now } = await expectPatchOutcome(real.ctx, held, body, exchange, String(this), {
      takenNames: otherNames(model, i),
    });
    model.slots[i] = now;
  }
  toString(): string {
    return `patch(#${this.slot % SLOTS}, ${shorten(JSON.stringify('name' in this.body ? { ...this.body, name: `<pool ${this.nameIndex}>` } : this.body))})`;
  }
}

class InvalidPatchCommand implements Cmd {
  constructor(
    readonly slot: number,
    readonly request: InvalidRequest,
  ) {}
  check(model: Readonly<Model>): boolean {
    return model.slots.length > 0;
  }
  async run(model: Model, real: Real): Promise<void> {
    const { ctx } = real;
    const { i, id, held } = slotOf(this.slot, model, real);
    const text = invalidTextWithRunName(ctx.names, this.request.text);
    const exchange = await ctx.api.patch(id, undefined, { text });
    if (this.request.strictOnly && !ctx.strict && exchange.status >= 200 && exchange.status < 300) {
      // Breaks only a strict rule: without --strict it may be accepted, exactly as the body says.
      const got = expectIntegration(exchange, String(this));
      expectAcceptedAsTheBodySays(ctx, held, parseJson(text), got, String(this), {
        takenNames: otherNames(model, i),
      });
      model.slots[i] = got;
      return;
    }
    expectStatus(exchange, ctx.strict ? this.request.status : 'client-error', String(this));
    model.slots[i] = await expectUnchanged(
      ctx.api,
      held,
      `GET after the rejected ${this.request.family} PATCH`,
      ctx.compare,
    );
  }
  toString(): string {
    return `invalidPatch(#${this.slot % SLOTS}, ${this.request.family}: ${shorten(this.request.text)})`;
  }
}

class GetCommand implements Cmd {
  constructor(readonly slot: number) {}
  check(model: Readonly<Model>): boolean {
    return model.slots.length > 0;
  }
  async run(model: Model, real: Real): Promise<void> {
    const { id, held } = slotOf(this.slot, model, real);
    const exchange = await real.ctx.api.get(id);
    expectSame(real, expectIntegration(exchange, String(this)), held, String(this));
  }
  toString(): string {
    return `get(#${this.slot % SLOTS})`;
  }
}

class ListCommand implements Cmd {
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    // Every page, whatever page size the target picks; no order is assumed.
    const items = (await real.ctx.api.listAll({ [listParameters(real.ctx.contract).nameFilter]: real.prefix })).filter(
      isIntegration,
    );
    for (const [i, expected] of model.slots.entries()) {
      // An integration renamed outside the run's names (an empty name accepted without --strict) is not under the filter.
      if (!String(expected.name).toLowerCase().includes(real.prefix.toLowerCase())) continue;
      const item = items.find((it) => it.id === real.ids[i]);
      if (!item)
        fail(`list: integration #${i} is missing`, {
          expected: real.ids[i],
          actual: items.map((it) => it.id),
        });
      expectSame(real, item, expected, `list item #${i}`);
    }
  }
  toString(): string {
    return 'list()';
  }
}

/**
 * Random sequences of valid and invalid PATCHes, GETs and lists over a few integrations, compared
 * with a model of the contract (rules 2, 3, 4, 5, 6, 8, 9, 13), shrunk to the shortest failing sequence.
 */
export const modelBased: Rule = {
  id: 'model-based',
  title: 'Random PATCH sequences behave like the model of the contract',
  clause: [
    'omitted-unchanged',
    'name-unique',
    'api-key',
    'null-clears',
    'replace-all',
    'atomic',
    'provider-consistency',
    'read-back',
  ],
  // Each sequence makes its own integrations and names: sequences are independent, and the longest rule goes four times as fast.
  shards: 4,
  async run(ctx) {
    const { contract } = ctx;
    const slot = fc.nat(SLOTS - 1);
    const commands = fc.commands<Model, Real, false>(
      [
        fc
          .tuple(slot, updateBodies(ctx, { anyState: false }), fc.nat(POOL - 1))
          .map(([s, b, n]) => new PatchCommand(s, b, n)),
        fc.tuple(slot, invalidUpdateBody(contract)).map(([s, r]) => new InvalidPatchCommand(s, r)),
        slot.map((s) => new GetCommand(s)),
        fc.constant(new ListCommand()),
      ],
      { maxCommands: 15, size: '+1' },
    );
    const creates = fc.array(createBodies(ctx), { minLength: 2, maxLength: SLOTS });
    // Commands first: fast-check shrinks a tuple left to right, and dropping commands is what
    // makes a sequence short.
    await ctx.property('sequences of PATCH/GET/list match the model', [commands, creates], async (cmds, bodies) => {
      const base = ctx.names.next('model');
      const pool = Array.from({ length: POOL }, (_, k) => `${base}-${k}`);
      const slots: Integration[] = [];
      const ids: string[] = [];
      for (const [k, body] of bodies.entries()) {
        const exchange = await ctx.api.createRaw({ ...body, name: pool[k] });
        const created = expectCreated(exchange, 'creating an integration of the model', ctx.contract);
        slots.push(created);
        ids.push(created.id);
      }
      const real: Real = { ctx, ids, pool, prefix: base };
      await fc.asyncModelRun(() => ({ model: { slots }, real }), cmds);
    });
  },
};
