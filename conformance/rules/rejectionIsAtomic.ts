import { invalidUpdateBody, type InvalidRequest } from '../../generators/index.js';
import { invalidCombinations } from '../combinations/combinations.js';
import { expectIntegration, expectStatus, expectUnchanged } from '../expect.js';
import { isJsonObject } from '../../spec/index.js';
import type { Integration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import { createBodies, invalidTextWithRunName, parseJson } from './_internals/bodies.js';
import { expectAcceptedAsTheBodySays } from './_internals/tolerance.js';
import { sampleOne } from './_internals/sampleOne.js';

/** Families checked first in the systematic phase: null and wrong types on each field, the commonest faults. */
const FIRST = ['null-on-non-nullable', 'wrong-type'];

/**
 * Update rule 8 (with rules 1, 7, 9, 11): every invalid body of the generators gets its status
 * class (the exact status in strict mode) and the integration is unchanged, valid fields beside
 * the bad one included. A body that breaks only a strict rule (unknown properties, empty strings)
 * may, without --strict, be accepted: then the result must be exactly what the body says.
 * Systematic first: every combination of invalidUpdateCases (every family × every field it
 * applies to) once, on one integration while they pass; then --runs random ones. Each case judges
 * one PATCH on its own, each random run on an integration of its own: both split over shards
 * (each shard's cases on a shared integration of its own).
 */
export const rejectionIsAtomic: Rule = {
  id: 'rejection-is-atomic',
  title: 'A rejected PATCH changes nothing, not even its valid fields',
  clause: ['atomic', 'types-enforced', 'headers-size-limit', 'unknown-properties-rejected', 'non-empty-strings'],
  shards: 4,
  async run(ctx) {
    if (!ctx.strict)
      ctx.note(
        'statuses checked by class (4xx) except for bodies that are not JSON objects (400, a fact); bodies that break only a strict rule (unknown properties, empty strings) may also be accepted as they say; exact statuses with --strict',
      );
    const create = sampleOne(createBodies(ctx), ctx.seed);
    const all = invalidCombinations(ctx.contract);
    const ordered = [
      ...all
        .filter((c) => FIRST.includes(c.invalid.family))
        .sort((a, b) => FIRST.indexOf(a.invalid.family) - FIRST.indexOf(b.invalid.family)),
      ...all.filter((c) => !FIRST.includes(c.invalid.family)),
    ];
    // On one integration while they pass: each refusal's status at once, and one GET per ten
    // refusals to show nothing changed (a change there is traced to its case, each checked alone).
    // Bodies a target may accept without --strict are checked one by one.
    await ctx.systematic(
      'every invalid combination: its 4xx, integration unchanged',
      ordered.map(({ combination, invalid }) => ({
        combination,
        arbitrary: invalid.arbitrary,
        alone: invalid.strictOnly,
      })),
      async (request, shared: { current: Integration } | undefined) => {
        if (!shared) {
          await patchAndJudge(ctx, await ctx.api.create(create), request);
          return;
        }
        const judged = await patchAndJudge(ctx, shared.current, request, { deferUnchanged: true });
        if (judged === 'refused') return 'deferred';
        shared.current = judged;
      },
      {
        shared: {
          make: async () => ({ current: await ctx.api.create(create) }),
          verify: async (shared) => {
            shared.current = await expectUnchanged(
              ctx.api,
              shared.current,
              'after refused PATCHes of invalid bodies',
              ctx.compare,
            );
          },
          batch: 10,
        },
      },
    );
    await ctx.property(
      'invalid body: its 4xx, integration unchanged',
      [createBodies(ctx), invalidUpdateBody(ctx.contract, { withValidFields: true })],
      async (body, request) => {
        await patchAndJudge(ctx, await ctx.api.create(body), request);
      },
    );
  },
};

/**
 * Sends the invalid request to `before` and judges the answer; returns what the integration holds
 * now, or with `deferUnchanged` 'refused' for a refusal whose GET (nothing changed) the caller makes later.
 */
async function patchAndJudge(
  ctx: RuleContext,
  before: Integration,
  request: InvalidRequest,
  options: { deferUnchanged?: boolean } = {},
): Promise<Integration | 'refused'> {
  const text = invalidTextWithRunName(ctx.names, request.text);
  const exchange = await ctx.api.patch(before.id, undefined, { text });
  ctx.coverage.sentInvalid(request);
  const what = `${request.family} (${request.rule}): ${request.description}`;
  if (request.strictOnly && !ctx.strict && exchange.status >= 200 && exchange.status < 300) {
    const body = parseJson(text);
    expectAcceptedAsTheBodySays(ctx, before, body, expectIntegration(exchange, what), what);
    const read = await ctx.api.read(before.id, `${what}: reading it back`);
    expectAcceptedAsTheBodySays(ctx, before, body, read, `${what}, on GET`);
    return read;
  }
  // The exact status without --strict only where it is a fact and the body, not being a JSON
  // object, can rest on no decision (malformed-body); otherwise any 4xx keeps the facts.
  const rule = ctx.contract.rule(request.rule);
  const exact = ctx.strict || (rule.statusOrigin === 'fact' && !isJsonObject(parseJson(text)));
  expectStatus(exchange, exact ? request.status : 'client-error', what);
  if (options.deferUnchanged) return 'refused';
  return expectUnchanged(ctx.api, before, `after the rejected ${request.family} PATCH`, ctx.compare);
}
