import { isJsonObject, readListing, successStatus, type Contract } from '../../spec/index.js';
import { expectStatus, expectUnchanged, fail } from '../expect.js';
import type { Integration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';

/**
 * Operations: no or malformed credentials are 401. Update rule 12: a deleted id is 404; another
 * account's integration is 404 on get, patch and delete and never in that account's list.
 */
export const authAndIsolation: Rule = {
  id: 'auth-and-isolation',
  title: 'Credentials are required; accounts never see each other',
  clause: ['not-found'],
  contractText: 'Operations: every operation requires Authorization: Bearer <api key> (401 otherwise)',
  async run(ctx) {
    // not-found (404 for another account's id) is a decision: without --strict a 403 (the resource
    // exists, the action is not allowed) keeps the facts where the operation declares one. A
    // deleted id exists no more: 404.
    const notFound = ctx.contract.rule('not-found').status;
    const forbidden = 403;
    const foreign = (name: 'get' | 'update' | 'delete') =>
      ctx.strict || !ctx.contract.operation(name).declaredStatuses.includes(forbidden)
        ? [notFound]
        : [forbidden, notFound];
    if (!ctx.strict)
      ctx.note("another account's id may get 403 on patch and delete (they declare it); exactly 404 with --strict");
    await ctx.check('no or malformed credentials: 401 on every operation, nothing changes', async () => {
      const mine = await ctx.api.create({});
      const variants: Array<{ label: string; authorization?: string | null; withoutBearer?: boolean }> = [
        { label: 'no Authorization header', authorization: null },
        { label: 'Authorization: Basic', authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' },
        { label: 'the key without "Bearer "', withoutBearer: true },
        { label: 'Authorization: Bearer (empty)', authorization: 'Bearer ' },
      ];
      const { collection, itemTemplate } = ctx.api.paths;
      const path = ctx.api.paths.item(mine.id);
      for (const variant of variants) {
        const auth = variant.withoutBearer
          ? { authorizationFrom: (key: string) => key }
          : { authorization: variant.authorization ?? null };
        const client = variant.withoutBearer ? ctx.api.client : ctx.anonymous;
        for (const [method, target, json] of [
          ['GET', collection, undefined],
          ['GET', path, undefined],
          ['PATCH', path, { enable_default_models: true, name: `${mine.name}-x` }],
          ['DELETE', path, undefined],
          ['POST', collection, { name: ctx.names.next('unauthorized'), provider: mine.provider }],
        ] as const) {
          const exchange = await client.request({ method, path: target, ...(json ? { json } : {}), ...auth });
          expectStatus(exchange, 401, `${method} ${target === path ? itemTemplate : collection} with ${variant.label}`);
        }
      }
      await expectUnchanged(ctx.api, mine, 'after the unauthorized requests', ctx.compare);
    });

    await ctx.check('a deleted id: 404 on get, patch and delete', async () => {
      const deleted = await ctx.api.create({});
      expectStatus(await ctx.api.delete(deleted.id), successStatus(ctx.contract, 'delete'), 'deleting an integration');
      expectStatus(await ctx.api.get(deleted.id), notFound, 'GET of a deleted id');
      expectStatus(await ctx.api.patch(deleted.id, { enable_default_models: true }), notFound, 'PATCH of a deleted id');
      expectStatus(await ctx.api.delete(deleted.id), notFound, 'DELETE of a deleted id');
    });

    const other = ctx.otherApi;
    if (!other) {
      ctx.note('skipped: isolation between accounts (needs --other-api-key)');
      return;
    }
    await ctx.check(
      "another account's integration: 404 (403 where declared) on get, patch and delete, never listed",
      async () => {
        const mine = await ctx.api.create({});
        expectStatus(await other.get(mine.id), foreign('get'), "GET of another account's integration");
        expectStatus(
          await other.patch(mine.id, { enable_default_models: true, name: `${mine.name}-stolen` }),
          foreign('update'),
          "PATCH of another account's integration",
        );
        expectStatus(await other.delete(mine.id), foreign('delete'), "DELETE of another account's integration");
        await expectUnchanged(ctx.api, mine, "after the other account's attempts", ctx.compare);
        await expectNotListed(other.listAll({ name: mine.name }), mine, 'filtered by its name');
        await expectNotListed(
          other.list({ limit: 100 }).then((exchange) => itemsOf(ctx.contract, exchange)),
          mine,
          'first page',
        );
      },
    );
  },
};

function itemsOf(contract: Contract, exchange: RecordedExchange): readonly unknown[] {
  expectStatus(exchange, successStatus(contract, 'list'), "the other account's list");
  return readListing(contract, exchange.body)?.items ?? [];
}

async function expectNotListed(listing: Promise<readonly unknown[]>, mine: Integration, how: string): Promise<void> {
  const items = await listing;
  const found = items.find((item) => isJsonObject(item) && (item.id === mine.id || item.name === mine.name));
  if (found)
    fail(`the other account's list (${how}) shows an integration of this account`, {
      expected: 'not listed',
      actual: found,
    });
}
