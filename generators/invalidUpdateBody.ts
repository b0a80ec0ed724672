import fc from 'fast-check';
import type { Contract } from '../spec/index.js';
import { readBodyModel } from './_internals/bodyModel.js';
import { FAMILY_BUILDERS, isStrictOnly } from './_internals/invalidFamilyArbitraries.js';
import { assertKnownKeys, booleanOption, stringList, subsetOf } from './_internals/options.js';
import { INVALID_FAMILY_NAMES, type InvalidFamily } from './invalidFamilies.js';
import type { InvalidRequest } from './InvalidRequest.js';

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

const WHERE = 'invalidUpdateBody';

/**
 * Invalid PATCH bodies, each labelled with the rule it breaks and the status it must get. Every
 * family is equally likely. Bodies are invalid whatever the stored integration holds: the
 * provider-metadata-mismatch family sends a provider that needs metadata together with null or
 * metadata of the other kind, so the state after the patch is inconsistent from any state.
 */
export function invalidUpdateBody(contract: Contract, options: InvalidUpdateBodyOptions = {}): fc.Arbitrary<InvalidRequest> {
  assertKnownKeys(WHERE, options, ['families', 'includeStrictOnly', 'withValidFields', 'takenNames']);
  const requested = stringList(WHERE, 'families', options.families);
  const families = subsetOf(WHERE, 'families', requested, INVALID_FAMILY_NAMES) as readonly InvalidFamily[];
  const includeStrictOnly = booleanOption(WHERE, 'includeStrictOnly', options.includeStrictOnly, true);
  const ctx = {
    contract,
    model: readBodyModel(contract, 'update'),
    withValidFields: booleanOption(WHERE, 'withValidFields', options.withValidFields, true),
    takenNames: new Set(stringList(WHERE, 'takenNames', options.takenNames) ?? []),
  };
  const arbitraries: fc.Arbitrary<InvalidRequest>[] = [];
  for (const family of families) {
    if (!includeStrictOnly && isStrictOnly(contract, family)) continue;
    const arbitrary = FAMILY_BUILDERS[family](ctx);
    if (arbitrary) arbitraries.push(arbitrary);
    else if (requested) throw new RangeError(`${WHERE}: the spec gives family "${family}" nothing to break`);
  }
  if (arbitraries.length === 0) throw new RangeError(`${WHERE}: no family left to generate`);
  return fc.oneof(...arbitraries);
}
