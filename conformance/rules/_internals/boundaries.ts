import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { fieldAt, isJsonObject, jsonUtf8Bytes } from '../../../spec/index.js';
import type { Integration } from '../../IntegrationsApi.js';
import type { Boundary, CollectionField } from '../../combinations/combinations.js';
import { expectFields, expectIntegration, expectStatus, expectUnchanged } from '../../expect.js';
import type { RuleContext } from '../../RuleContext.js';

/** One boundary case of a list or map field: what the integration holds first, and the value the PATCH sends. */
export interface BoundaryCase {
  readonly field: string;
  readonly boundary: Boundary;
  readonly collection: CollectionField;
  /** The field's value on create (absent: the field is left out of the create). */
  readonly old?: unknown;
  readonly sent: unknown;
}

const word = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,11}$/);

/**
 * The values of one boundary. The old value is never the new one, so a target that ignores the
 * PATCH (keeping the old list) or merges it shows. A list of objects (scopings) takes only the
 * items the run may send (`choices`: account-wide, and the given organization and space). A map
 * (headers) starts absent without --strict (headers replacing the stored map is a decision); with
 * --strict it starts with entries of its own.
 */
export function boundaryCase(
  ctx: RuleContext,
  collection: CollectionField,
  boundary: Boundary,
  choices: ReadonlyArray<Record<string, string>>,
): fc.Arbitrary<BoundaryCase> {
  const { field } = collection;
  const make = (old: fc.Arbitrary<unknown> | undefined, sent: fc.Arbitrary<unknown>) =>
    fc
      .tuple(old ?? fc.constant(undefined), sent)
      .map(
        ([o, v]): BoundaryCase => ({ field, boundary, collection, ...(o === undefined ? {} : { old: o }), sent: v }),
      );
  if (collection.shape === 'map') {
    const entries = (prefix: string, min: number, max: number) =>
      fc.dictionary(
        word.map((k) => `x-${prefix}-${k}`),
        fc.string({ maxLength: 12 }),
        { minKeys: min, maxKeys: max, noNullPrototype: true },
      );
    const old = ctx.strict ? entries('old', 1, 3) : undefined;
    switch (boundary) {
      case 'empty':
        return make(old, fc.constant({}));
      case 'one':
        return make(old, entries('new', 1, 1));
      case 'at-limit': {
        const { maxBytes } = collection;
        if (maxBytes === undefined) throw new TypeError(`${field} has no size limit to reach`);
        return make(
          old,
          entries('new', 0, 2).map((small) => atBytes(small, 'x-new-fill', maxBytes)),
        );
      }
      default:
        return make(old, entries('new', 2, 4));
    }
  }
  if (isJsonObject(collection.items) && collection.items.type === 'object') {
    // Items of the run's choices; the old list holds another item where the choices allow.
    const item = fc.constantFrom(...choices);
    const oldBeside = (sent: unknown) => [choices.find((choice) => choice !== sent) ?? sent];
    const of = (sent: (chosen: Record<string, string>) => unknown[]) =>
      item.map((chosen): BoundaryCase => ({ field, boundary, collection, old: oldBeside(chosen), sent: sent(chosen) }));
    switch (boundary) {
      case 'empty':
        // From the most specific item the run may send: without --strict `[]` may come back as one
        // account-wide scoping (empty-scopings-stored is a decision), so an ignored `[]` shows only
        // when the old list was not account-wide.
        return fc.constant<BoundaryCase>({ field, boundary, collection, old: choices.slice(-1), sent: [] });
      case 'one':
        return of((chosen) => [chosen]);
      case 'duplicates':
        return of((chosen) => [chosen, chosen]);
      default:
        return fc
          .shuffledSubarray([...choices], { minLength: 2 })
          .map((sent): BoundaryCase => ({ field, boundary, collection, old: oldBeside(sent[0]), sent }));
    }
  }
  const items = (prefix: string, min: number, max: number) =>
    fc.uniqueArray(
      word.map((w) => `${prefix}-${w}`),
      { minLength: min, maxLength: max },
    );
  const old = items('old', 1, 3);
  switch (boundary) {
    case 'empty':
      return make(old, fc.constant([]));
    case 'one':
      return make(old, items('new', 1, 1));
    case 'duplicates':
      return make(
        old,
        items('new', 1, 3).chain((list) => fc.constantFrom(...list).map((repeated) => [...list, repeated])),
      );
    default:
      return make(old, items('new', 2, 4));
  }
}

