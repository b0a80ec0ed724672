import { isDeepStrictEqual } from 'node:util';
import {
  differingFields,
  isJsonObject,
  pickCanonical,
  resourceFields,
  type Contract,
  type ContractModel,
  type Outcome,
} from '../spec/index.js';
import { isIntegration, type Integration, type IntegrationsApi } from './IntegrationsApi.js';
import type { RecordedExchange } from './transport/ExchangeLog.js';
import { Violation } from './Violation.js';

/** Assertion helpers of the rules: each throws a Violation saying what was expected and what came back. */

/** How integrations are compared: by meaning (spec/canonicalIntegration), lists in order only when strict. */
export interface Comparison {
  readonly contract: Contract;
  readonly strict?: boolean;
}

/** What judging a PATCH needs of a rule's context (RuleContext has it). */
export interface PatchJudge {
  readonly model: ContractModel;
  readonly strict: boolean;
  readonly compare: Comparison;
  readonly api: IntegrationsApi;
  /** Counts a 4xx the model accepts only by a strict decision the public facts are silent on. */
  refusedWhereSilent(silent: readonly string[]): void;
}

export function expectStatus(
  exchange: RecordedExchange,
  expected: number | readonly number[] | 'client-error',
  what: string,
): void {
  const ok =
    expected === 'client-error'
      ? exchange.status >= 400 && exchange.status < 500
      : statusList(expected).includes(exchange.status);
  if (!ok) {
    const statuses = expected === 'client-error' ? [] : statusList(expected);
    const wanted = expected === 'client-error' ? '4xx' : statuses.join(' or ');
    throw new Violation(`${what}: expected ${wanted}, got ${exchange.status}`, {
      expected: { status: statuses.length === 1 ? statuses[0] : wanted },
      actual: { status: exchange.status, body: exchange.body },
    });
  }
}

/** A 200 whose body is an integration. */
export function expectIntegration(exchange: RecordedExchange, what: string): Integration {
  expectStatus(exchange, 200, what);
  if (!isIntegration(exchange.body))
    throw new Violation(`${what}: the 200 body is not an integration`, { actual: exchange.body });
  return exchange.body;
}

/** GET the integration and require it equal `before`, server fields included (updated_at as an instant). */
export async function expectUnchanged(
  api: IntegrationsApi,
  before: Integration,
  what: string,
  compare: Comparison,
): Promise<Integration> {
  const now = expectIntegration(await api.get(before.id), `${what}: reading it back`);
  const changed = differingFields(compare.contract, before, now, { strict: compare.strict, serverFields: true });
  if (changed.length > 0) {
    throw new Violation(`${what}: the integration changed (${changed.join(', ')})`, {
      expected: pickCanonical(compare.contract, before, changed, compare),
      actual: pickCanonical(compare.contract, now, changed, compare),
    });
  }
  return now;
}

/** Require `actual` to equal `expected` on the given fields, by meaning. */
export function expectFields(
  actual: Integration,
  expected: Record<string, unknown>,
  fields: readonly string[],
  what: string,
  compare: Comparison,
): void {
  const wrong = differingFields(compare.contract, expected, actual, {
    strict: compare.strict,
    serverFields: true,
  }).filter((f) => fields.includes(f));
  if (wrong.length > 0) {
    throw new Violation(`${what}: ${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not as expected`, {
      expected: pickCanonical(compare.contract, expected, wrong, compare),
      actual: pickCanonical(compare.contract, actual, wrong, compare),
    });
  }
}

/** Require every field but the server-managed ones to be as `expected` says (the contract model's prediction). */
export function expectAsModelled(
  actual: Integration,
  expected: Record<string, unknown>,
  what: string,
  compare: Comparison,
): void {
  const wrong = differingFields(compare.contract, expected, actual, { strict: compare.strict });
  if (wrong.length > 0) {
    throw new Violation(
      `${what}: ${wrong.join(', ')} ${wrong.length === 1 ? 'differs' : 'differ'} from the model of the contract`,
      {
        expected: pickCanonical(compare.contract, expected, wrong, compare),
        actual: pickCanonical(compare.contract, actual, wrong, compare),
      },
    );
  }
}

