import { invalidUpdateBody } from '../../generators/index.js';
import { expectIntegration, expectStatus, expectUnchanged } from '../expect.js';
import { isObject } from '../compare.js';
import type { Rule } from '../Rule.js';
import { createBodies, invalidTextWithRunName, parseJson } from './_internals/bodies.js';
import { expectAcceptedAsTheBodySays } from './_internals/tolerance.js';

/**
 * Update rule 8 (with rules 1, 7, 9, 11): every invalid body of the generators gets its status
 * class (the exact status in strict mode) and the integration is unchanged, valid fields beside
 * the bad one included. A body that breaks only a strict rule (unknown properties, empty strings)
 * may, without --strict, be accepted: then the result must be exactly what the body says.
 */
export const rejectionIsAtomic: Rule = {
  id: 'rejection-is-atomic',
  title: 'A rejected PATCH changes nothing, not even its valid fields',
  clause: ['atomic', 'types-enforced', 'headers-size-limit', 'unknown-properties-rejected', 'non-empty-strings'],
  async run(ctx) {
    const invalid = invalidUpdateBody(ctx.contract, { withValidFields: true });
    if (!ctx.strict) ctx.note('statuses checked by class (4xx) except for bodies that are not JSON objects (400, a fact); bodies that break only a strict rule (unknown properties, empty strings) may also be accepted as they say; exact statuses with --strict');
    await ctx.property('invalid body: its 4xx, integration unchanged', [createBodies(ctx), invalid], async (create, request) => {
      const before = await ctx.api.create(create);
      const text = invalidTextWithRunName(ctx.names, request.text);
      const exchange = await ctx.api.patch(before.id, undefined, { text });
      const what = `${request.family} (${request.rule}): ${request.description}`;
      if (request.strictOnly && !ctx.strict && exchange.status >= 200 && exchange.status < 300) {
        const body = parseJson(text);
        expectAcceptedAsTheBodySays(ctx, before, body, expectIntegration(exchange, what), what);
        expectAcceptedAsTheBodySays(ctx, before, body, await ctx.api.read(before.id, `${what}: reading it back`), `${what}, on GET`);
        return;
      }
      // The exact status without --strict only where it is a fact and the body, not being a JSON
      // object, can rest on no decision (malformed-body); otherwise any 4xx keeps the facts.
      const rule = ctx.contract.rule(request.rule);
      const exact = ctx.strict || (rule.statusOrigin === 'fact' && !isObject(parseJson(text)));
      expectStatus(exchange, exact ? request.status : 'client-error', what);
      await expectUnchanged(ctx.api, before, `after the rejected ${request.family} PATCH`, ctx.compare);
    });
  },
};
