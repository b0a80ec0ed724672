import type fc from 'fast-check';
import { type Contract, perContract, type RuleId } from '../spec/index.js';
import { readBodyModel } from './_internals/bodyModel.js';
import { FAMILY_BUILDERS, isStrictOnly } from './_internals/invalidFamilyArbitraries.js';
import { assertKnownKeys, booleanOption, stringList, subsetOf } from './_internals/options.js';
import { describeInvalid, INVALID_FAMILY_NAMES, type InvalidFamily } from './invalidFamilies.js';
import type { InvalidRequest } from './InvalidRequest.js';

/**
 * One combination the invalid families name: a family, the body field it breaks (none for a
 * whole-body family) and, where the family makes several kinds of mistake on one field, which
 * kind (`variant`). Its arbitrary draws only requests of that combination, each labelled with it.
 */
export interface InvalidCase {
  readonly family: InvalidFamily;
  readonly rule: RuleId;
  readonly field?: string;
  readonly variant?: string;
  /** Checked by the kit only with --strict (InvalidRequest.strictOnly). */
  readonly strictOnly: boolean;
  readonly arbitrary: fc.Arbitrary<InvalidRequest>;
}

export interface InvalidUpdateBodyOptions {
  /** Families to draw from (default: every family the spec gives something to break). */
  readonly families?: readonly InvalidFamily[];
  /** false: leave out the strict-only families (their rule is strict, or the family is, as other-edition-spelling; default true: keep them). */
  readonly includeStrictOnly?: boolean;
  /** true (default): valid fields may come before and after the bad one, so partial application shows. */
  readonly withValidFields?: boolean;
  /** Names used in the account: valid companion fields never take one (so a 409 cannot mask the 4xx). */
  readonly takenNames?: readonly string[];
}

const WHERE = 'invalidUpdateCases';

/** Built once per contract and options (arbitraries are immutable, so the cases are shared). */
const casesOf = perContract(() => new Map<string, InvalidCase[]>());

/**
 * Every combination of invalid PATCH body the spec gives the families something to break, in the
 * order of INVALID_FAMILIES (fields in spec order): every family × every field it applies to, and
 * for wrong-type every JSON type the field rejects, for provider-metadata-mismatch every provider
 * that needs metadata × every wrong metadata, for non-object-body every JSON type. Same options as
 * invalidUpdateBody, which draws from these cases (each family alike, then each field alike).
 */
export function invalidUpdateCases(contract: Contract, options: InvalidUpdateBodyOptions = {}): InvalidCase[] {
  assertKnownKeys(WHERE, options, ['families', 'includeStrictOnly', 'withValidFields', 'takenNames']);
  const perOptions = casesOf(contract);
  const key = JSON.stringify(options);
  let cases = perOptions.get(key);
  if (!cases) {
    cases = buildCases(contract, options);
    perOptions.set(key, cases);
  }
  return [...cases];
}

function buildCases(contract: Contract, options: InvalidUpdateBodyOptions): InvalidCase[] {
  const requested = stringList(WHERE, 'families', options.families);
  const families = subsetOf(WHERE, 'families', requested, INVALID_FAMILY_NAMES);
  const includeStrictOnly = booleanOption(WHERE, 'includeStrictOnly', options.includeStrictOnly, true);
  const ctx = {
    contract,
    model: readBodyModel(contract, 'update'),
    withValidFields: booleanOption(WHERE, 'withValidFields', options.withValidFields, true),
    takenNames: new Set(stringList(WHERE, 'takenNames', options.takenNames) ?? []),
  };
  const cases: InvalidCase[] = [];
  for (const family of families) {
    const strictOnly = isStrictOnly(contract, family);
    if (!includeStrictOnly && strictOnly) continue;
    const built = FAMILY_BUILDERS[family](ctx);
    if (built.length === 0 && requested)
      throw new RangeError(`${WHERE}: the spec gives family "${family}" nothing to break`);
    const rule = describeInvalid(family).rule;
    for (const c of built)
      cases.push({
        family,
        rule,
        strictOnly,
        ...(c.field === undefined ? {} : { field: c.field }),
        ...(c.variant === undefined ? {} : { variant: c.variant }),
        arbitrary: c.arbitrary,
      });
  }
  if (cases.length === 0) throw new RangeError(`${WHERE}: no family left to generate`);
  return cases;
}
