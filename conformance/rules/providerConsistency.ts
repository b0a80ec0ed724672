import fc from 'fast-check';
import { providerMetadataConsistent, resourceFields } from '../../spec/index.js';
import { isObject } from '../compare.js';
import { expectFields, expectIntegration, expectStatus, expectUnchanged } from '../expect.js';
import type { Rule } from '../Rule.js';
import { providers, requiredMetadataKind } from './_internals/bodies.js';

const metadataOf = {
  aws: fc.record({ kind: fc.constant('aws'), role_arn: fc.constantFrom('arn:aws:iam::123456789012:role/A', 'arn:aws:iam::123456789012:role/B') }),
  gcp: fc.record({ kind: fc.constant('gcp'), project_id: fc.constantFrom('p1', 'p2'), location: fc.constant('us-central1'), project_access_label: fc.constant('team') }),
};

/** Update rule 9: on the state after the patch, awsBedrock needs AWS metadata and vertexAI GCP metadata, else 422 and nothing changes. */
export const providerConsistency: Rule = {
  id: 'provider-consistency',
  title: 'awsBedrock keeps AWS metadata and vertexAI GCP metadata, else 422',
  clause: ['provider-consistency'],
  async run(ctx) {
    const { contract } = ctx;
    const required = requiredMetadataKind(contract);
    const anyMetadata = fc.oneof(metadataOf.aws, metadataOf.gcp);
    // A consistent starting integration.
    const start = fc.constantFrom(...providers(contract)).chain((provider) => {
      const kind = required[provider] as keyof typeof metadataOf | undefined;
      return fc.record({ provider: fc.constant(provider), provider_metadata: kind ? metadataOf[kind] : fc.option(anyMetadata, { nil: null }) });
    });
    // Weighted towards the providers and metadata the rule is about.
    const needy = Object.keys(required);
    const patch = fc
      .record(
        { provider: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...needy) }, { weight: 1, arbitrary: fc.constantFrom(...providers(contract)) }), provider_metadata: fc.option(anyMetadata, { nil: null }) },
        { requiredKeys: [] },
      )
      .filter((b) => Object.keys(b).length > 0);

    await ctx.property('inconsistent after the patch: 422 and unchanged; consistent: 200 as sent', [start, patch], async (create, body) => {
      const before = await ctx.api.create(create);
      const provider = 'provider' in body ? body.provider : before.provider;
      const metadata = 'provider_metadata' in body ? body.provider_metadata : before.provider_metadata;
      const exchange = await ctx.api.patch(before.id, body);
      if (providerMetadataConsistent(contract, provider, metadata)) {
        const after = expectIntegration(exchange, `PATCH ${JSON.stringify(body)} leaves ${String(provider)} with ${describe(metadata)}`);
        expectFields(after, body, Object.keys(body), 'the 200 body', { fields: resourceFields(contract) });
      } else {
        expectStatus(exchange, 422, `PATCH ${JSON.stringify(body)} would leave ${String(provider)} with ${describe(metadata)}`);
        await expectUnchanged(ctx.api, before, 'after the 422', { fields: resourceFields(contract) });
      }
    });

    await ctx.check('provider_metadata: null on an awsBedrock integration is 422 (the documented case)', async () => {
      const before = await ctx.api.create({ provider: 'awsBedrock', provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::123456789012:role/A' } });
      expectStatus(await ctx.api.patch(before.id, { provider_metadata: null }), 422, 'provider_metadata: null on awsBedrock');
      await expectUnchanged(ctx.api, before, 'after the 422', { fields: resourceFields(contract) });
    });
  },
};

function describe(metadata: unknown): string {
  return isObject(metadata) ? `${String(metadata.kind)} metadata` : 'no metadata';
}
