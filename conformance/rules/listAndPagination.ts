import fc from 'fast-check';
import {
  differingFields,
  listParameters,
  pickCanonical,
  successStatus,
  type Contract,
  type ListParameters,
} from '../../spec/index.js';
import { listCombinations, type ListCase } from '../combinations/combinations.js';
import type { NameFilterTrap } from '../combinations/nameFilterTraps.js';
import { expectStatus, fail } from '../expect.js';
import { isIntegration, type Integration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import { walkPages } from './_internals/pageWalk.js';
import { together } from './_internals/together.js';
import { sampleOne } from './_internals/sampleOne.js';

/** The integrations the rule lists: several whose names share a mixed-case part, and one that lacks it. */
interface Fixture {
  /** The start every name shares (the run's prefix and a counter). */
  readonly common: string;
  /** `common` plus the mixed-case part: a substring of every name but the last. */
  readonly marked: string;
  readonly items: readonly Integration[];
  /** The names of the name-filter traps, targets and decoys, under a prefix of their own. */
  readonly traps: { readonly prefix: string; readonly items: readonly Integration[] };
}

/** One listing: a page size (absent: the target's default), a name filter, and whether the target must refuse it. */
interface Listing {
  readonly limit?: number;
  readonly filter: string;
  readonly outOfRange?: boolean;
  readonly what: string;
  /** For a trap: the integrations it is judged against (the traps' own), not the marked ones. */
  readonly among?: 'traps';
}

/** How many integrations carry the marked part (one more lacks it). */
const MARKED = 4;

/** How many of the fixture's creates leave together: the rule runs alone, so its set-up holds the whole run back. */
const BATCH = 8;

/**
 * The list operation (Operations, list): with small page sizes every integration the kit created
 * appears exactly once across the pages; `has_more` and `next_cursor` agree on every page; a
 * page never holds more than the limit asked; a limit outside the spec's range gets a 400 that
 * changes nothing; the name filter is a case-insensitive substring match. Written for any default
 * or largest page size (a target may clamp a limit to a smaller maximum), and for accounts that
 * hold other integrations: every filter holds the run's id, and only the kit's integrations are
 * required to appear. Systematic first (the spec's smallest, a small, the largest and the default
 * page size, one below and one above the range, the filter in each case and as an inner part,
 * and the name-filter traps: names with characters special to SQL LIKE, regular expressions and
 * quoting, non-ASCII in another case, a filter at its maxLength, each with decoys that a filter
 * read as a pattern would list), then random page sizes and filters.
 */
export const listAndPagination: Rule = {
  id: 'list-and-pagination',
  title:
    'List pages hold each integration once, the cursor agrees with has_more, limits are checked, the name filter ignores case',
  clause: ['list-pagination', 'list-name-filter'],
  schedule: 'alone',
  async run(ctx) {
    const params = listParameters(ctx.contract);
    const cases = listCombinations(ctx.contract);
    const traps = cases.flatMap((c) => (c.trap ? [c.trap] : []));
    const fixture = await ctx.setUp(
      `creating ${MARKED + 1} integrations to list and ${traps.reduce((n, t) => n + 1 + t.decoys('').length, 0)} for the name-filter traps`,
      () => makeFixture(ctx, traps),
    );
    await ctx.systematic(
      'each page size and name filter the contract names',
      cases.map((c) => ({ combination: c.combination, arbitrary: fc.constant(listingOf(c, fixture)) })),
      (listing) => judge(ctx, params, fixture, listing),
    );
    // Random page sizes around the number of integrations, and filters that keep the run's id.
    const { prefix } = ctx.names;
    const idEnd = prefix.length - 1;
    const idStart = prefix.lastIndexOf('-', idEnd - 1) + 1;
    const filter = fc
      .tuple(
        fc.nat(idStart),
        fc.integer({ min: idEnd, max: fixture.marked.length }),
        fc.array(fc.boolean(), { minLength: fixture.marked.length, maxLength: fixture.marked.length }),
      )
      .map(([start, end, upper]) =>
        [...fixture.marked.slice(start, end)]
          .map((ch, i) => (upper[start + i] ? ch.toUpperCase() : ch.toLowerCase()))
          .join(''),
      );
    const limit = fc.option(
      fc.integer({
        min: params.pageSize.minimum,
        max: Math.min(params.pageSize.maximum, params.pageSize.minimum + MARKED + 1),
      }),
      { nil: undefined },
    );
    await ctx.property(
      'random page sizes and name filters',
      [limit, filter],
      (size, text) =>
        judge(ctx, params, fixture, {
          ...(size === undefined ? {} : { limit: size }),
          filter: text,
          what: `${params.nameFilter}=${text}${size === undefined ? '' : `, ${params.pageSize.name}=${size}`}`,
        }),
      {
        numRuns: Math.min(ctx.runs, 20),
      },
    );
  },
};

async function makeFixture(ctx: RuleContext, traps: readonly NameFilterTrap[]): Promise<Fixture> {
  const common = ctx.names.next('list');
  const letters = sampleOne(fc.stringMatching(/^[a-z]{3}$/), ctx.seed);
  const marked = `${common}-PgMx${letters.toUpperCase()}`;
  const prefix = ctx.names.next('trap');
  const trapNames = traps.flatMap((t) => [t.target(prefix), ...t.decoys(prefix)]);
  const names = [...Array.from({ length: MARKED }, (_, i) => `${marked}-${i}`), `${common}-other`, ...trapNames];
  const all: Integration[] = [];
  for (let i = 0; i < names.length; i += BATCH)
    all.push(
      ...(await together(
        names
          .slice(i, i + BATCH)
          .map(
            (name) => () =>
              ctx.api
                .createRaw({ ...ctx.api.bareCreateBody(), name })
                .then((e) => created(e.status, e.body, name, ctx.contract)),
          ),
      )),
    );
  return { common, marked, items: all.slice(0, MARKED + 1), traps: { prefix, items: all.slice(MARKED + 1) } };
}

function created(status: number, body: unknown, name: string, contract: Contract): Integration {
  const expected = successStatus(contract, 'create');
  if (status !== expected || !isIntegration(body))
    fail(`creating ${name}: expected ${expected} with the integration, got ${status}`, { expected, actual: body });
  return body;
}

function listingOf(c: ListCase, fixture: Fixture): Listing {
  if (c.trap)
    return { filter: c.trap.filter(c.trap.target(fixture.traps.prefix)), what: c.combination.label, among: 'traps' };
  if (c.spelling === undefined)
    return {
      ...(c.limit === undefined ? {} : { limit: c.limit }),
      ...(c.outOfRange ? { outOfRange: true } : {}),
      filter: fixture.common,
      what: c.combination.label,
    };
  const spelled = {
    'same-case': fixture.marked,
    'upper-case': fixture.marked.toUpperCase(),
    'lower-case': fixture.marked.toLowerCase(),
    'inner-substring': fixture.marked.slice(3, -1),
  }[c.spelling];
  return { filter: spelled, what: c.combination.label };
}

/** Pages through one listing and checks every page and the whole, or the refusal of an out-of-range limit. */
async function judge(ctx: RuleContext, params: ListParameters, fixture: Fixture, listing: Listing): Promise<void> {
  if (listing.outOfRange) {
    const refused = await ctx.api.list({
      [params.nameFilter]: listing.filter,
      ...(listing.limit === undefined ? {} : { [params.pageSize.name]: listing.limit }),
    });
    expectStatus(
      refused,
      400,
      `${listing.what}: a ${params.pageSize.name} outside ${params.pageSize.minimum}..${params.pageSize.maximum}`,
    );
    await expectListed(ctx, params, fixture, fixture.items, {
      filter: fixture.common,
      what: `after the refused ${listing.what}`,
    });
    return;
  }
  const among = listing.among === 'traps' ? { ...fixture, items: fixture.traps.items } : fixture;
  const expected = among.items.filter((item) => String(item.name).toLowerCase().includes(listing.filter.toLowerCase()));
  await expectListed(ctx, params, among, expected, listing);
}

/** Every page of `listing`: the expected integrations exactly once each (as the target holds them), nothing that misses the filter, cursors that agree with has_more. */
async function expectListed(
  ctx: RuleContext,
  params: ListParameters,
  fixture: Fixture,
  expected: readonly Integration[],
  listing: Listing,
): Promise<void> {
  const walk = {
    filter: listing.filter,
    what: listing.what,
    maxPages: 3 * (fixture.items.length + 2),
    ...(listing.limit === undefined ? {} : { limit: listing.limit, perPage: listing.limit }),
  };
  const seen = await walkPages(ctx, params, walk, (item, where) => {
    if (!item.name.toLowerCase().includes(listing.filter.toLowerCase()))
      fail(
        `${where}: ${JSON.stringify(item.name)} does not contain the ${params.nameFilter} filter ${JSON.stringify(listing.filter)} (a case-insensitive substring)`,
        { expected: `names containing ${JSON.stringify(listing.filter)}, any case`, actual: item.name },
      );
    // A listed integration of the kit's is the integration as it was created (by meaning, ids and timestamps included).
    const held = fixture.items.find((i) => i.id === item.id);
    const differing = held ? differingFields(ctx.contract, held, item, { strict: ctx.strict, serverFields: true }) : [];
    if (held && differing.length > 0)
      fail(`${where}: ${held.name} is listed with ${differing.join(', ')} other than the integration holds`, {
        expected: pickCanonical(ctx.contract, held, differing, ctx.compare),
        actual: pickCanonical(ctx.contract, item, differing, ctx.compare),
      });
  });
  const missing = expected.filter((item) => !seen.has(item.id));
  if (missing.length > 0) {
    fail(
      `${listing.what}: ${missing.length} of the kit's ${expected.length} integrations under the filter never appeared across the pages`,
      {
        expected: expected.map((i) => i.name),
        actual: expected.filter((i) => seen.has(i.id)).map((i) => i.name),
      },
    );
  }
}
