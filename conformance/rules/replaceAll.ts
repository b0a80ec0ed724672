import fc from 'fast-check';
import { resourceFields } from '../../spec/index.js';
import { expectFields, expectIntegration } from '../expect.js';
import type { Rule } from '../Rule.js';

const id = fc.stringMatching(/^[A-Za-z0-9]{8,16}$/).map((s) => Buffer.from(`Ref:${s}`).toString('base64'));
const scoping = fc.oneof(fc.constant({}), fc.record({ organization_id: id }), fc.record({ organization_id: id, space_id: id }));
const aws = (tag: string) =>
  fc.record({ kind: fc.constant('aws' as const), role_arn: fc.stringMatching(/^[a-z]{1,10}$/).map((s) => `arn:aws:iam::123456789012:role/${tag}-${s}`), external_id: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }) }, { requiredKeys: ['kind', 'role_arn'] });
const gcp = (tag: string) =>
  fc.record({ kind: fc.constant('gcp' as const), project_id: fc.constant(`${tag}-project`), location: fc.constantFrom('us-central1', 'europe-west4'), project_access_label: fc.stringMatching(/^[a-z]{1,10}$/) });

/**
 * Update rule 6: model_names, scopings and provider_metadata come back exactly as sent, never merged
 * with the stored value; headers too in strict mode (a project decision).
 */
export const replaceAll: Rule = {
  id: 'replace-all',
  title: 'Lists and objects are replaced whole, never merged',
  clause: ['replace-all', 'headers-replace'],
  async run(ctx) {
    const fields = [...ctx.contract.rule('replace-all').fields, ...(ctx.strict ? ctx.contract.rule('headers-replace').fields : [])];
    if (!ctx.strict) ctx.note('headers are not checked (headers-replace is a project decision: --strict)');
    // Old and new values never share an element, so any merge shows.
    const metadataPair = fc.oneof(
      fc.tuple(fc.constant('awsBedrock'), aws('old'), aws('new')),
      fc.tuple(fc.constant('vertexAI'), gcp('old'), gcp('new')),
    );
    const values = fc.record({
      oldModels: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((s) => `old-${s}`), { minLength: 1, maxLength: 4 }),
      newModels: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((s) => `new-${s}`), { minLength: 0, maxLength: 4 }),
      oldScopings: fc.array(scoping, { minLength: 1, maxLength: 3 }),
      newScopings: fc.array(scoping, { minLength: 1, maxLength: 3 }),
      metadata: metadataPair,
      oldHeaders: fc.dictionary(fc.stringMatching(/^x-old-[a-z]{1,8}$/), fc.string({ maxLength: 10 }), { minKeys: 1, maxKeys: 3 }),
      newHeaders: fc.dictionary(fc.stringMatching(/^x-new-[a-z]{1,8}$/), fc.string({ maxLength: 10 }), { minKeys: 0, maxKeys: 3 }),
      sent: fc.subarray(fields, { minLength: 1 }),
    });
    await ctx.property(`${fields.join(', ')} come back exactly as sent`, [values], async (v) => {
      const [provider, oldMetadata, newMetadata] = v.metadata;
      const before = await ctx.api.create({ provider, model_names: v.oldModels, scopings: v.oldScopings, provider_metadata: oldMetadata, headers: v.oldHeaders });
      const all: Record<string, unknown> = { model_names: v.newModels, scopings: v.newScopings, provider_metadata: newMetadata, headers: v.newHeaders };
      const body = Object.fromEntries(v.sent.map((f) => [f, all[f]]));
      const exchange = await ctx.api.patch(before.id, body);
      const after = expectIntegration(exchange, 'a PATCH replacing lists and objects');
      expectFields(after, body, v.sent, 'the 200 body', { fields: resourceFields(ctx.contract), strict: ctx.strict });
      expectFields(await ctx.api.read(before.id), body, v.sent, 'a GET after the PATCH', { fields: resourceFields(ctx.contract), strict: ctx.strict });
    });
  },
};
