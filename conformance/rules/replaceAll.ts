import { fieldAt } from '../../spec/index.js';
import fc from 'fast-check';
import { boundaryCombinations } from '../combinations/combinations.js';
import { expectFields, expectIntegration } from '../expect.js';
import type { Rule } from '../Rule.js';
import type { ScopingIds } from '../RuleContext.js';
import { createBodies } from './_internals/bodies.js';
import { boundaryCase, boundaryCreateBody, judgeBoundary } from './_internals/boundaries.js';
import type { Integration } from '../IntegrationsApi.js';
import { sampleOne } from './_internals/sampleOne.js';

/** The scopings a target must accept: account-wide, and the given organization and space. */
export function scopingChoices(ids: ScopingIds): Array<Record<string, string>> {
  const choices: Array<Record<string, string>> = [{}];
  if (ids.organizationId) choices.push({ organization_id: ids.organizationId });
  if (ids.organizationId && ids.spaceId) choices.push({ organization_id: ids.organizationId, space_id: ids.spaceId });
  return choices;
}

/**
 * Update rule 6: model_names, scopings and provider_metadata come back exactly as sent, never merged
 * with the stored value; headers too in strict mode (a project decision). Systematic first: every
 * list and map field of the update body at each of its boundaries (empty, one, several, duplicates
 * where the schema allows them, a map exactly at its byte limit), once; then random replacements.
 */
export const replaceAll: Rule = {
  id: 'replace-all',
  title: 'Lists and objects are replaced whole, never merged',
  clause: ['replace-all', 'headers-replace'],
  async run(ctx) {
    const { model } = ctx;
    const { reachable } = boundaryCombinations(ctx.contract, ctx.scopingIds);
    const cases = reachable.map(({ combination, collection, boundary }) => ({
      combination,
      arbitrary: boundaryCase(ctx, collection, boundary, scopingChoices(ctx.scopingIds)),
    }));
    // On one integration while they pass, each field's boundaries in turn (empty first, from the
    // fixture's non-empty value; each next one from the value the one before left).
    const fixtureValues = sampleOne(fc.tuple(...cases.map((c) => c.arbitrary)), ctx.seed);
    // Each field starts from its first case's old value (the empty case's: not account-wide where the run allows).
    const fixtureBody = Object.assign({}, ...fixtureValues.map((v) => boundaryCreateBody(ctx, v)).reverse()) as Record<
      string,
      unknown
    >;
    await ctx.systematic(
      'each list and map field at each boundary comes back as sent',
      cases,
      async (c, shared: { current: Integration } | undefined) => {
        if (shared) shared.current = await judgeBoundary(ctx, shared.current, c);
        else await judgeBoundary(ctx, await ctx.api.create(boundaryCreateBody(ctx, c)), c);
      },
      { shared: { make: async () => ({ current: await ctx.api.create(fixtureBody) }) } },
    );
    const fields = [
      ...ctx.contract.rule('replace-all').fields,
      ...(ctx.strict ? ctx.contract.rule('headers-replace').fields : []),
    ];
    if (!ctx.strict) ctx.note('headers are not checked (headers-replace is a project decision: --strict)');
    const scopings = scopingChoices(ctx.scopingIds);
    if (scopings.length === 1)
      ctx.note(
        'scopings replaced with account-wide ones only, so a merge of scopings cannot show (give real ids with --organization-id and --space-id)',
      );
    // A provider that needs metadata, with two metadata objects of its kind from the generators:
    // the provider stays, the metadata is replaced (different role or project, so a merge shows).
    const consistency = ctx.contract.rule('provider-consistency');
    const [providerField, metadataField] = [fieldAt(consistency, 0), fieldAt(consistency, 1)];
    const needy = Object.keys(model.requiredMetadataKind);
    const metadataPair = fc.constantFrom(...needy).chain((provider) => {
      const metadata = createBodies(ctx)
        .filter((b) => b[providerField] === provider)
        .map((b) => b[metadataField] as Record<string, unknown>);
      return fc
        .tuple(fc.constant(provider), metadata, metadata)
        .filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b));
    });
    // Models never shared, so a merge of model_names shows; scopings only from the given ids (with
    // one organization and space, old and new lists may overlap: a merge then shows only sometimes).
    const scopingList = fc.uniqueArray(fc.constantFrom(...scopings), {
      minLength: 1,
      maxLength: scopings.length,
      selector: (s) => JSON.stringify(s),
    });
    const values = fc.record({
      oldModels: fc.uniqueArray(
        fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((s) => `old-${s}`),
        { minLength: 1, maxLength: 4 },
      ),
      newModels: fc.uniqueArray(
        fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((s) => `new-${s}`),
        { minLength: 0, maxLength: 4 },
      ),
      oldScopings: scopingList,
      newScopings: scopingList,
      metadata: metadataPair,
      oldHeaders: fc.dictionary(fc.stringMatching(/^x-old-[a-z]{1,8}$/), fc.string({ maxLength: 10 }), {
        minKeys: 1,
        maxKeys: 3,
      }),
      newHeaders: fc.dictionary(fc.stringMatching(/^x-new-[a-z]{1,8}$/), fc.string({ maxLength: 10 }), {
        minKeys: 0,
        maxKeys: 3,
      }),
      sent: fc.subarray(fields, { minLength: 1 }),
    });
    await ctx.property(`${fields.join(', ')} come back exactly as sent`, [values], async (v) => {
      const [provider, oldMetadata, newMetadata] = v.metadata;
      // enable_default_models keeps a model source when model_names is emptied (model-source-optional is a decision).
      const before = await ctx.api.create({
        provider,
        enable_default_models: true,
        model_names: v.oldModels,
        scopings: v.oldScopings,
        provider_metadata: oldMetadata,
        headers: v.oldHeaders,
      });
      const all: Record<string, unknown> = {
        model_names: v.newModels,
        scopings: v.newScopings,
        provider_metadata: newMetadata,
        headers: v.newHeaders,
      };
      const body = Object.fromEntries(v.sent.map((f) => [f, all[f]]));
      const after = expectIntegration(await ctx.api.patch(before.id, body), 'a PATCH replacing lists and objects');
      expectFields(after, body, v.sent, 'the 200 body', ctx.compare);
      expectFields(await ctx.api.read(before.id), body, v.sent, 'a GET after the PATCH', ctx.compare);
    });
  },
};
