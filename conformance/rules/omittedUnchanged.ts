import fc from 'fast-check';
import { consistentUpdateBody, validCreateBody } from '../../generators/index.js';
import { resourceFields } from '../../spec/index.js';
import { expectFields, expectIntegration, updatableFields } from '../expect.js';
import type { Rule } from '../Rule.js';
import { resourceField, stateOfCreate, withRunName } from './_internals/bodies.js';

/** Update rule 2: after any valid patch, every field not in the body is as it was. */
export const omittedUnchanged: Rule = {
  id: 'omitted-unchanged',
  title: 'Fields omitted from a valid PATCH are left unchanged',
  clause: ['omitted-unchanged'],
  async run(ctx) {
    const fields = [...updatableFields(ctx.contract)];
    const createAndPatch = validCreateBody(ctx.contract).chain((create) =>
      fc.tuple(fc.constant(create), consistentUpdateBody(ctx.contract, stateOfCreate(create))),
    );
    await ctx.property('every omitted field keeps its value, in the 200 body and on GET', [createAndPatch], async ([create, patch]) => {
      const before = await ctx.api.create(create);
      const body = withRunName(ctx.names, patch);
      const omitted = fields.filter((f) => !(f in body)).map(resourceField);
      const exchange = await ctx.api.patch(before.id, body);
      const after = expectIntegration(exchange, 'a valid PATCH');
      expectFields(after, before, omitted, 'the 200 body', { fields: resourceFields(ctx.contract), strict: ctx.strict });
      const read = await ctx.api.read(before.id);
      expectFields(read, before, omitted, 'a GET after the PATCH', { fields: resourceFields(ctx.contract), strict: ctx.strict });
    });
  },
};
