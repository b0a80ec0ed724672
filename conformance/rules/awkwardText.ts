import { differingFields, pickCanonical, textChange } from '../../spec/index.js';
import { awkwardCombinations } from '../combinations/combinations.js';
import type { AwkwardBodies, AwkwardPlace } from '../../generators/index.js';
import { expectIntegration, expectUnchanged, fail } from '../expect.js';
import { isIntegration, type Integration } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';
import { resourceField } from './_internals/bodies.js';

/**
 * Awkward text in every free-text place of the bodies (non-ASCII, lone surrogates, control
 * characters, characters special to SQL LIKE, regular expressions and shells, long values): what
 * a target accepts, in a create or a PATCH, it returns with every character and map entry, in the
 * answer and in a GET after. A 4xx that changes nothing is also fine (the facts are silent on such
 * values); surrounding whitespace and Unicode normalisation are tolerated without --strict
 * (spec/textKept). Write-only values (api_key) can only show their effect: has_api_key true.
 * Systematic only: every place × every kind once, each on an integration of its own, so the
 * cases are independent and split over shards.
 */
export const awkwardText: Rule = {
  id: 'awkward-text',
  title: 'Awkward text a target accepts comes back with every character and map entry',
  clause: ['read-back'],
  // 55 cases of about 5 requests each, one after another: the longest path of a quick run unsplit.
  shards: 6,
  contractText:
    'What a server may assume (requests at the same time, last paragraph): it may normalise surrounding whitespace or Unicode, or refuse a value with a 4xx that changes nothing, but never answer success and drop or replace characters inside a value, or entries of a map',
  async run(ctx) {
    if (!ctx.strict)
      ctx.note('surrounding whitespace and Unicode normalisation (NFC, NFD) are tolerated; exact text with --strict');
    const cases = awkwardCombinations(ctx.contract, ctx.scopingIds);
    await ctx.systematic(
      'awkward text in each place: kept character for character, or refused with nothing changed',
      cases.map(({ combination, awkward }) => ({
        combination,
        arbitrary: awkward.arbitrary.map((bodies) => ({ bodies, place: awkward as AwkwardPlace })),
      })),
      async ({ bodies, place }) => {
        if (!(await roundTrip(ctx, bodies, place)))
          ctx.tally(
            'refused awkward values',
            (refused) =>
              `${refused} awkward value${refused === 1 ? ' was' : 's were'} refused with a 4xx that changed nothing (allowed: the facts are silent on such values)`,
          );
      },
    );
  },
};

/** Creates with the awkward value, then PATCHes another; true when the target accepted both. */
async function roundTrip(ctx: RuleContext, bodies: AwkwardBodies, place: AwkwardPlace): Promise<boolean> {
  // Plain run names elsewhere, so that a failure names the place under test.
  const named = (body: Record<string, unknown>) => ({
    ...body,
    name: place.field === 'name' ? `${ctx.names.next()}-${String(body.name)}` : ctx.names.next(),
  });
  const createBody = named(bodies.create);
  const created = await ctx.api.createRaw(createBody);
  let current: Integration;
  let accepted = true;
  if (created.status === 201) {
    current = expectKept(ctx, created, createBody, place, `the create with awkward text in ${place.place}`);
    expectKept(
      ctx,
      await ctx.api.get(current.id),
      createBody,
      place,
      `a GET after the create with awkward text in ${place.place}`,
    );
  } else {
    expectRefused(created, `the create with awkward text in ${place.place}`);
    accepted = false;
    current = await ctx.api.create(bodies.plain);
  }
  const patch = place.field === 'name' ? named(bodies.patch) : bodies.patch;
  const patched = await ctx.api.patch(current.id, patch);
  if (patched.status >= 400 && patched.status < 500) {
    await expectUnchanged(ctx.api, current, `after the refused PATCH with awkward text in ${place.place}`, ctx.compare);
    return false;
  }
  const now = expectKept(ctx, patched, patch, place, `the PATCH with awkward text in ${place.place}`);
  // Nothing else changed (by meaning), whatever the target did with the text.
  const others = differingFields(ctx.contract, current, now).filter(
    (f) => f !== resourceField(place.field) && f !== 'updated_at',
  );
  if (others.length > 0)
    fail(`the PATCH of ${place.field} alone changed ${others.join(', ')}`, {
      expected: pickCanonical(ctx.contract, current, others, ctx.compare),
      actual: pickCanonical(ctx.contract, now, others, ctx.compare),
    });
  expectKept(
    ctx,
    await ctx.api.get(current.id),
    patch,
    place,
    `a GET after the PATCH with awkward text in ${place.place}`,
  );
  return accepted;
}

/** A 2xx whose integration holds the text sent in the place's field (for a write-only field, its effect). */
function expectKept(
  ctx: RuleContext,
  exchange: RecordedExchange,
  sent: Record<string, unknown>,
  place: AwkwardPlace,
  what: string,
): Integration {
  const got =
    exchange.status === 201 && isIntegration(exchange.body) ? exchange.body : expectIntegration(exchange, what);
  if (place.writeOnly) {
    const field = resourceField(place.field);
    if (got[field] !== true)
      fail(`${what}: the write-only ${place.field} was accepted but ${field} is ${JSON.stringify(got[field])}`, {
        expected: { [field]: true },
        actual: { [field]: got[field] },
      });
    return got;
  }
  const change = textChange(sent[place.field], got[place.field], { strict: ctx.strict }, place.field);
  if (change) {
    fail(
      `${what}: accepted, but ${change.at} came back changed (a character dropped, cut or replaced, or an entry lost)`,
      {
        expected: { [change.at]: change.sent, codePoints: codePoints(change.sent) },
        actual: { [change.at]: change.got ?? null, codePoints: codePoints(change.got) },
      },
    );
  }
  return got;
}

function expectRefused(exchange: RecordedExchange, what: string): void {
  if (exchange.status >= 400 && exchange.status < 500) return;
  fail(`${what}: expected 201 with the text kept, or a 4xx that changes nothing; got ${exchange.status}`, {
    expected: '201 or 4xx',
    actual: { status: exchange.status, body: exchange.body },
  });
}

/** The code points of a short string, so a report shows invisible characters (NUL, a lone surrogate) for what they are. */
function codePoints(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 80) return undefined;
  return [...value].map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
