import type { AiIntegration, Contract, CreateAiIntegrationRequest } from '../../../spec/index.js';
import { isObject } from '../../compare.js';
import type { NameFactory } from '../../NameFactory.js';

/** A body with its `name` (if any) replaced by a fresh name of this run, so renames stay in the run's prefix. */
export function withRunName<T extends object>(names: NameFactory, body: T): T {
  const record = body as Record<string, unknown>;
  if (typeof record.name !== 'string') return body;
  return { ...body, name: names.next(record.name) };
}

/**
 * The exact text of an invalid body, with a valid `name` moved into the run's prefix when the text
 * is canonical JSON (so a server that half-applies it still renames only within the prefix).
 */
export function invalidTextWithRunName(names: NameFactory, text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (!isObject(value) || typeof value.name !== 'string' || value.name === '' || JSON.stringify(value) !== text) return text;
  return JSON.stringify({ ...value, name: names.next(value.name) });
}

/** The JSON value of a body text, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The resource field a body field shows up as (`api_key` → `has_api_key`). */
export function resourceField(field: string): string {
  return field === 'api_key' ? 'has_api_key' : field;
}

/** provider → metadata kind it needs, from the spec rule provider-consistency. */
export function requiredMetadataKind(contract: Contract): Record<string, string> {
  return contract.rule('provider-consistency').params.requiredMetadataKind as Record<string, string>;
}

/** Every provider of the spec's enum. */
export function providers(contract: Contract): string[] {
  return (contract.schemas.Provider as { enum: string[] }).enum;
}

/** Providers that need no particular metadata. */
export function providersWithoutMetadata(contract: Contract): string[] {
  const required = requiredMetadataKind(contract);
  return providers(contract).filter((p) => !(p in required));
}

/** What an integration holds right after a create body, as far as the generators' state needs. */
export function stateOfCreate(body: CreateAiIntegrationRequest): Pick<AiIntegration, 'provider' | 'provider_metadata'> {
  return { provider: body.provider, ...(body.provider_metadata ? { provider_metadata: body.provider_metadata } : {}) };
}
