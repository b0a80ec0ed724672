import type fc from 'fast-check';
import type { Contract, UpdateAiIntegrationRequest } from '../spec/index.js';
import { readBodyModel } from './_internals/bodyModel.js';
import { assertKnownKeys, booleanOption, stringList, subsetOf } from './_internals/options.js';
import { scopingIdsOption, type ScopingIds } from './_internals/scopingIds.js';
import { validBodyArbitrary } from './_internals/validBody.js';

export interface ValidUpdateBodyOptions {
  /** Updatable fields a body may hold (default: every property of the spec's update body). */
  readonly fields?: readonly string[];
  /**
   * true (default): every body passes provider-consistency whatever the stored integration holds:
   * provider_metadata only comes with a provider, and awsBedrock/vertexAI bring their metadata.
   * false: bodies are valid against the schema and the stateless rules only (a `provider_metadata:
   * null` alone may then be a 422 on an awsBedrock integration).
   */
  readonly anyState?: boolean;
  /** Names already used in the account: a generated name never equals one of them. */
  readonly takenNames?: readonly string[];
  /** Scoping ids the target accepts: scopings use only these (`{}`: account-wide only). Default: made-up ids. */
  readonly scopingIds?: ScopingIds;
}

const WHERE = 'validUpdateBody';

/**
 * Valid PATCH bodies: non-empty subsets of the updatable fields, nullable fields sometimes null,
 * empty and non-empty lists, unicode names, both metadata kinds, headers up to the size limit.
 */
export function validUpdateBody(
  contract: Contract,
  options: ValidUpdateBodyOptions = {},
): fc.Arbitrary<UpdateAiIntegrationRequest> {
  assertKnownKeys(WHERE, options, ['fields', 'anyState', 'takenNames', 'scopingIds']);
  const model = readBodyModel(contract, 'update');
  const fields = subsetOf(WHERE, 'fields', stringList(WHERE, 'fields', options.fields), model.fields);
  const anyState = booleanOption(WHERE, 'anyState', options.anyState, true);
  const takenNames = new Set(stringList(WHERE, 'takenNames', options.takenNames) ?? []);
  const scopingIds = scopingIdsOption(WHERE, options.scopingIds);
  return validBodyArbitrary(model, {
    fields,
    minProperties: Math.max(1, model.minProperties),
    state: anyState ? 'any' : 'ignore',
    takenNames,
    ...(scopingIds ? { scopingIds } : {}),
  }) as fc.Arbitrary<UpdateAiIntegrationRequest>;
}
