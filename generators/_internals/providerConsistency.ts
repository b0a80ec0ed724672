import { isJsonObject } from '../../spec/index.js';
import fc from 'fast-check';
import type { ProviderConsistency } from './bodyModel.js';

/** The provider and metadata an integration holds now (what a patch is applied to). */
export interface StoredState {
  readonly provider?: string;
  readonly metadata?: unknown;
}

/** Replacement values drawn with the body, so a repair is itself deterministic and shrinkable. */
export interface Spares {
  readonly provider: string;
  readonly metadata: Readonly<Record<string, Record<string, unknown>>>;
}

export function sparesArbitrary(c: ProviderConsistency): fc.Arbitrary<Spares> {
  return fc.record({
    provider: fc.constantFrom(...c.providers),
    metadata: fc.record(Object.fromEntries(c.metadataOfKind)),
  });
}

export function kindOf(c: ProviderConsistency, metadata: unknown): string | undefined {
  if (!isJsonObject(metadata)) return undefined;
  const kind = metadata[c.kindProperty];
  return typeof kind === 'string' ? kind : undefined;
}

/**
 * Makes `body` pass provider-consistency. With `state: 'any'` the body must pass whatever the
 * stored provider and metadata are: metadata never comes without a provider, and a provider that
 * needs metadata brings its own. With a stored state, the state after the patch must be consistent.
 * Returns a new object; `body` is left as is.
 */
export function makeConsistent(
  body: Readonly<Record<string, unknown>>,
  c: ProviderConsistency,
  spares: Spares,
  state: 'any' | StoredState,
): Record<string, unknown> {
  const out = { ...body };
  const { providerField: P, metadataField: M } = c;
  if (state === 'any' && M in out && !(P in out)) out[P] = spares.provider;
  const provider = P in out ? out[P] : state === 'any' ? undefined : state.provider;
  const metadata = M in out ? out[M] : state === 'any' ? undefined : state.metadata;
  const needed = typeof provider === 'string' ? c.requiredKind[provider] : undefined;
  if (needed !== undefined && kindOf(c, metadata) !== needed) out[M] = spares.metadata[needed];
  return out;
}
