import fc from 'fast-check';
import { expectFields, expectIntegration, expectStatus } from '../expect.js';
import type { Rule } from '../Rule.js';
import { createBodies } from './_internals/bodies.js';

/**
 * Update rule 5: base_url, headers and provider_metadata set to null come back absent or null.
 * An integration holds provider_metadata without needing it only where the target accepts metadata
 * on a provider that needs none (a project decision): the kit tries, and clears it only then.
 */
export const nullClears: Rule = {
  id: 'null-clears',
  title: 'base_url, headers and provider_metadata set to null are removed',
  clause: ['null-clears'],
  async run(ctx) {
    const { model } = ctx;
    const fields = ctx.contract.rule('null-clears').fields;
    const [metadataField] = ctx.contract.rule('metadata-on-any-provider').fields.filter((f) => fields.includes(f));
    const plainProviders = model.providers.filter((p) => !Object.hasOwn(model.requiredMetadataKind, p));
    const needsMetadata = Object.keys(model.requiredMetadataKind);
    const initial = fc.record({
      provider: fc.constantFrom(...plainProviders),
      base_url: fc.webUrl(),
      headers: fc.dictionary(fc.stringMatching(/^x-[a-z]{1,10}$/), fc.string({ maxLength: 20 }), { minKeys: 1, maxKeys: 3 }),
    });
    const withoutMetadata = fields.filter((f) => f !== metadataField);
    const nulled = fc.subarray(withoutMetadata, { minLength: 1 });
    await ctx.property(`each of ${withoutMetadata.join(', ')} set to null is absent or null afterwards`, [initial, nulled], async (create, toClear) => {
      const before = await ctx.api.create(create);
      const body = Object.fromEntries(toClear.map((f) => [f, null]));
      const after = expectIntegration(await ctx.api.patch(before.id, body), `PATCH ${JSON.stringify(body)}`);
      expectFields(after, body, toClear, 'the 200 body', ctx.compare);
      expectFields(await ctx.api.read(before.id), body, toClear, 'a GET after the PATCH', ctx.compare);
    });

    if (!metadataField) return;
    // Metadata of a kind some provider needs, on a provider that needs none.
    const foreignMetadata = fc.tuple(
      fc.constantFrom(...plainProviders),
      createBodies(ctx).filter((b) => needsMetadata.includes(b.provider)).map((b) => b[metadataField]),
    );
    await ctx.property(`${metadataField} set to null on a provider that needs none is absent or null afterwards`, [foreignMetadata], async ([provider, metadata]) => {
      const exchange = await ctx.api.createRaw({ name: ctx.names.next('metadata'), provider, [metadataField]: metadata });
      if (exchange.status >= 400 && exchange.status < 500) {
        ctx.note(`${metadataField} null-clear not checked: the target refuses ${metadataField} on a provider that needs none (${exchange.status}); metadata-on-any-provider is a project decision`);
        return;
      }
      expectStatus(exchange, 201, `creating ${provider} with ${metadataField}`);
      const { id } = exchange.body as { id: string };
      const body = { [metadataField]: null };
      const after = expectIntegration(await ctx.api.patch(id, body), `PATCH ${JSON.stringify(body)}`);
      expectFields(after, body, [metadataField], 'the 200 body', ctx.compare);
      expectFields(await ctx.api.read(id), body, [metadataField], 'a GET after the PATCH', ctx.compare);
    }, { numRuns: Math.min(ctx.runs, 10) });
  },
};
