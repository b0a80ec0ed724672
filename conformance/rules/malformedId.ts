import fc from 'fast-check';
import { expectStatus, expectUnchanged, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import { createBodies } from './_internals/bodies.js';

/** Characters no base64 or base64url id holds (the kit sends only ids with one of them, see ResourceTracker.assertUnnameable). */
const FOREIGN_CHARACTERS = [
  ' ',
  '!',
  '%',
  '*',
  '@',
  ':',
  '?',
  '#',
  '&',
  '"',
  "'",
  ',',
  ';',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '$',
  '^',
  '|',
  '\\',
  '<',
  '>',
  '~',
  'é',
  '中',
];
const BASE64_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='.split('');

/**
 * Update rule 12: an id that fails the spec's id pattern (the IntegrationId path parameter) is 400
 * on get, patch and delete, and changes nothing. Such ids name no integration, so sending them is
 * safe; they are URL-encoded, so they reach the path segment as they are.
 */
export const malformedId: Rule = {
  id: 'malformed-id',
  title: 'An id of an invalid format is 400 on get, patch and delete',
  clause: ['malformed-id'],
  // Each case makes its own integration and name: cases are independent.
  shards: 2,
  async run(ctx) {
    const { idPattern } = ctx.api.paths;
    const refused = ctx.contract.rule('malformed-id').status;
    const compare = ctx.compare;
    const part = fc.array(fc.constantFrom(...BASE64_CHARACTERS), { maxLength: 12 }).map((c) => c.join(''));
    const generated = fc
      .tuple(part, fc.array(fc.constantFrom(...FOREIGN_CHARACTERS), { minLength: 1, maxLength: 3 }), part)
      .map(([before, bad, after]) => `${before}${bad.join('')}${after}`);
    const malformed = fc
      .oneof(fc.constantFrom('not!base64', 'a b', '%%%'), generated)
      .filter((id) => !idPattern.test(id));

    await ctx.property(
      'an id failing the id pattern: 400 on get, patch and delete, nothing changes',
      [malformed, createBodies(ctx)],
      async (id, create) => {
        const mine = await ctx.api.create(create);
        expectStatus(await ctx.api.get(id), refused, `GET of the malformed id ${JSON.stringify(id)}`);
        const body = { enable_default_models: mine.enable_default_models !== true, name: ctx.names.next('malformed') };
        expectStatus(
          await ctx.api.sendToMalformedId('PATCH', id, body),
          refused,
          `PATCH of the malformed id ${JSON.stringify(id)}`,
        );
        expectStatus(
          await ctx.api.sendToMalformedId('DELETE', id),
          refused,
          `DELETE of the malformed id ${JSON.stringify(id)}`,
        );
        await expectUnchanged(
          ctx.api,
          mine,
          'an integration of the account, after the requests to a malformed id',
          compare,
        );
        const listed = await ctx.api.listAll({ name: body.name });
        if (listed.length > 0)
          fail('the PATCH of a malformed id renamed an integration', { expected: [], actual: listed });
      },
    );
  },
};
