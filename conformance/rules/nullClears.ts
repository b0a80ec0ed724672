import fc from 'fast-check';
import { resourceFields } from '../../spec/index.js';
import { expectFields, expectIntegration } from '../expect.js';
import type { Rule } from '../Rule.js';
import { providersWithoutMetadata } from './_internals/bodies.js';

/** Update rule 5: base_url, headers and provider_metadata set to null come back absent or null. */
export const nullClears: Rule = {
  id: 'null-clears',
  title: 'base_url, headers and provider_metadata set to null are removed',
  clause: ['null-clears'],
  async run(ctx) {
    const fields = ctx.contract.rule('null-clears').fields;
    const initial = fc.record({
      provider: fc.constantFrom(...providersWithoutMetadata(ctx.contract)),
      base_url: fc.webUrl(),
      headers: fc.dictionary(fc.stringMatching(/^x-[a-z]{1,10}$/), fc.string({ maxLength: 20 }), { minKeys: 1, maxKeys: 3 }),
      provider_metadata: fc.record({ kind: fc.constant('aws'), role_arn: fc.stringMatching(/^arn:aws:iam::\d{12}:role\/[A-Za-z]{1,12}$/) }),
    });
    const nulled = fc.subarray([...fields], { minLength: 1 });
    await ctx.property('each field set to null is absent or null afterwards', [initial, nulled], async (create, toClear) => {
      const before = await ctx.api.create(create);
      const body = Object.fromEntries(toClear.map((f) => [f, null]));
      const exchange = await ctx.api.patch(before.id, body);
      const after = expectIntegration(exchange, `PATCH ${JSON.stringify(body)}`);
      expectFields(after, body, toClear, 'the 200 body', { fields: resourceFields(ctx.contract) });
      expectFields(await ctx.api.read(before.id), body, toClear, 'a GET after the PATCH', { fields: resourceFields(ctx.contract) });
    });
  },
};