/** What a checked PATCH left: the integration as the target now holds it, and whether the PATCH was accepted. */
export interface PatchResult {
  readonly accepted: boolean;
  readonly now: Integration;
}

/**
 * Checks the answer to a PATCH of `body` onto `before` against the contract model, and returns
 * what the integration is now. Accepted by the model: a 200 with exactly the predicted fields.
 * Rejected: one of the statuses the broken rules give (any 4xx without --strict where a status is
 * the project's choice), and nothing changed. Where the prediction rests on a strict decision the
 * public facts are silent on (the model's `silent`), a 4xx that changed nothing is accepted too
 * without --strict, and counted in the rule's notes. Without --strict, headers may also be merged
 * into the stored map (headers-replace is a decision).
 */
export async function expectPatchOutcome(
  ctx: PatchJudge,
  before: Integration,
  body: Record<string, unknown>,
  exchange: RecordedExchange,
  what: string,
  options: {
    readonly takenNames?: readonly unknown[];
    /** The model's outcome, when the caller computed it already. */
    readonly outcome?: Outcome;
    /** false: an accepted PATCH need only answer 200 with an integration (the caller checks what it is about). */
    readonly fieldsChecked?: boolean;
  } = {},
): Promise<PatchResult> {
  const outcome = options.outcome ?? ctx.model.update(before, body, options.takenNames ?? []);
  const mayRefuse = !ctx.strict && outcome.silent.length > 0;
  const clientError = exchange.status >= 400 && exchange.status < 500;
  if (outcome.accepted && !(mayRefuse && clientError)) {
    const got = expectIntegration(exchange, what);
    if (options.fieldsChecked === false) return { accepted: true, now: got };
    const expected = ctx.strict ? outcome.after : adoptMergedHeaders(body, before, got, outcome.after, what);
    expectAsModelled(got, expected, what, ctx.compare);
    return { accepted: true, now: got };
  }
  if (!outcome.accepted) {
    // Without --strict a status the project chose (e.g. name-unique's 409) may be any 4xx.
    const exact = ctx.strict || (outcome.statusesAreFacts && !mayRefuse);
    expectStatus(exchange, exact ? outcome.statuses : 'client-error', `${what} (breaks ${outcome.rules.join(', ')})`);
  }
  if (outcome.silent.length > 0 && outcome.accepted) ctx.refusedWhereSilent(outcome.silent);
  const now = await expectUnchanged(ctx.api, before, `after the refused ${what}`, ctx.compare);
  return { accepted: false, now };
}

/**
 * Without --strict, headers need not replace the stored map (headers-replace is a decision): a
 * target may merge them into it instead. The result must be one of the two, the map sent or the
 * stored map with the sent entries over it; `expected` is returned with the one the target chose.
 */
export function adoptMergedHeaders(
  body: Record<string, unknown>,
  before: Record<string, unknown>,
  got: Integration,
  expected: Record<string, unknown>,
  what: string,
): Record<string, unknown> {
  if (!isJsonObject(body.headers)) return expected;
  const replaced = body.headers;
  const merged = { ...(isJsonObject(before.headers) ? before.headers : {}), ...replaced };
  if (isDeepStrictEqual(got.headers, replaced)) return expected;
  if (isDeepStrictEqual(got.headers, merged)) return { ...expected, headers: merged };
  return fail(`${what}: headers are neither the map sent nor the stored map merged with it`, {
    expected: { headers: replaced, or: { headers: merged } },
    actual: { headers: got.headers ?? null },
  });
}

export function fail(message: string, details: { expected?: unknown; actual?: unknown } = {}): never {
  throw new Violation(message, details);
}

/** The updatable fields: the properties of the update body schema. */
export function updatableFields(contract: Contract): Set<string> {
  return new Set(resourceFields(contract).updatable);
}

function statusList(expected: number | readonly number[]): readonly number[] {
  return typeof expected === 'number' ? [expected] : expected;
}
