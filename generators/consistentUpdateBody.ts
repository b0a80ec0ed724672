import type fc from 'fast-check';
import type { AiIntegration, Contract, UpdateAiIntegrationRequest, UpperEdition } from '../spec/index.js';
import { readBodyModel } from './_internals/bodyModel.js';
import { assertKnownKeys, stringList, subsetOf } from './_internals/options.js';
import { scopingIdsOption, type ScopingIds } from './_internals/scopingIds.js';
import { validBodyArbitrary } from './_internals/validBody.js';

export interface ConsistentUpdateBodyOptions {
  /** Updatable fields a body may hold (default: all). */
  readonly fields?: readonly string[];
  /** Names of the account's other integrations: a generated name never equals one of them. */
  readonly takenNames?: readonly string[];
  /** Scoping ids the target accepts: scopings use only these (`{}`: account-wide only). Default: made-up ids. */
  readonly scopingIds?: ScopingIds;
}

const WHERE = 'consistentUpdateBody';

/** The fields of an integration consistentUpdateBody reads, as either edition spells them (the contract's edition is the one that counts). */
export type IntegrationState =
  | Pick<AiIntegration, 'provider' | 'provider_metadata'>
  | Pick<UpperEdition.AiIntegration, 'provider' | 'provider_metadata'>;

/**
 * Valid PATCH bodies for this integration: once applied to its current provider and
 * provider_metadata, provider-consistency still holds (so never `provider_metadata: null` on an
 * awsBedrock integration unless the same body moves it to a provider that needs no metadata).
 */
export function consistentUpdateBody(
  contract: Contract,
  integration: IntegrationState,
  options: ConsistentUpdateBodyOptions = {},
): fc.Arbitrary<UpdateAiIntegrationRequest> {
  if (typeof integration !== 'object' || integration === null || typeof integration.provider !== 'string')
    throw new TypeError(`${WHERE}: the integration must be an object with a provider`);
  assertKnownKeys(WHERE, options, ['fields', 'takenNames', 'scopingIds']);
  const model = readBodyModel(contract, 'update');
  const fields = subsetOf(WHERE, 'fields', stringList(WHERE, 'fields', options.fields), model.fields);
  const takenNames = new Set(stringList(WHERE, 'takenNames', options.takenNames) ?? []);
  const scopingIds = scopingIdsOption(WHERE, options.scopingIds);
  const state = { provider: integration.provider, metadata: integration.provider_metadata ?? undefined };
  return validBodyArbitrary(model, {
    fields,
    minProperties: Math.max(1, model.minProperties),
    state,
    takenNames,
    ...(scopingIds ? { scopingIds } : {}),
  }) as fc.Arbitrary<UpdateAiIntegrationRequest>;
}
