import type fc from 'fast-check';
import { contractModel, type Contract, type CreateAiIntegrationRequest } from '../spec/index.js';
import { readBodyModel } from './_internals/bodyModel.js';
import { assertKnownKeys, stringList } from './_internals/options.js';
import { scopingIdsOption, type ScopingIds } from './_internals/scopingIds.js';
import { validBodyArbitrary } from './_internals/validBody.js';

export interface ValidCreateBodyOptions {
  /** Names already used in the account: a generated name never equals one of them. */
  readonly takenNames?: readonly string[];
  /** Scoping ids the target accepts: scopings use only these (`{}`: account-wide only). Default: made-up ids. */
  readonly scopingIds?: ScopingIds;
}

const WHERE = 'validCreateBody';

/**
 * Valid POST bodies that every server faithful to the public facts must accept: the required
 * fields plus any subset of the others, no null field (the create body has none), provider and provider_metadata consistent
 * (awsBedrock gets AWS metadata, vertexAI GCP metadata, other providers none) and a model source
 * where the guides ask for one (contractModel's portableCreate).
 */
export function validCreateBody(
  contract: Contract,
  options: ValidCreateBodyOptions = {},
): fc.Arbitrary<CreateAiIntegrationRequest> {
  assertKnownKeys(WHERE, options, ['takenNames', 'scopingIds']);
  const model = readBodyModel(contract, 'create');
  const takenNames = new Set(stringList(WHERE, 'takenNames', options.takenNames) ?? []);
  const scopingIds = scopingIdsOption(WHERE, options.scopingIds);
  const repair = contractModel(contract).portableCreate;
  return validBodyArbitrary(model, {
    fields: model.fields,
    minProperties: model.minProperties,
    state: {},
    takenNames,
    repair,
    ...(scopingIds ? { scopingIds } : {}),
  }) as unknown as fc.Arbitrary<CreateAiIntegrationRequest>;
}
