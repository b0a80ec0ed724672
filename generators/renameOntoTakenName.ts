import fc from 'fast-check';
import type { Contract, UpdateAiIntegrationRequest } from '../spec/index.js';
import { readBodyModel } from './_internals/bodyModel.js';
import { assertKnownKeys, booleanOption } from './_internals/options.js';
import { assertIntegration, renameBody, uniqueNameOf } from './_internals/renameBody.js';
import type { StateAwareUpdate, StoredIntegration } from './StateAwareUpdate.js';

export interface RenameOptions {
  /** true (default): other valid fields, consistent with the target's provider, come with the name. */
  readonly withValidFields?: boolean;
}

const WHERE = 'renameOntoTakenName';

/**
 * Given the integrations of one account, a PATCH of one of them that takes the exact name of
 * another: 409 by name-unique (and, the PATCH being atomic, nothing else changes). Needs at least
 * two integrations with different names.
 */
export function renameOntoTakenName(
  contract: Contract,
  integrations: readonly StoredIntegration[],
  options: RenameOptions = {},
): fc.Arbitrary<StateAwareUpdate> {
  if (!Array.isArray(integrations)) throw new TypeError(`${WHERE}: integrations must be a list`);
  for (const i of integrations) assertIntegration(WHERE, i);
  assertKnownKeys(WHERE, options, ['withValidFields']);
  const withValidFields = booleanOption(WHERE, 'withValidFields', options.withValidFields, true);
  const model = readBodyModel(contract, 'update');
  const { rule, field } = uniqueNameOf(WHERE, model);
  const targets = integrations.flatMap((target) => {
    const taken = integrations
      .filter((other) => other.id !== target.id && other.name !== target.name)
      .map((other) => other.name);
    if (taken.length === 0) return [];
    return [
      renameBody(model, target, fc.constantFrom(...taken), withValidFields).map((body) => ({
        integrationId: target.id,
        body: body as UpdateAiIntegrationRequest,
        rule: rule.id,
        status: rule.status,
        strictOnly: rule.strict,
        description: `Rename ${JSON.stringify(target.name)} onto ${JSON.stringify(body[field])}, the name of another integration of the account.`,
      })),
    ];
  });
  if (targets.length === 0) throw new RangeError(`${WHERE}: needs at least two integrations with different names`);
  return fc.oneof(...targets);
}
