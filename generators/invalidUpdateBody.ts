import fc from 'fast-check';
import type { Contract } from '../spec/index.js';
import type { InvalidRequest } from './InvalidRequest.js';
import { type InvalidCase, type InvalidUpdateBodyOptions, invalidUpdateCases } from './invalidUpdateCases.js';

export type { InvalidUpdateBodyOptions };

/**
 * Invalid PATCH bodies, each labelled with the rule it breaks and the status it must get. Every
 * family is equally likely, then every field of it, then every variant (invalidUpdateCases lists
 * the combinations). Bodies are invalid whatever the stored integration holds: the
 * provider-metadata-mismatch family sends a provider that needs metadata together with null or
 * metadata of the other kind, so the state after the patch is inconsistent from any state.
 */
export function invalidUpdateBody(
  contract: Contract,
  options: InvalidUpdateBodyOptions = {},
): fc.Arbitrary<InvalidRequest> {
  const cases = invalidUpdateCases(contract, options);
  const byFamily = groupBy(cases, (c) => c.family).map((ofFamily) =>
    oneOf(groupBy(ofFamily, (c) => c.field ?? '').map((ofField) => oneOf(ofField.map((c) => c.arbitrary)))),
  );
  return oneOf(byFamily);
}

function groupBy(cases: readonly InvalidCase[], key: (c: InvalidCase) => string): InvalidCase[][] {
  const groups = new Map<string, InvalidCase[]>();
  for (const c of cases) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return [...groups.values()];
}

function oneOf<T>(arbitraries: readonly fc.Arbitrary<T>[]): fc.Arbitrary<T> {
  const [only, ...others] = arbitraries;
  return only && others.length === 0 ? only : fc.oneof(...arbitraries);
}
