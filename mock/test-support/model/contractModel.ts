import { providerMetadataConsistent, resourceFields, type Contract } from '../../../spec/index.js';
import type { AccountName } from './IntegrationsApi.js';

/**
 * A simple model of the contract: per account, the integrations oldest first, each with the
 * fields the contract says it has. Ids and timestamps cannot be predicted, so they are recorded
 * from the mock's replies and then required to stay put (id, created_at) or move forward.
 */
export interface ModelIntegration {
  readonly id: string;
  readonly fields: Record<string, unknown>;
  readonly created_at: string;
  readonly updated_at: string;
  readonly created_by_user_id: string;
}

export interface ContractModel {
  readonly accounts: Record<AccountName, ModelIntegration[]>;
}

/** The contract facts the model uses, read from the spec like the mock reads them. */
export interface ModelRules {
  readonly defaults: Record<string, unknown>;
  readonly headersMaxBytes: number;
  /** Nullable optional fields: absent and null are the same state. */
  readonly nullable: readonly string[];
  /** Ids and timestamps: recorded from the replies, not part of the compared fields. */
  readonly notFields: readonly string[];
  /** Rule provider-consistency: whether a provider and its metadata go together. */
  readonly providerConsistent: (provider: unknown, metadata: unknown) => boolean;
}

export function modelRules(contract: Contract): ModelRules {
  const fields = resourceFields(contract);
  return {
    defaults: contract.rule('create-defaults').params.defaults as Record<string, unknown>,
    headersMaxBytes: Number(contract.rule('headers-size-limit').params.maxBytes),
    nullable: fields.nullableOptional,
    notFields: fields.serverManaged,
    providerConsistent: (provider, metadata) => providerMetadataConsistent(contract, provider, metadata),
  };
}

/** A resource as the model compares it: no ids or timestamps, null optional fields dropped. */
export function comparable(rules: ModelRules, resource: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(resource).filter(([key, value]) => !rules.notFields.includes(key) && !(rules.nullable.includes(key) && value === null)));
}

/** The fields of a new integration: defaults, then the body; api_key becomes has_api_key. */
export function createdFields(rules: ModelRules, body: Record<string, unknown>): Record<string, unknown> {
  const { api_key: apiKey, ...rest } = body;
  return comparable(rules, { ...structuredClone(rules.defaults), ...structuredClone(rest), has_api_key: typeof apiKey === 'string' });
}

/** The fields after a valid patch: present fields replace, null clears, api_key sets or removes. */
export function patchedFields(rules: ModelRules, current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const { api_key: apiKey, ...rest } = patch;
  const next = { ...structuredClone(current), ...structuredClone(rest) };
  if (apiKey !== undefined) next.has_api_key = apiKey !== null;
  return comparable(rules, next);
}

/** The statuses the contract allows for a state that breaks rules (none: it may be stored). */
export function violations(rules: ModelRules, fields: Record<string, unknown>, nameTaken: boolean): number[] {
  const statuses: number[] = [];
  if (nameTaken) statuses.push(409);
  if (!rules.providerConsistent(fields.provider, fields.provider_metadata)) statuses.push(422);
  if (fields.headers !== undefined && Buffer.byteLength(JSON.stringify(fields.headers)) > rules.headersMaxBytes) statuses.push(400);
  return statuses;
}
