import fc from 'fast-check';
import { nullCombination } from '../combinations/combinations.js';
import { expectFields, expectIntegration } from '../expect.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import { createBodies } from './_internals/bodies.js';
import { expectCreated } from './_internals/expectCreated.js';

/**
 * Update rule 5: base_url, headers and provider_metadata set to null come back absent or null.
 * An integration holds provider_metadata without needing it only where the target accepts metadata
 * on a provider that needs none (a project decision): the kit tries, and clears it only then
 * (else it sets provider_metadata to null on an integration without any, which must be a 200).
 * Systematic first: each field alone set to null, once; then random subsets.
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
      headers: fc.dictionary(fc.stringMatching(/^x-[a-z]{1,10}$/), fc.string({ maxLength: 20 }), {
        minKeys: 1,
        maxKeys: 3,
      }),
    });
    const withoutMetadata = fields.filter((f) => f !== metadataField);
    // Metadata of a kind some provider needs, on a provider that needs none.
    const foreignMetadata = fc.tuple(
      fc.constantFrom(...plainProviders),
      createBodies(ctx)
        .filter((b) => needsMetadata.includes(b.provider))
        .map((b) => (metadataField ? b[metadataField] : undefined)),
    );

    await ctx.systematic<{ create: Record<string, unknown>; field: string; foreign?: [string, unknown] }>(
      'each nullable field set to null alone is absent or null afterwards',
      fields.map((field) => ({
        combination: nullCombination(field),
        arbitrary:
          field === metadataField
            ? foreignMetadata.map((foreign) => ({ create: {}, field, foreign }))
            : initial.map((create) => ({ create, field })),
      })),
      ({ create, field, foreign }) =>
        foreign ? clearMetadata(ctx, field, foreign) : clearAndCheck(ctx, create, [field]),
    );

    const nulled = fc.subarray(withoutMetadata, { minLength: 1 });
    await ctx.property(
      `each of ${withoutMetadata.join(', ')} set to null is absent or null afterwards`,
      [initial, nulled],
      (create, toClear) => clearAndCheck(ctx, create, toClear),
    );
    if (!metadataField) return;
    await ctx.property(
      `${metadataField} set to null on a provider that needs none is absent or null afterwards`,
      [foreignMetadata],
      (foreign) => clearMetadata(ctx, metadataField, foreign),
      { numRuns: Math.min(ctx.runs, 10) },
    );
  },
};

/** Creates `create`, PATCHes `toClear` to null, and requires them absent or null in the 200 body and on GET. */
async function clearAndCheck(
  ctx: RuleContext,
  create: Record<string, unknown>,
  toClear: readonly string[],
): Promise<void> {
  const before = await ctx.api.create(create);
  const body = Object.fromEntries(toClear.map((f) => [f, null]));
  const after = expectIntegration(await ctx.api.patch(before.id, body), `PATCH ${JSON.stringify(body)}`);
  expectFields(after, body, toClear, 'the 200 body', ctx.compare);
  expectFields(await ctx.api.read(before.id), body, toClear, 'a GET after the PATCH', ctx.compare);
}

/**
 * Metadata on a provider that needs none, then cleared with null. A target that refuses such an
 * integration (metadata-on-any-provider is a decision) gets the null on one without metadata.
 */
async function clearMetadata(ctx: RuleContext, field: string, [provider, metadata]: [string, unknown]): Promise<void> {
  const exchange = await ctx.api.createRaw({ name: ctx.names.next('metadata'), provider, [field]: metadata });
  if (exchange.status >= 400 && exchange.status < 500) {
    ctx.note(
      `${field} null-clear checked only on an integration without ${field}: the target refuses ${field} on a provider that needs none (${exchange.status}); metadata-on-any-provider is a project decision`,
    );
    // null on an integration that holds none leaves it consistent: a 200, the field absent or null.
    return clearAndCheck(ctx, { provider }, [field]);
  }
  const { id } = expectCreated(exchange, `creating ${provider} with ${field}`, ctx.contract);
  const body = { [field]: null };
  const after = expectIntegration(await ctx.api.patch(id, body), `PATCH ${JSON.stringify(body)}`);
  expectFields(after, body, [field], 'the 200 body', ctx.compare);
  expectFields(await ctx.api.read(id), body, [field], 'a GET after the PATCH', ctx.compare);
}
