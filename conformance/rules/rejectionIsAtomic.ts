import { invalidUpdateBody, validCreateBody } from '../../generators/index.js';
import { expectStatus, expectUnchanged } from '../expect.js';
import type { Rule } from '../Rule.js';
import { invalidTextWithRunName } from './_internals/bodies.js';

/**
 * Update rule 8 (with rules 1, 7, 9, 11): every invalid body of the generators gets its status
 * class (the exact status in strict mode) and the integration is unchanged, valid fields beside
 * the bad one included.
 */
export const rejectionIsAtomic: Rule = {
  id: 'rejection-is-atomic',
  title: 'A rejected PATCH changes nothing, not even its valid fields',
  clause: ['atomic', 'types-enforced', 'headers-size-limit', 'unknown-properties-rejected'],
  async run(ctx) {
    const invalid = invalidUpdateBody(ctx.contract, { includeStrictOnly: ctx.strict, withValidFields: true });
    if (!ctx.strict) ctx.note('statuses checked by class (4xx); the exact status and unknown-property bodies only with --strict');
    await ctx.property('invalid body: its 4xx, integration unchanged', [validCreateBody(ctx.contract), invalid], async (create, request) => {
      const before = await ctx.api.create(create);
      const exchange = await ctx.api.patch(before.id, undefined, { text: invalidTextWithRunName(ctx.names, request.text) });
      expectStatus(exchange, ctx.strict ? request.status : 'client-error', `${request.family} (${request.rule}): ${request.description}`);
      await expectUnchanged(ctx.api, before, `after the rejected ${request.family} PATCH`);
    });
  },
};
