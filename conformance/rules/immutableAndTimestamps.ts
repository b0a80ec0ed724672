import fc from 'fast-check';
import { validCreateBody, validUpdateBody } from '../../generators/index.js';
import { expectIntegration, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import { withRunName } from './_internals/bodies.js';

/** Update rule 10: id, created_at, created_by_user_id never change; updated_at moves forward on every successful PATCH. */
export const immutableAndTimestamps: Rule = {
  id: 'immutable-and-timestamps',
  title: 'id, created_at and created_by_user_id never change; updated_at moves forward',
  clause: ['immutable-fields', 'updated-at-advances'],
  async run(ctx) {
    const immutable = ctx.contract.rule('immutable-fields').fields;
    const patches = fc.array(validUpdateBody(ctx.contract), { minLength: 1, maxLength: 4 });
    await ctx.property('over a sequence of valid PATCHes', [validCreateBody(ctx.contract), patches], async (create, bodies) => {
      const created = await ctx.api.create(create);
      if (String(created.updated_at) < String(created.created_at)) fail('updated_at is before created_at on create', { expected: `>= ${String(created.created_at)}`, actual: created.updated_at });
      let previous = String(created.updated_at);
      for (const patch of bodies) {
        const exchange = await ctx.api.patch(created.id, withRunName(ctx.names, patch));
        const after = expectIntegration(exchange, 'a valid PATCH');
        for (const field of immutable) {
          if (after[field] !== created[field]) fail(`${field} changed on PATCH`, { expected: created[field], actual: after[field] });
        }
        const updated = String(after.updated_at);
        if (!(Date.parse(updated) > Date.parse(previous))) fail('updated_at did not move forward on a successful PATCH', { expected: `after ${previous}`, actual: updated });
        if (Date.parse(updated) < Date.parse(String(created.created_at))) fail('updated_at is before created_at', { expected: `>= ${String(created.created_at)}`, actual: updated });
        previous = updated;
      }
    });
  },
};
