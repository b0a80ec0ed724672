import type fc from 'fast-check';
import type { Contract, CreateAiIntegrationRequest } from '../spec/index.js';
import { readBodyModel } from './_internals/bodyModel.js';
import { assertKnownKeys, stringList } from './_internals/options.js';
import { validBodyArbitrary } from './_internals/validBody.js';

export interface ValidCreateBodyOptions {
  /** Names already used in the account: a generated name never equals one of them. */
  readonly takenNames?: readonly string[];
}

const WHERE = 'validCreateBody';

/**
 * Valid POST bodies: the required fields plus any subset of the others, with provider and
 * provider_metadata consistent (awsBedrock gets AWS metadata, vertexAI GCP metadata).
 */
export function validCreateBody(contract: Contract, options: ValidCreateBodyOptions = {}): fc.Arbitrary<CreateAiIntegrationRequest> {
  assertKnownKeys(WHERE, options, ['takenNames']);
  const model = readBodyModel(contract, 'ai_integrations_create');
  const takenNames = new Set(stringList(WHERE, 'takenNames', options.takenNames) ?? []);
  return validBodyArbitrary(model, { fields: model.fields, minProperties: model.minProperties, state: {}, takenNames }) as unknown as fc.Arbitrary<CreateAiIntegrationRequest>;
}
