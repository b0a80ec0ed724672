import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import {
  isJsonObject,
  differingFields,
  listParameters,
  pickCanonical,
  resourceFields,
  successStatus,
  type CreateAiIntegrationRequest,
  type JsonObject,
} from '../../spec/index.js';
import { burstCombination, BURST_KINDS, type BurstKind } from '../combinations/combinations.js';
import { expectIntegration, expectStatus, expectUnchanged, fail } from '../expect.js';
import { isIntegration, type Integration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';
import { consistentUpdates, resourceField, stateOfCreate } from './_internals/bodies.js';
import { permutations, together } from './_internals/together.js';

/** One burst: requests sent at the same moment. Shrinking makes it smaller, never a sequence. */
type Burst =
  | { readonly kind: 'one name'; readonly creates: number; readonly renames: number }
  | { readonly kind: 'disjoint'; readonly patches: readonly JsonObject[] }
  | { readonly kind: 'delete'; readonly patches: readonly JsonObject[]; readonly deleteAfterMs: number };

/** Most requests in one burst (a handful: a burst must stay polite to a real deployment). */
const MOST = 6;

/**
 * How long after its PATCHes a DELETE may leave, in ms: a server reads a PATCH's body before the
 * integration, so a DELETE that leaves with it is often served first; one that leaves a little
 * later lands inside the PATCH's read-then-write. The contract holds in every order, so any delay.
 */
const DELETE_LATER_MS = 20;

/**
 * Requests that arrive at the same time (contract, "Requests that arrive at the same time"): each
 * successful one takes effect as one step on the account, in some order. Bursts of 2-6 requests
 * sent at once: creates and renames onto one free name (exactly one succeeds, the others are
 * refused, and the account then holds the name once, listed and read back); PATCHes of disjoint
 * fields of one integration (the 200 bodies and the state afterwards are what applying the
 * successful ones in some order gives: no lost update); PATCHes racing a DELETE (the DELETE
 * succeeds, each PATCH is either before it or a 404, and the integration stays deleted). Each kind
 * once, then random bursts. Judged by the contract model under every order of the burst.
 */
export const concurrentRequests: Rule = {
  id: 'concurrent-requests',
  title:
    'Simultaneous requests take effect one at a time: one name wins, no update is lost, a deleted integration stays deleted',
  clause: ['name-unique', 'create-name-unique', 'omitted-unchanged'],
  contractText:
    'Requests that arrive at the same time: each successful request takes effect as one step, in some order',
  async run(ctx) {
    const arbitraries = burstArbitraries(ctx);
    await ctx.systematic(
      'simultaneous requests take effect one at a time',
      BURST_KINDS.map((kind) => ({ combination: burstCombination(kind), arbitrary: arbitraries[kind] })),
      (burst) => judge(ctx, burst),
    );
    const mixed = fc.oneof(
      arbitraries['creates onto one name'],
      arbitraries['renames onto one name'],
      mixedNameBurst(),
      arbitraries['PATCHes of disjoint fields'],
      arbitraries['PATCH and DELETE'],
    );
    await ctx.property('random bursts of simultaneous requests', [mixed], (burst) => judge(ctx, burst), {
      numRuns: Math.min(ctx.runs, 12),
    });
  },
};

/** The updatable fields a burst's PATCHes share out: not the name (the name bursts are apart) nor the fields provider-consistency ties together. */
function patchFields(ctx: RuleContext): string[] {
  const tied = new Set([
    ...ctx.contract.rule('name-unique').fields,
    ...ctx.contract.rule('provider-consistency').fields,
  ]);
  return resourceFields(ctx.contract).updatable.filter((f) => !tied.has(f));
}

function burstArbitraries(ctx: RuleContext): Record<BurstKind, fc.Arbitrary<Burst>> {
  return {
    'creates onto one name': fc
      .integer({ min: 2, max: MOST })
      .map((creates): Burst => ({ kind: 'one name', creates, renames: 0 })),
    'renames onto one name': fc
      .integer({ min: 2, max: MOST })
      .map((renames): Burst => ({ kind: 'one name', creates: 0, renames })),
    'PATCHes of disjoint fields': disjointPatches(ctx, 2, 4).map((patches): Burst => ({ kind: 'disjoint', patches })),
    'PATCH and DELETE': fc
      .tuple(disjointPatches(ctx, 1, 2), fc.integer({ min: 0, max: DELETE_LATER_MS }))
      .map(([patches, deleteAfterMs]): Burst => ({ kind: 'delete', patches, deleteAfterMs })),
  };
}

/** Creates and renames onto one name in one burst. */
function mixedNameBurst(): fc.Arbitrary<Burst> {
  return fc
    .tuple(fc.integer({ min: 1, max: MOST - 1 }), fc.integer({ min: 1, max: MOST - 1 }))
    .filter(([creates, renames]) => creates + renames <= MOST)
    .map(([creates, renames]): Burst => ({ kind: 'one name', creates, renames }));
}

/**
 * `min`..`max` PATCH bodies for the kit's plain integration, each on fields no other one touches,
 * each one the contract model accepts with no strict decision behind it.
 */
function disjointPatches(ctx: RuleContext, min: number, max: number): fc.Arbitrary<JsonObject[]> {
  const fields = patchFields(ctx);
  const start = ctx.model.created(plainCreate(ctx));
  // bareCreateBody is a create body of the contract's edition (IntegrationsApi types it loosely).
  const state = stateOfCreate(plainCreate(ctx) as unknown as CreateAiIntegrationRequest);
  return fc
    .integer({ min, max: Math.min(max, fields.length) })
    .chain((groups) =>
      fc
        .array(fc.nat(groups - 1), { minLength: fields.length, maxLength: fields.length })
        .map((owner) => Array.from({ length: groups }, (_, g) => fields.filter((_, i) => owner[i] === g))),
    )
    .filter((groups) => groups.every((g) => g.length > 0))
    .chain((groups) =>
      fc.tuple(...groups.map((g) => consistentUpdates(ctx, state, { fields: g }).map((b) => b as JsonObject))),
    )
    .filter((bodies) => bodies.every((b) => changesEveryField(ctx, start, b)));
}

/** Whether the model accepts `body` on `start`, resting on no strict decision, and each field it holds changes the state (so a lost one shows). */
function changesEveryField(ctx: RuleContext, start: JsonObject, body: JsonObject): boolean {
  const outcome = ctx.model.update(start, body, []);
  if (!outcome.accepted || outcome.silent.length > 0) return false;
  const changed = differingFields(ctx.contract, start, outcome.after, { strict: ctx.strict });
  return Object.keys(body).every((field) => changed.includes(resourceField(field)));
}

/** The integration the PATCH bursts start from: the least body every faithful server accepts (no headers, so a merge is a replace). */
function plainCreate(ctx: RuleContext): JsonObject {
  return ctx.api.bareCreateBody();
}

async function judge(ctx: RuleContext, burst: Burst): Promise<void> {
  if (burst.kind === 'one name') return judgeOneName(ctx, burst.creates, burst.renames);
  if (burst.kind === 'disjoint') return judgeDisjoint(ctx, burst.patches);
  return judgePatchAndDelete(ctx, burst.patches, burst.deleteAfterMs);
}

/** Creates (the least body every faithful server accepts) and renames onto one free name at once: exactly one succeeds; the account then holds the name once. */
async function judgeOneName(ctx: RuleContext, creates: number, renames: number): Promise<void> {
  const renamed: Integration[] = [];
  for (let i = 0; i < renames; i++) renamed.push(await ctx.api.create({}));
  const name = ctx.names.next('same');
  const what = `${creates + renames} simultaneous requests onto the free name ${name} (${[creates > 0 ? `${creates} × POST` : '', renames > 0 ? `${renames} × PATCH {"name"} of ${renames} integrations` : ''].filter(Boolean).join(', ')})`;
  const answers = await together<RecordedExchange>([
    ...Array.from({ length: creates }, () => () => ctx.api.createRaw({ ...plainCreate(ctx), name })),
    ...renamed.map((integration) => () => ctx.api.patch(integration.id, { name })),
  ]);
  const succeeded = answers.filter((a) => a.status >= 200 && a.status < 300);
  const strict = ctx.contract.rule('name-unique').status;
  for (const answer of answers)
    if (!succeeded.includes(answer))
      expectStatus(answer, ctx.strict ? strict : 'client-error', `${what}: a request that lost`);
  const [winner] = succeeded;
  if (!winner || succeeded.length !== 1) {
    fail(`${what}: ${succeeded.length} succeeded (names are unique in every order: exactly one may)`, {
      expected: '1 success, the others refused',
      actual: answers.map((a) => `${a.method} → ${a.status}`),
    });
  }
  const held = isIntegration(winner.body)
    ? winner.body
    : fail(`${what}: the successful answer is not an integration`, { actual: winner.body });
  if (held.name !== name)
    fail(`${what}: the request that succeeded answered another name`, { expected: name, actual: held.name });
  // The account holds the name once: under the name filter, and on reading each integration back.
  const listed = (await ctx.api.listAll({ [listParameters(ctx.contract).nameFilter]: name }))
    .filter(isIntegration)
    .filter((i) => i.name === name);
  if (listed.length !== 1 || listed[0]?.id !== held.id) {
    fail(`${what}: the account lists ${listed.length} integrations named ${name} afterwards`, {
      expected: [held.id],
      actual: listed.map((i) => i.id),
    });
  }
  const read = await ctx.api.read(held.id, `${what}: reading the winner back`);
  if (read.name !== name)
    fail(`${what}: the winner reads back with another name`, { expected: name, actual: read.name });
  for (const integration of renamed)
    if (integration.id !== held.id)
      await expectUnchanged(ctx.api, integration, `${what}: an integration whose rename lost`, ctx.compare);
}

/** PATCHes of disjoint fields of one integration at once: the answers and the state afterwards are the successful PATCHes applied in some order. */
async function judgeDisjoint(ctx: RuleContext, patches: readonly JsonObject[]): Promise<void> {
  const before = await ctx.api.create(plainCreate(ctx));
  const what = `${patches.length} simultaneous PATCHes of disjoint fields (${patches.map((p) => Object.keys(p).join('+')).join(' | ')})`;
  const answers = await together(patches.map((body) => () => ctx.api.patch(before.id, body)));
  const applied = successfulPatches(ctx, patches, answers, what, [successStatus(ctx.contract, 'update')]);
  const after = await ctx.api.read(before.id, `${what}: reading it back`);
  expectSomeOrder(ctx, before, applied, after, what, repeatedSends(patches, answers));
}

/** PATCHes racing a DELETE: the DELETE succeeds; each PATCH comes before it (200) or after (404); the integration stays deleted. */
async function judgePatchAndDelete(
  ctx: RuleContext,
  patches: readonly JsonObject[],
  deleteAfterMs: number,
): Promise<void> {
  const notFound = ctx.contract.rule('not-found').status;
  const before = await ctx.api.create(plainCreate(ctx));
  const what = `${patches.length} PATCH${patches.length === 1 ? '' : 'es'} of one integration and a DELETE ${deleteAfterMs} ms later (${patches.map((p) => Object.keys(p).join('+')).join(' | ')})`;
  const sent = await together<RecordedExchange>([
    () => sleep(deleteAfterMs).then(() => ctx.api.delete(before.id)),
    ...patches.map((body) => () => ctx.api.patch(before.id, body)),
  ]);
  const [removed, ...answers] = sent;
  if (!removed) throw new Error('together() answered fewer requests than it sent');
  expectStatus(removed, successStatus(ctx.contract, 'delete'), `${what}: the DELETE`);
  const applied = successfulPatches(ctx, patches, answers, what, ctx.strict ? [notFound] : 'client-error');
  expectSomeOrder(ctx, before, applied, undefined, what, repeatedSends(patches, answers));
  const filter = listParameters(ctx.contract).nameFilter;
  const names = new Set([before.name, ...applied.map((a) => a.answer.name)]);
  const read = await ctx.api.get(before.id);
  const listed: unknown[] = [];
  for (const name of names)
    listed.push(...(await ctx.api.listAll({ [filter]: name })).filter((i) => isJsonObject(i) && i.id === before.id));
  if (read.status !== notFound || listed.length > 0) {
    // Written back after its DELETE: delete it again, so nothing is left behind.
    if (read.status === successStatus(ctx.contract, 'get') || listed.length > 0)
      await ctx.api.delete(before.id, true).catch(() => undefined);
    expectStatus(read, notFound, `${what}: reading it after the DELETE succeeded`);
    fail(`${what}: the deleted integration is still listed`, { expected: 'not listed', actual: listed });
  }
}

/** The PATCHes answered 200 with their answers; every other answer must be one of `refused`. */
function successfulPatches(
  ctx: RuleContext,
  patches: readonly JsonObject[],
  answers: readonly RecordedExchange[],
  what: string,
  refused: readonly number[] | 'client-error',
): Array<{ body: JsonObject; answer: Integration }> {
  const applied: Array<{ body: JsonObject; answer: Integration }> = [];
  const updated = successStatus(ctx.contract, 'update');
  patches.forEach((body, i) => {
    const answer = answers[i];
    if (!answer) throw new Error(`${what}: no answer to PATCH ${i + 1} of ${patches.length}`);
    if (answer.status === updated)
      applied.push({ body, answer: expectIntegration(answer, `${what}: PATCH ${JSON.stringify(body)}`) });
    // A refusal that changed nothing keeps the facts (e.g. a 409 of a server that locks); the state check below shows if it did change something.
    else
      expectStatus(
        answer,
        refused === 'client-error' || !ctx.strict ? 'client-error' : refused,
        `${what}: PATCH ${JSON.stringify(body)}`,
      );
  });
  return applied;
}

/**
 * The PATCHes the kit sent again after a transient fault that may have reached the target: their
 * first send may have taken effect at a moment no answer shows (HttpClient marks such a resend).
 */
function repeatedSends(patches: readonly JsonObject[], answers: readonly RecordedExchange[]): JsonObject[] {
  return patches.filter((_, i) => answers[i]?.resentAfter !== undefined);
}

/**
 * Some order of the successful PATCHes explains every answer: each 200 body is the state after the
 * PATCHes before it in that order, and `after` (when given) the state after all of them. A PATCH in
 * `repeated` may also have taken effect once more, anywhere in the order, with no answer to check.
 */
function expectSomeOrder(
  ctx: RuleContext,
  before: Integration,
  applied: ReadonlyArray<{ body: JsonObject; answer: Integration }>,
  after: Integration | undefined,
  what: string,
  repeated: readonly JsonObject[] = [],
): void {
  const { contract, strict } = ctx.compare;
  const differs = (expected: JsonObject, actual: JsonObject) => differingFields(contract, expected, actual, { strict });
  let closest: { expected: JsonObject; actual: JsonObject; fields: string[] } | undefined;
  const unseen: ReadonlyArray<{ body: JsonObject; answer?: Integration }> = repeated.map((body) => ({ body }));
  for (const order of permutations<{ body: JsonObject; answer?: Integration }>([...applied, ...unseen])) {
    let state: JsonObject = before;
    let explained = true;
    for (const { body, answer } of order) {
      const outcome = ctx.model.update(state, body, []);
      if (!answer) {
        // A lost first send: it took effect here, or (refused) not at all.
        if (outcome.accepted) state = outcome.after;
        continue;
      }
      if (!outcome.accepted) {
        explained = false;
        break;
      }
      state = outcome.after;
      const wrong = differs(state, answer);
      if (wrong.length > 0) {
        explained = false;
        closest ??= { expected: state, actual: answer, fields: wrong };
        break;
      }
    }
    if (!explained) continue;
    if (!after) return;
    const wrong = differs(state, after);
    if (wrong.length === 0) return;
    closest ??= { expected: state, actual: after, fields: wrong };
  }
  if (!closest)
    fail(`${what}: the contract model refuses every order of the ${applied.length} PATCHes the target accepted`, {
      actual: applied.map((a) => a.body),
    });
  const c = closest;
  fail(
    `${what}: no order of the ${applied.length} successful PATCHes gives what the target answered (${c.fields.join(', ')}: a lost or half-applied update)`,
    {
      expected: pickCanonical(contract, c.expected, c.fields, { strict }),
      actual: pickCanonical(contract, c.actual, c.fields, { strict }),
    },
  );
}
