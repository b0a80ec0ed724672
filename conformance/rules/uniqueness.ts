import { successStatus } from '../../spec/index.js';
import fc from 'fast-check';
import { expectIntegration, expectPatchOutcome, expectStatus, expectUnchanged, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import { consistentUpdates, createBodies, stateOfCreate } from './_internals/bodies.js';

/**
 * Update rule 3: a rename onto another integration's name in the same account is 409 and changes
 * nothing; onto its own name succeeds; the same name in another account succeeds.
 */
export const uniqueness: Rule = {
  id: 'uniqueness',
  title: 'Names are unique within an account, and only within it',
  clause: ['name-unique'],
  async run(ctx) {
    const setup = fc.tuple(createBodies(ctx), createBodies(ctx)).chain(([a, b]) =>
      fc.tuple(
        fc.constant(a),
        fc.constant(b),
        fc.option(
          consistentUpdates(ctx, stateOfCreate(b), {
            fields: ['base_url', 'model_names', 'enable_default_models', 'function_calling_enabled', 'auth_type'],
          }),
          { nil: undefined },
        ),
      ),
    );
    await ctx.property(
      "renaming onto another integration's name: 409, both unchanged",
      [setup],
      async ([a, b, extra]) => {
        const first = await ctx.api.create(a);
        const second = await ctx.api.create(b);
        const body = { ...(extra ?? {}), name: first.name };
        const exchange = await ctx.api.patch(second.id, body);
        await expectPatchOutcome(ctx, second, body, exchange, `renaming onto the name of ${first.id}`, {
          takenNames: [first.name],
        });
        await expectUnchanged(ctx.api, first, 'the integration that holds the name', ctx.compare);
      },
    );

    await ctx.property(
      'renaming onto its own name: 200',
      [createBodies(ctx)],
      async (create) => {
        const integration = await ctx.api.create(create);
        const after = expectIntegration(
          await ctx.api.patch(integration.id, { name: integration.name }),
          'renaming onto its own name',
        );
        if (after.name !== integration.name)
          fail('renaming onto its own name changed the name', { expected: integration.name, actual: after.name });
      },
      { numRuns: Math.min(ctx.runs, 5) },
    );

    if (ctx.strict) {
      await ctx.check('names compare case-sensitively (decision)', async () => {
        const first = await ctx.api.create({ name: 'Case' });
        const second = await ctx.api.create({});
        const variant = first.name.replace(/Case$/, 'CASE');
        expectIntegration(
          await ctx.api.patch(second.id, { name: variant }),
          'renaming onto a name that differs only in case',
        );
      });
    } else {
      ctx.note(
        'names that differ only in case are not checked (case-sensitive uniqueness is a project decision: --strict)',
      );
    }

    const other = ctx.otherApi;
    if (!other) {
      ctx.note('skipped: the same name in another account succeeds (needs --other-api-key)');
      return;
    }
    await ctx.check('the same name in another account: 201 on create, 200 on rename', async () => {
      const mine = await ctx.api.create({});
      const theirs = await other.create({});
      const renamed = expectIntegration(
        await other.patch(theirs.id, { name: mine.name }),
        'renaming onto a name another account uses',
      );
      if (renamed.name !== mine.name)
        fail('the rename did not take the name', { expected: mine.name, actual: renamed.name });
      const created = await other.createRaw({ name: `${mine.name}-twin`, provider: mine.provider });
      expectStatus(created, successStatus(ctx.contract, 'create'), 'creating with a fresh name');
      const clash = await ctx.api.createRaw({ name: `${mine.name}-twin`, provider: mine.provider });
      expectStatus(clash, successStatus(ctx.contract, 'create'), 'creating with a name only another account uses');
    });
  },
};
