import {
  isJsonObject,
  differingFields,
  listParameters,
  pickCanonical,
  readListing,
  successStatus,
  type ListParameters,
} from '../../spec/index.js';
import { accountSizeCombination, ACCOUNT_SIZE_CHECKS, type AccountSizeCheck } from '../combinations/combinations.js';
import { expectStatus, expectUnchanged, fail } from '../expect.js';
import { isIntegration, type Integration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import { walkPages } from './_internals/pageWalk.js';
import { together } from './_internals/together.js';

/** The integrations the rule grows the account with, and which of them lie past the account's first page. */
interface Fixture {
  /** The start every name shares (the run's prefix and a counter): the name filter of the listings. */
  readonly common: string;
  /** In the order they were created. */
  readonly items: readonly Integration[];
  /** Items that a listing of the whole account at the largest page size does not show on its first page. */
  readonly pastFirstPage: readonly Integration[];
}

/** How many creates (and deletes) leave together: a few, to stay polite while growing the account. */
const BATCH = 8;

/**
 * An account past the largest page the spec allows (Update rule 3, Operations, list): the rule
 * grows its account by the spec's largest page size plus two, then, about integrations that a
 * listing of the whole account does not show on its first page, checks that a create and a rename
 * onto such a name are refused, that the name filter finds it, that paging through the run's
 * integrations at the default and the largest page size shows each exactly once with
 * `next_cursor` present exactly when `has_more`, and that every one reads back as it was created.
 * The account may hold integrations of others: only the rule's own are reasoned about. About
 * 2 × (maximum + 2) requests for the growing and the clean-up, and about 20 for the checks.
 */
export const beyondOnePage: Rule = {
  id: 'beyond-one-page',
  title:
    'Past the largest page: names stay unique, the name filter finds every name, pages hold each integration once, each reads back',
  clause: ['name-unique', 'create-name-unique', 'list-pagination', 'list-name-filter'],
  async run(ctx) {
    const params = listParameters(ctx.contract);
    const count = params.pageSize.maximum + 2;
    const created: Integration[] = [];
    try {
      const fixture = await ctx.setUp(
        `growing the account by ${count} integrations (past the largest page, ${params.pageSize.maximum})`,
        () => grow(ctx, params, count, created),
      );
      for (const check of ACCOUNT_SIZE_CHECKS) {
        const combination = accountSizeCombination(check);
        ctx.coverage.plan(combination);
        await ctx.check(`${count} integrations: ${check}`, () => CHECKS[check](ctx, params, fixture));
        ctx.coverage.cover(combination);
      }
    } finally {
      for (let i = 0; i < created.length; i += BATCH)
        await together(
          created.slice(i, i + BATCH).map((item) => () => ctx.api.delete(item.id, true).catch(() => undefined)),
        );
    }
  },
};

async function grow(ctx: RuleContext, params: ListParameters, count: number, created: Integration[]): Promise<Fixture> {
  const common = ctx.names.next('page');
  const createdStatus = successStatus(ctx.contract, 'create');
  const make = async (i: number) => {
    const name = `${common}-${i}`;
    const exchange = await ctx.api.createRaw({ ...ctx.api.bareCreateBody(), name });
    if (exchange.status !== createdStatus || !isIntegration(exchange.body))
      fail(`creating ${name}: expected ${createdStatus} with the integration, got ${exchange.status}`, {
        expected: createdStatus,
        actual: exchange.body,
      });
    created.push(exchange.body);
    return exchange.body;
  };
  for (let i = 0; i < count; i += BATCH)
    await together(Array.from({ length: Math.min(BATCH, count - i) }, (_, j) => () => make(i + j)));
  const items = [...created].sort(
    (a, b) => Number(a.name.slice(common.length + 1)) - Number(b.name.slice(common.length + 1)),
  );
  // The first page of the whole account, in the target's own order: the rule's checks aim past it.
  const first = await ctx.api.list({ [params.pageSize.name]: params.pageSize.maximum });
  expectStatus(first, successStatus(ctx.contract, 'list'), 'listing the first page of the account');
  const onFirstPage = new Set(
    readListing(ctx.contract, first.body)?.items.map((i) => (isJsonObject(i) ? i.id : undefined)),
  );
  const pastFirstPage = items.filter((item) => !onFirstPage.has(item.id));
  if (pastFirstPage.length === 0)
    fail(
      `the first page of the account (${params.pageSize.name}=${params.pageSize.maximum}) holds all ${count} integrations just created`,
      { expected: `at most ${params.pageSize.maximum}`, actual: onFirstPage.size },
    );
  return { common, items, pastFirstPage };
}

/** A name past the first page, chosen by the run's seed. */
function target(ctx: RuleContext, fixture: Fixture, salt: number): Integration {
  const chosen = fixture.pastFirstPage[Math.abs(ctx.seed + salt) % fixture.pastFirstPage.length];
  // grow() fails when no integration lies past the first page.
  if (!chosen) throw new Error('the fixture holds no integration past the first page');
  return chosen;
}

/** The oldest and the newest of the rule's integrations (grow() creates more than a page of them). */
function ends(fixture: Fixture): [Integration, Integration] {
  const [oldest] = fixture.items;
  const newest = fixture.items.at(-1);
  if (!oldest || !newest) throw new Error('the fixture holds no integrations');
  return [oldest, newest];
}

const CHECKS: Readonly<
  Record<AccountSizeCheck, (ctx: RuleContext, params: ListParameters, fixture: Fixture) => Promise<void>>
> = {
  async 'create onto a name past the first page'(ctx, params, fixture) {
    const taken = target(ctx, fixture, 0);
    const what = `creating another integration named ${taken.name}, a name past the first page`;
    const exchange = await ctx.api.createRaw({ ...ctx.api.bareCreateBody(), name: taken.name });
    expectStatus(exchange, ctx.strict ? ctx.contract.rule('create-name-unique').status : 'client-error', what);
    await expectNamedOnce(ctx, params, taken, what);
  },

  async 'rename onto a name past the first page'(ctx, params, fixture) {
    const taken = target(ctx, fixture, 1);
    const others = fixture.items.filter((item) => item.id !== taken.id);
    const renamed = others.find((item) => item.name === `${fixture.common}-${fixture.items.length - 1}`) ?? others[0];
    if (!renamed) throw new Error('the fixture holds a single integration');
    const what = `renaming ${renamed.name} onto ${taken.name}, a name past the first page`;
    const exchange = await ctx.api.patch(renamed.id, { name: taken.name });
    expectStatus(exchange, ctx.strict ? ctx.contract.rule('name-unique').status : 'client-error', what);
    await expectUnchanged(ctx.api, renamed, `after ${what}`, ctx.compare);
    await expectNamedOnce(ctx, params, taken, what);
  },

  async 'name filter'(ctx, params, fixture) {
    for (const [i, wanted] of [target(ctx, fixture, 2), ends(fixture)[0]].entries()) {
      const spelled = i === 0 ? wanted.name : wanted.name.toUpperCase();
      const found = await ctx.api.listAll({ [params.nameFilter]: spelled });
      if (!found.some((item) => isJsonObject(item) && item.id === wanted.id)) {
        fail(
          `${params.nameFilter}=${spelled}: ${wanted.name}, past the first page of an account of more than ${params.pageSize.maximum}, is not found`,
          { expected: [wanted.name], actual: found.map((item) => (isJsonObject(item) ? item.name : item)) },
        );
      }
    }
  },

  async pagination(ctx, params, fixture) {
    for (const limit of [undefined, params.pageSize.maximum]) await pageThrough(ctx, params, fixture, limit);
  },

  async 'read-back'(ctx, params, fixture) {
    const listed = await ctx.api.listAll({
      [params.nameFilter]: fixture.common,
      [params.pageSize.name]: params.pageSize.maximum,
    });
    const byId = new Map(listed.filter(isIntegration).map((item) => [item.id, item]));
    for (const item of fixture.items) {
      const shown = byId.get(item.id);
      if (!shown)
        fail(`listing ${params.nameFilter}=${fixture.common}: ${item.name} is missing`, {
          expected: item.name,
          actual: [...byId.values()].map((i) => i.name),
        });
      expectAsCreated(ctx, item, shown, `${item.name} as listed`);
    }
    // And read one by one: those past the first page, the oldest and the newest.
    const read = [...new Set([...fixture.pastFirstPage.slice(0, 3), ...ends(fixture)])];
    for (const item of read)
      expectAsCreated(ctx, item, await ctx.api.read(item.id, `reading ${item.name} back`), `${item.name} read back`);
  },
};

/** The account holds `taken`'s name once (the filter, every page), on `taken` itself. */
async function expectNamedOnce(
  ctx: RuleContext,
  params: ListParameters,
  taken: Integration,
  what: string,
): Promise<void> {
  const named = (await ctx.api.listAll({ [params.nameFilter]: taken.name }))
    .filter(isIntegration)
    .filter((item) => item.name === taken.name);
  if (named.length !== 1 || named[0]?.id !== taken.id)
    fail(`after ${what}: the account lists ${named.length} integrations named ${taken.name}`, {
      expected: [taken.id],
      actual: named.map((item) => item.id),
    });
}

function expectAsCreated(ctx: RuleContext, created: Integration, shown: Integration, what: string): void {
  const differing = differingFields(ctx.contract, created, shown, { strict: ctx.strict, serverFields: true });
  if (differing.length > 0)
    fail(`${what}: ${differing.join(', ')} other than created`, {
      expected: pickCanonical(ctx.contract, created, differing, ctx.compare),
      actual: pickCanonical(ctx.contract, shown, differing, ctx.compare),
    });
}

/** Pages through the rule's integrations (the filter on their common part): each exactly once, no page over the limit, next_cursor present exactly when has_more. */
async function pageThrough(
  ctx: RuleContext,
  params: ListParameters,
  fixture: Fixture,
  limit: number | undefined,
): Promise<void> {
  const size = limit === undefined ? 'the default page size' : `${params.pageSize.name}=${limit}`;
  const seen = await walkPages(ctx, params, {
    filter: fixture.common,
    ...(limit === undefined ? {} : { limit }),
    // Without a limit the target's default holds (the spec's default, or any smaller page): never more than the largest.
    perPage: limit ?? params.pageSize.maximum,
    maxPages: fixture.items.length + 2,
    what: `paging ${fixture.items.length} integrations at ${size}`,
  });
  const missing = fixture.items.filter((item) => !seen.has(item.id));
  if (missing.length > 0)
    fail(
      `paging at ${size}: ${missing.length} of the ${fixture.items.length} integrations never appeared across the pages`,
      { expected: fixture.items.length, actual: missing.map((i) => i.name) },
    );
}
