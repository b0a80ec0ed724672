import fc from 'fast-check';
import { compareInstants } from '../../spec/index.js';
import { expectPatchOutcome, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import { createBodies, updateBodies, withRunName } from './_internals/bodies.js';

/**
 * Update rule 10: id, created_at, created_by_user_id never change; updated_at is never before
 * created_at and never goes back. Timestamps compare as instants, at any precision or offset; that
 * updated_at strictly moves forward on every PATCH is the project's decision (--strict).
 */
export const immutableAndTimestamps: Rule = {
  id: 'immutable-and-timestamps',
  title: 'id, created_at and created_by_user_id never change; updated_at moves forward',
  clause: ['immutable-fields', 'updated-at-advances'],
  async run(ctx) {
    const immutable = ctx.contract.rule('immutable-fields').fields;
    if (!ctx.strict)
      ctx.note(
        'updated_at must not go back; that it moves forward on every PATCH is checked with --strict (updated-at-advances)',
      );
    const patches = fc.array(updateBodies(ctx), { minLength: 1, maxLength: 4 });
    await ctx.property('over a sequence of valid PATCHes', [createBodies(ctx), patches], async (create, bodies) => {
      const created = await ctx.api.create(create);
      const createdAt = created.created_at;
      if (compareInstants(created.updated_at, createdAt) === -1)
        fail('updated_at is before created_at on create', {
          expected: `>= ${String(createdAt)}`,
          actual: created.updated_at,
        });
      let current = created;
      for (const patch of bodies) {
        const body = withRunName(ctx.names, patch) as Record<string, unknown>;
        const { accepted, now } = await expectPatchOutcome(
          ctx,
          current,
          body,
          await ctx.api.patch(created.id, body),
          'a valid PATCH',
          { fieldsChecked: false },
        );
        for (const field of immutable) {
          const same =
            field === 'created_at' ? compareInstants(now[field], createdAt) === 0 : now[field] === created[field];
          if (!same) fail(`${field} changed on PATCH`, { expected: created[field], actual: now[field] });
        }
        const order = compareInstants(now.updated_at, current.updated_at);
        if (order === undefined)
          fail('updated_at is not an RFC 3339 date-time', { expected: 'a date-time', actual: now.updated_at });
        if (accepted && ctx.strict && order !== 1)
          fail('updated_at did not move forward on a successful PATCH', {
            expected: `after ${String(current.updated_at)}`,
            actual: now.updated_at,
          });
        if (order === -1)
          fail('updated_at went back', { expected: `>= ${String(current.updated_at)}`, actual: now.updated_at });
        if (compareInstants(now.updated_at, createdAt) === -1)
          fail('updated_at is before created_at', { expected: `>= ${String(createdAt)}`, actual: now.updated_at });
        current = now;
      }
    });
  },
};