/**
 * What a boundary case starts from when it has an integration of its own: the old value (a model
 * source beside it, so emptying a list leaves one).
 */
export function boundaryCreateBody(ctx: RuleContext, c: Pick<BoundaryCase, 'field' | 'old'>): Record<string, unknown> {
  const defaultModelsField = fieldAt(ctx.contract.rule('model-source-optional'), 1);
  return { [defaultModelsField]: true, ...(c.old === undefined ? {} : { [c.field]: c.old }) };
}

/**
 * PATCHes the boundary value onto `before` and requires it back as sent (by meaning: lists as
 * sets) in the 200 body and on GET; returns what the integration holds now. Where the facts are
 * silent a refusal that changes nothing passes without --strict: the same object twice in a list
 * (a server may refuse a rule given twice). Without --strict a map may also come back merged into
 * the stored one (headers-replace is a decision), and an empty map where none was stored absent or null.
 */
export async function judgeBoundary(ctx: RuleContext, before: Integration, c: BoundaryCase): Promise<Integration> {
  if (!ctx.strict && c.collection.shape === 'map' && before[c.field] !== undefined && before[c.field] !== null) {
    // A map already stored is cleared first (null clears, a fact): merging into nothing is replacing.
    const cleared = { [c.field]: null };
    before = expectIntegration(
      await ctx.api.patch(before.id, cleared),
      `PATCH ${JSON.stringify(cleared)} before the ${c.boundary} case`,
    );
  }
  const body = { [c.field]: c.sent };
  const what = `PATCH ${shorten(JSON.stringify(body))} (${c.field}: ${c.boundary})`;
  const exchange = await ctx.api.patch(before.id, body);
  const clientError = exchange.status >= 400 && exchange.status < 500;
  const objectItems =
    c.collection.shape === 'list' && isJsonObject(c.collection.items) && c.collection.items.type === 'object';
  if (!ctx.strict && clientError && c.boundary === 'duplicates' && objectItems) {
    ctx.note(
      `${c.field} holding the same item twice was refused (${exchange.status}); the facts are silent on it: accepted without --strict`,
    );
    return expectUnchanged(ctx.api, before, `after the refused ${what}`, ctx.compare);
  }
  expectStatus(exchange, 200, what);
  const after = expectIntegration(exchange, what);
  const read = await ctx.api.read(before.id, `${what}: reading it back`);
  const stored = before[c.field];
  const merged = isJsonObject(c.sent) ? { ...(isJsonObject(stored) ? stored : {}), ...c.sent } : undefined;
  for (const [got, where] of [
    [after, 'the 200 body'],
    [read, 'a GET after the PATCH'],
  ] as const) {
    if (!ctx.strict && c.collection.shape === 'map') {
      const value = got[c.field];
      // Merged into what was stored, or nothing stored and nothing sent: what a merging target may answer.
      if (merged !== undefined && isDeepStrictEqual(value, merged)) continue;
      if (
        c.boundary === 'empty' &&
        (stored === undefined || stored === null) &&
        (value === undefined || value === null)
      )
        continue;
    }
    expectFields(got, body, [c.field], `${where} of ${what}`, ctx.compare);
  }
  return read;
}

/** `small` plus one entry `key` whose value makes the map serialize to exactly `bytes` UTF-8 bytes. */
function atBytes(small: Record<string, string>, key: string, bytes: number): Record<string, string> {
  const base = { ...small, [key]: '' };
  const missing = bytes - jsonUtf8Bytes(base);
  return { ...small, [key]: 'a'.repeat(Math.max(0, missing)) };
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
