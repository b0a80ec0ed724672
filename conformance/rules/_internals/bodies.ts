import type fc from 'fast-check';
import {
  consistentUpdateBody,
  validCreateBody,
  validUpdateBody,
  type ConsistentUpdateBodyOptions,
  type ValidCreateBodyOptions,
  type ValidUpdateBodyOptions,
} from '../../../generators/index.js';
import type {
  AiIntegration,
  CreateAiIntegrationRequest,
  JsonObject,
  UpdateAiIntegrationRequest,
} from '../../../spec/index.js';
import { isJsonObject } from '../../../spec/index.js';
import type { NameFactory } from '../../NameFactory.js';
import type { RuleContext } from '../../RuleContext.js';

/**
 * The generators as the kit uses them: create bodies every faithful server must accept, and
 * scopings only with the ids the run was given (--organization-id, --space-id; none: account-wide).
 */
export function createBodies(
  ctx: RuleContext,
  options: ValidCreateBodyOptions = {},
): fc.Arbitrary<CreateAiIntegrationRequest & JsonObject> {
  return validCreateBody(ctx.contract, { scopingIds: ctx.scopingIds, ...options }) as fc.Arbitrary<
    CreateAiIntegrationRequest & JsonObject
  >;
}

export function updateBodies(
  ctx: RuleContext,
  options: ValidUpdateBodyOptions = {},
): fc.Arbitrary<UpdateAiIntegrationRequest & JsonObject> {
  return validUpdateBody(ctx.contract, { scopingIds: ctx.scopingIds, ...options }) as fc.Arbitrary<
    UpdateAiIntegrationRequest & JsonObject
  >;
}

export function consistentUpdates(
  ctx: RuleContext,
  integration: Pick<AiIntegration, 'provider' | 'provider_metadata'>,
  options: ConsistentUpdateBodyOptions = {},
): fc.Arbitrary<UpdateAiIntegrationRequest> {
  return consistentUpdateBody(ctx.contract, integration, { scopingIds: ctx.scopingIds, ...options });
}

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
  if (!isJsonObject(value) || typeof value.name !== 'string' || value.name === '' || JSON.stringify(value) !== text)
    return text;
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

/** What an integration holds right after a create body, as far as the generators' state needs. */
export function stateOfCreate(body: CreateAiIntegrationRequest): Pick<AiIntegration, 'provider' | 'provider_metadata'> {
  return { provider: body.provider, ...(body.provider_metadata ? { provider_metadata: body.provider_metadata } : {}) };
}
