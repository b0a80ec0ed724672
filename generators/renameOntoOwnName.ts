import fc from 'fast-check';
import type { Contract, UpdateAiIntegrationRequest } from '../spec/index.js';
import { readBodyModel } from './_internals/bodyModel.js';
import { assertKnownKeys, booleanOption } from './_internals/options.js';
import { assertIntegration, renameBody, uniqueNameOf } from './_internals/renameBody.js';
import type { RenameOptions } from './renameOntoTakenName.js';
import type { StateAwareUpdate, StoredIntegration } from './StateAwareUpdate.js';

const WHERE = 'renameOntoOwnName';

/**
 * A PATCH that sets an integration's name to its own current name (with other fields consistent
 * with its provider): name-unique allows it, so the operation's success status (200).
 */
export function renameOntoOwnName(
  contract: Contract,
  integration: StoredIntegration,
  options: RenameOptions = {},
): fc.Arbitrary<StateAwareUpdate> {
  assertIntegration(WHERE, integration);
  assertKnownKeys(WHERE, options, ['withValidFields']);
  const withValidFields = booleanOption(WHERE, 'withValidFields', options.withValidFields, true);
  const operation = contract.operation('update');
  const model = readBodyModel(contract, 'update');
  const { rule } = uniqueNameOf(WHERE, model);
  const success = operation.declaredStatuses.find((s) => s >= 200 && s < 300) ?? 200;
  return renameBody(model, integration, fc.constant(integration.name), withValidFields).map((body) => ({
    integrationId: integration.id,
    body: body as UpdateAiIntegrationRequest,
    rule: rule.id,
    status: success,
    strictOnly: rule.strict,
    description: `Rename ${JSON.stringify(integration.name)} onto its own name: allowed.`,
  }));
}
