import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { validCreateBody, validUpdateBody } from '../../generators/index.js';
import { resourceFields } from '../../spec/index.js';
import { differingFields } from '../compare.js';
import { expectIntegration, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import { withRunName } from './_internals/bodies.js';

/** Update rule 13: the 200 body is the whole updated integration, and a GET right after returns the same. */
export const readBack: Rule = {
  id: 'read-back',
  title: 'The 200 body of a PATCH equals a GET right after',
  clause: ['read-back'],
  async run(ctx) {
    await ctx.property('PATCH 200 body == GET', [validCreateBody(ctx.contract), fc.array(validUpdateBody(ctx.contract), { minLength: 1, maxLength: 2 })], async (create, patches) => {
      const created = await ctx.api.create(create);
      for (const patch of patches) {
        const patched = expectIntegration(await ctx.api.patch(created.id, withRunName(ctx.names, patch)), 'a valid PATCH');
        const exchange = await ctx.api.get(created.id);
        const read = expectIntegration(exchange, 'a GET right after');
        const differing = ctx.strict ? (isDeepStrictEqual(patched, read) ? [] : ['(exact JSON)']) : differingFields(patched, read, { fields: resourceFields(ctx.contract), keepServerFields: true });
        if (differing.length > 0) fail(`the GET differs from the PATCH's 200 body (${differing.join(', ')})`, { expected: patched, actual: read });
      }
    });
  },
};
