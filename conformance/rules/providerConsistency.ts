import { fieldAt, isJsonObject } from '../../spec/index.js';
import fc from 'fast-check';
import { expectPatchOutcome, expectStatus, expectUnchanged } from '../expect.js';
import type { Rule } from '../Rule.js';
import { createBodies } from './_internals/bodies.js';
import { sampleOne } from './_internals/sampleOne.js';

/** Update rule 9: on the state after the patch, awsBedrock needs AWS metadata and vertexAI GCP metadata, else 422 and nothing changes. */
export const providerConsistency: Rule = {
  id: 'provider-consistency',
  title: 'awsBedrock keeps AWS metadata and vertexAI GCP metadata, else 422',
  clause: ['provider-consistency'],
  async run(ctx) {
    const { contract, model } = ctx;
    const consistency = contract.rule('provider-consistency');
    const [providerField, metadataField] = [fieldAt(consistency, 0), fieldAt(consistency, 1)];
    const needy = Object.keys(model.requiredMetadataKind);
    // Consistent starting integrations every faithful server accepts, weighted towards the providers the rule is about.
    const start = fc.oneof(
      { weight: 3, arbitrary: createBodies(ctx).filter((b) => needy.includes(b.provider)) },
      { weight: 1, arbitrary: createBodies(ctx) },
    );
    const metadata = createBodies(ctx)
      .map((b) => b[metadataField])
      .filter((m) => isJsonObject(m));
    const patch = fc
      .record(
        {
          [providerField]: fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...needy) },
            { weight: 1, arbitrary: fc.constantFrom(...model.providers) },
          ),
          [metadataField]: fc.option(metadata, { nil: null }),
        },
        { requiredKeys: [] },
      )
      .filter((b) => Object.keys(b).length > 0);

    await ctx.property(
      'inconsistent after the patch: 422 and unchanged; consistent: 200 as sent',
      [start, patch],
      async (create, body) => {
        const before = await ctx.api.create(create);
        const exchange = await ctx.api.patch(before.id, body);
        const after = ctx.model.update(before, body, []);
        await expectPatchOutcome(
          ctx,
          before,
          body,
          exchange,
          `PATCH ${JSON.stringify(body)} leaves ${String(after.accepted ? after.after[providerField] : (body[providerField] ?? before[providerField]))} ${after.accepted ? 'consistent' : 'inconsistent'}`,
          { outcome: after },
        );
      },
    );

    await ctx.check(
      `${metadataField}: null on an integration whose provider needs metadata is 422 (the documented case)`,
      async () => {
        const [provider] = needy;
        const body = sampleOne(
          createBodies(ctx).filter((b) => b.provider === provider),
          ctx.seed,
        );
        const before = await ctx.api.create(body);
        expectStatus(
          await ctx.api.patch(before.id, { [metadataField]: null }),
          contract.rule('provider-consistency').status,
          `${metadataField}: null on ${String(provider)}`,
        );
        await expectUnchanged(ctx.api, before, 'after the 422', ctx.compare);
      },
    );
  },
};
