import { type ListParameters, readListing, successStatus } from '../../../spec/index.js';
import { expectStatus, fail } from '../../expect.js';
import { isIntegration, type Integration } from '../../IntegrationsApi.js';
import type { RuleContext } from '../../RuleContext.js';

/** One listing paged through: its name filter, the page size asked (absent: the target's default), and the most a page may hold. */
export interface PageWalk {
  readonly filter: string;
  readonly limit?: number;
  /** The most items a page may hold (the limit asked, or the largest the spec allows). */
  readonly perPage?: number;
  /** After this many pages a listing that still has more is a failure. */
  readonly maxPages: number;
  /** How failures name the listing. */
  readonly what: string;
}

/**
 * Pages through a listing following its cursor: every page a 200 listing, no page over
 * `perPage`, every item an integration seen once across the pages, `next_cursor` present exactly
 * when `has_more` and never the page's own cursor. `onItem` checks each item further. Answers the
 * ids seen.
 */
export async function walkPages(
  ctx: RuleContext,
  params: ListParameters,
  walk: PageWalk,
  onItem: (item: Integration, where: string) => void = () => undefined,
): Promise<ReadonlySet<string>> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 1; ; page++) {
    if (page > walk.maxPages)
      fail(`${walk.what}: still has_more after ${walk.maxPages} pages`, {
        expected: `at most ${walk.maxPages} pages`,
        actual: [...seen],
      });
    const exchange = await ctx.api.list({
      [params.nameFilter]: walk.filter,
      ...(walk.limit === undefined ? {} : { [params.pageSize.name]: walk.limit }),
      ...(cursor === undefined ? {} : { [params.cursor]: cursor }),
    });
    const where = `${walk.what}, page ${page}`;
    expectStatus(exchange, successStatus(ctx.contract, 'list'), where);
    const listing = readListing(ctx.contract, exchange.body);
    if (!listing) fail(`${where}: not a listing`, { actual: exchange.body });
    const { items, hasMore, nextCursor: next } = listing;
    if (walk.perPage !== undefined && items.length > walk.perPage)
      fail(`${where}: ${items.length} integrations on one page`, {
        expected: `at most ${walk.perPage}`,
        actual: items.length,
      });
    for (const item of items) {
      if (!isIntegration(item)) fail(`${where}: an item is not an integration`, { actual: item });
      if (seen.has(item.id))
        fail(`${where}: ${item.name} (${item.id}) appears a second time across the pages`, {
          expected: 'each integration once',
          actual: [...seen],
        });
      seen.add(item.id);
      onItem(item, where);
    }
    if (typeof hasMore !== 'boolean')
      fail(`${where}: pagination's has_more is not a boolean`, { actual: listing.pagination });
    // next_cursor present (a non-empty string) exactly when has_more; null counts as absent.
    const hasCursor = typeof next === 'string' && next !== '';
    if (hasMore !== hasCursor)
      fail(
        `${where}: has_more is ${String(hasMore)} but next_cursor is ${JSON.stringify(next)} (present exactly when has_more is true)`,
        { expected: hasMore ? 'a next_cursor' : 'no next_cursor', actual: listing.pagination },
      );
    if (!hasMore || typeof next !== 'string') return seen;
    if (next === cursor) fail(`${where}: next_cursor is the cursor of the page itself`, { actual: listing.pagination });
    cursor = next;
  }
}
