import type { Contract } from '../contract/Contract.js';
import { perContract } from '../contract/perContract.js';
import { acceptsNull } from '../schema/schemaReaders.js';

/** How the contract treats each field of the resource, derived from the spec, for comparisons. */
export interface ResourceFields {
  /** Optional fields that accept null: absent and null mean the same (contract, "When comparing"). */
  readonly nullableOptional: readonly string[];
  /** Fields the server sets: the immutable ones and updated_at (rules immutable-fields, updated-at-advances). */
  readonly serverManaged: readonly string[];
  /** The properties of the update body. */
  readonly updatable: readonly string[];
}

const fieldsOf = perContract((contract): ResourceFields => {
  const schema = contract.schemas.AiIntegration ?? {};
  const required = new Set(schema.required ?? []);
  const nullableOptional = Object.entries(schema.properties ?? {})
    .filter(([name, property]) => !required.has(name) && acceptsNull(property))
    .map(([name]) => name);
  const updateBody = contract.operation('update').requestBody?.schema;
  return {
    nullableOptional,
    serverManaged: [...contract.rule('immutable-fields').fields, ...contract.rule('updated-at-advances').fields],
    updatable: Object.keys(updateBody?.properties ?? {}),
  };
});

export function resourceFields(contract: Contract): ResourceFields {
  return fieldsOf(contract);
}
