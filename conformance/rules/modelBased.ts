import fc from 'fast-check';
import { providerMetadataConsistent, resourceFields, type Contract, type ResourceFields } from '../../spec/index.js';
import { invalidUpdateBody, validCreateBody, validUpdateBody } from '../../generators/index.js';
import type { InvalidRequest } from '../../generators/index.js';
import { applyPatch, differingFields, isObject, normalizeIntegration } from '../compare.js';
import { expectIntegration, expectStatus, fail } from '../expect.js';
import type { Integration, IntegrationsApi } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import { invalidTextWithRunName, parseJson } from './_internals/bodies.js';
import { adoptMergedHeaders, expectAcceptedAsTheBodySays } from './_internals/tolerance.js';

/** What the contract says each integration holds now. */
interface Model {
  slots: Array<Record<string, unknown>>;
}

interface Real {
  readonly api: IntegrationsApi;
  readonly contract: Contract;
  readonly strict: boolean;
  readonly ids: string[];
  /** A few names of this run; renames pick among them, so they collide often. */
  readonly pool: string[];
  readonly prefix: string;
  readonly fields: ResourceFields;
  readonly fixName: (text: string) => string;
}

const SLOTS = 3;
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);
const POOL = 4;
type Cmd = fc.AsyncCommand<Model, Real>;

function compareWithModel(real: Real, got: Integration, expected: Record<string, unknown>, what: string): void {
  const options = { fields: real.fields, strict: real.strict };
  const differing = differingFields(expected, got, options);
  if (differing.length > 0) {
    const pick = (v: Record<string, unknown>) => Object.fromEntries(differing.map((f) => [f, v[f]]));
    fail(`${what}: ${differing.join(', ')} differ from the model of the contract`, {
      expected: pick(normalizeIntegration(expected, options)),
      actual: pick(normalizeIntegration(got, options)),
    });
  }
}

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
    const i = this.slot % model.slots.length;
    const body = 'name' in this.body ? { ...this.body, name: real.pool[this.nameIndex % real.pool.length] } : this.body;
    const before = model.slots[i]!;
    const after = applyPatch(before, body, real.fields);
    const conflict = typeof body.name === 'string' && model.slots.some((s, j) => j !== i && s.name === body.name);
    const inconsistent = !providerMetadataConsistent(real.contract, after.provider, after.provider_metadata);
    const exchange = await real.api.patch(real.ids[i]!, body);
    if (conflict || inconsistent) {
      const allowed = [...(conflict ? [409] : []), ...(inconsistent ? [422] : [])];
      expectStatus(exchange, allowed, `${this} (${conflict ? 'name taken' : ''}${conflict && inconsistent ? ', ' : ''}${inconsistent ? 'provider inconsistent' : ''})`);
      return;
    }
    const got = expectIntegration(exchange, String(this));
    // Without --strict, headers may be merged (headers-replace is a decision): the model takes the target's map.
    const expected = real.strict ? after : adoptMergedHeaders(body, got, after, `${this}: the 200 body`);
    compareWithModel(real, got, expected, `${this}: the 200 body`);
    model.slots[i] = expected;
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
    const i = this.slot % model.slots.length;
    const text = real.fixName(this.request.text);
    const exchange = await real.api.patch(real.ids[i]!, undefined, { text });
    if (this.request.strictOnly && !real.strict && exchange.status >= 200 && exchange.status < 300) {
      // Breaks only a strict rule: without --strict it may be accepted, exactly as the body says.
      const got = expectIntegration(exchange, String(this));
      const takenNames = model.slots.filter((_, j) => j !== i).map((s) => s.name);
      expectAcceptedAsTheBodySays(real.contract, model.slots[i]!, parseJson(text), got, String(this), { strict: false, takenNames });
      model.slots[i] = got;
      return;
    }
    expectStatus(exchange, real.strict ? this.request.status : 'client-error', String(this));
    const read = await real.api.get(real.ids[i]!);
    compareWithModel(real, expectIntegration(read, `GET after ${this}`), model.slots[i]!, `GET after the rejected ${this.request.family} PATCH`);
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
    const i = this.slot % model.slots.length;
    const exchange = await real.api.get(real.ids[i]!);
    compareWithModel(real, expectIntegration(exchange, String(this)), model.slots[i]!, String(this));
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
    const exchange = await real.api.list({ name: real.prefix, limit: 100 });
    expectStatus(exchange, 200, 'list');
    const items = isObject(exchange.body) && Array.isArray(exchange.body.ai_integrations) ? exchange.body.ai_integrations : [];
    for (const [i, expected] of model.slots.entries()) {
      // An integration renamed outside the run's names (an empty name accepted without --strict) is not under the filter.
      if (!String(expected.name).toLowerCase().includes(real.prefix.toLowerCase())) continue;
      const item = items.find((it) => isObject(it) && it.id === real.ids[i]);
      if (!item) fail(`list: integration #${i} is missing`, { expected: real.ids[i], actual: items.map((it) => (isObject(it) ? it.id : it)) });
      compareWithModel(real, item as Integration, expected, `list item #${i}`);
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
  clause: ['omitted-unchanged', 'name-unique', 'api-key', 'null-clears', 'replace-all', 'atomic', 'provider-consistency', 'read-back'],
  async run(ctx) {
    const { contract } = ctx;
    const slot = fc.nat(SLOTS - 1);
    const commands = fc.commands<Model, Real, false>(
      [
        fc.tuple(slot, validUpdateBody(contract, { anyState: false }), fc.nat(POOL - 1)).map(([s, b, n]) => new PatchCommand(s, b as Record<string, unknown>, n)),
        fc.tuple(slot, invalidUpdateBody(contract)).map(([s, r]) => new InvalidPatchCommand(s, r)),
        slot.map((s) => new GetCommand(s)),
        fc.constant(new ListCommand()),
      ],
      { maxCommands: 15, size: '+1' },
    );
    const creates = fc.array(validCreateBody(contract), { minLength: 2, maxLength: SLOTS });
    // Commands first: fast-check shrinks a tuple left to right, and dropping commands is what
    // makes a sequence short.
    await ctx.property('sequences of PATCH/GET/list match the model', [commands, creates], async (cmds, bodies) => {
      const base = ctx.names.next('model');
      const pool = Array.from({ length: POOL }, (_, k) => `${base}-${k}`);
      const slots: Array<Record<string, unknown>> = [];
      const ids: string[] = [];
      for (const [k, body] of bodies.entries()) {
        const exchange = await ctx.api.createRaw({ ...(body), name: pool[k] });
        expectStatus(exchange, 201, 'creating an integration of the model');
        const created = exchange.body as Integration;
        slots.push(created);
        ids.push(created.id);
      }
      const real: Real = { api: ctx.api, contract, strict: ctx.strict, ids, pool, prefix: base, fields: resourceFields(contract), fixName: (text) => invalidTextWithRunName(ctx.names, text) };
      await fc.asyncModelRun(() => ({ model: { slots }, real }), cmds);
    });
  },
};
