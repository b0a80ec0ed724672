import fc from 'fast-check';
import { expectFields, expectPatchOutcome, updatableFields } from '../expect.js';
import { isIntegration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import { consistentUpdates, createBodies, resourceField, stateOfCreate, withRunName } from './_internals/bodies.js';

/** Update rule 2: after any valid patch, every field not in the body is as it was. */
export const omittedUnchanged: Rule = {
  id: 'omitted-unchanged',
  title: 'Fields omitted from a valid PATCH are left unchanged',
  clause: ['omitted-unchanged'],
  async run(ctx) {
    const fields = [...updatableFields(ctx.contract)];
    const createAndPatch = createBodies(ctx).chain((create) =>
      fc.tuple(fc.constant(create), consistentUpdates(ctx, stateOfCreate(create))),
    );
    await ctx.property(
      'every omitted field keeps its value, in the 200 body and on GET',
      [createAndPatch],
      async ([create, patch]) => {
        const before = await ctx.api.create(create);
        const body = withRunName(ctx.names, patch) as Record<string, unknown>;
        const omitted = fields.filter((f) => !(f in body)).map(resourceField);
        const exchange = await ctx.api.patch(before.id, body);
        if (exchange.status === 200 && isIntegration(exchange.body))
          expectFields(exchange.body, before, omitted, 'the 200 body', ctx.compare);
        const { accepted } = await expectPatchOutcome(ctx, before, body, exchange, 'a valid PATCH');
        if (!accepted) return;
        expectFields(await ctx.api.read(before.id), before, omitted, 'a GET after the PATCH', ctx.compare);
      },
    );
  },
};
