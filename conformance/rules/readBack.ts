import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { differingFields } from '../../spec/index.js';
import { expectIntegration, expectPatchOutcome, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import { createBodies, updateBodies, withRunName } from './_internals/bodies.js';

/** Update rule 13: the 200 body is the whole updated integration, and a GET right after returns the same. */
export const readBack: Rule = {
  id: 'read-back',
  title: 'The 200 body of a PATCH equals a GET right after',
  clause: ['read-back'],
  async run(ctx) {
    await ctx.property(
      'PATCH 200 body == GET',
      [createBodies(ctx), fc.array(updateBodies(ctx), { minLength: 1, maxLength: 2 })],
      async (create, patches) => {
        let current = await ctx.api.create(create);
        for (const patch of patches) {
          const body = withRunName(ctx.names, patch) as Record<string, unknown>;
          const { accepted, now } = await expectPatchOutcome(
            ctx,
            current,
            body,
            await ctx.api.patch(current.id, body),
            'a valid PATCH',
            { fieldsChecked: false },
          );
          current = now;
          if (!accepted) continue;
          const read = expectIntegration(await ctx.api.get(current.id), 'a GET right after');
          const differing = ctx.strict
            ? isDeepStrictEqual(now, read)
              ? []
              : ['(exact JSON)']
            : differingFields(ctx.contract, now, read, { serverFields: true });
          if (differing.length > 0)
            fail(`the GET differs from the PATCH's 200 body (${differing.join(', ')})`, {
              expected: now,
              actual: read,
            });
        }
      },
    );
  },
};
