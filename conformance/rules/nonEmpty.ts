import fc from 'fast-check';
import { invalidCombinations } from '../combinations/combinations.js';
import { expectStatus, expectUnchanged, updatableFields } from '../expect.js';
import type { Integration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import { createBodies } from './_internals/bodies.js';
import { sampleOne } from './_internals/sampleOne.js';

/**
 * Update rule 1: `{}` and bodies holding only unknown properties get 400 and change nothing.
 * Systematic first: each invalid family of the rule once (invalidUpdateCases); then random bodies.
 */
export const nonEmpty: Rule = {
  id: 'non-empty',
  title: '`{}` and unknown-only bodies get 400 and change nothing',
  clause: ['non-empty'],
  async run(ctx) {
    const known = updatableFields(ctx.contract);
    const rule = ctx.contract.rule('non-empty');
    const unknownKey = fc
      .string({ minLength: 1, maxLength: 16 })
      .filter((k) => !known.has(k) && k !== '__proto__' && k !== 'constructor');
    if (!ctx.strict) ctx.note('the refusal is checked by class (4xx); exactly 400 with --strict');
    const unknownOnly = fc.dictionary(
      unknownKey,
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
      { minKeys: 1, maxKeys: 3 },
    );
    const status = (exchange: Parameters<typeof expectStatus>[0], body: unknown) =>
      // The fact is that `{}` is refused; its 400 is the project's decision (statusOrigin).
      expectStatus(
        exchange,
        ctx.strict || rule.statusOrigin === 'fact' ? rule.status : 'client-error',
        `PATCH with ${JSON.stringify(body)}`,
      );
    const refused = async (create: Record<string, unknown>, body: unknown) => {
      const before = await ctx.api.create(create);
      status(await ctx.api.patch(before.id, body), body);
      await expectUnchanged(ctx.api, before, 'after the rejected PATCH', ctx.compare);
    };
    const ofRule = invalidCombinations(ctx.contract).filter(({ invalid }) => invalid.rule === rule.id);
    const create = sampleOne(createBodies(ctx), ctx.seed);
    await ctx.systematic(
      'each kind of body with no updatable field: refused, integration unchanged',
      ofRule.map(({ combination, invalid }) => ({ combination, arbitrary: invalid.arbitrary })),
      async (request, shared: { current: Integration } | undefined) => {
        if (!shared) return refused(create, request.value);
        status(await ctx.api.patch(shared.current.id, request.value), request.value);
        return 'deferred';
      },
      {
        shared: {
          make: async () => ({ current: await ctx.api.create(create) }),
          verify: async (shared) => {
            shared.current = await expectUnchanged(ctx.api, shared.current, 'after the rejected PATCHes', ctx.compare);
          },
          batch: ofRule.length,
        },
      },
    );
    await ctx.property(
      '`{}` or unknown properties only: refused, integration unchanged',
      [createBodies(ctx), fc.oneof(fc.constant({}), unknownOnly)],
      refused,
    );
  },
};
