import fc from 'fast-check';
import { consistentUpdateBody, validCreateBody } from '../../generators/index.js';
import { resourceFields } from '../../spec/index.js';
import { expectIntegration, expectStatus, expectUnchanged, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import { stateOfCreate } from './_internals/bodies.js';

/**
 * Update rule 3: a rename onto another integration's name in the same account is 409 and changes
 * nothing; onto its own name succeeds; the same name in another account succeeds.
 */
export const uniqueness: Rule = {
  id: 'uniqueness',
  title: 'Names are unique within an account, and only within it',
  clause: ['name-unique'],
  async run(ctx) {
    const { contract } = ctx;
    const setup = fc.tuple(validCreateBody(contract), validCreateBody(contract)).chain(([a, b]) =>
      fc.tuple(fc.constant(a), fc.constant(b), fc.option(consistentUpdateBody(contract, stateOfCreate(b), { fields: ['base_url', 'model_names', 'enable_default_models', 'function_calling_enabled', 'auth_type'] }), { nil: undefined })),
    );
    await ctx.property("renaming onto another integration's name: 409, both unchanged", [setup], async ([a, b, extra]) => {
      const first = await ctx.api.create(a);
      const second = await ctx.api.create(b);
      const exchange = await ctx.api.patch(second.id, { ...(extra ?? {}), name: first.name });
      expectStatus(exchange, 409, `renaming onto the name of ${first.id}`);
      await expectUnchanged(ctx.api, second, 'the integration whose rename was refused', { fields: resourceFields(ctx.contract) });
      await expectUnchanged(ctx.api, first, 'the integration that holds the name', { fields: resourceFields(ctx.contract) });
    });

    await ctx.property('renaming onto its own name: 200', [validCreateBody(contract)], async (create) => {
      const integration = await ctx.api.create(create);
      const after = expectIntegration(await ctx.api.patch(integration.id, { name: integration.name }), 'renaming onto its own name');
      if (after.name !== integration.name) fail('renaming onto its own name changed the name', { expected: integration.name, actual: after.name });
    }, { numRuns: Math.min(ctx.runs, 5) });

    if (ctx.strict) {
      await ctx.check('names compare case-sensitively (decision)', async () => {
        const first = await ctx.api.create({ name: 'Case' });
        const second = await ctx.api.create({});
        const variant = first.name.replace(/Case$/, 'CASE');
        expectIntegration(await ctx.api.patch(second.id, { name: variant }), 'renaming onto a name that differs only in case');
      });
    }

    const other = ctx.otherApi;
    if (!other) {
      ctx.note('skipped: the same name in another account succeeds (needs --other-api-key)');
      return;
    }
    await ctx.check('the same name in another account: 201 on create, 200 on rename', async () => {
      const mine = await ctx.api.create({});
      const theirs = await other.create({});
      const renamed = expectIntegration(await other.patch(theirs.id, { name: mine.name }), "renaming onto a name another account uses");
      if (renamed.name !== mine.name) fail('the rename did not take the name', { expected: mine.name, actual: renamed.name });
      const created = await other.createRaw({ name: `${mine.name}-twin`, provider: 'openAI' });
      expectStatus(created, 201, 'creating with a fresh name');
      const clash = await ctx.api.createRaw({ name: `${mine.name}-twin`, provider: 'openAI' });
      expectStatus(clash, 201, "creating with a name only another account uses");
    });
  },
};
