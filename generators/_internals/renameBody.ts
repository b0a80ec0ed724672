import { isJsonObject } from '../../spec/index.js';
import fc from 'fast-check';
import type { BodyModel } from './bodyModel.js';
import { validBodyArbitrary } from './validBody.js';
import type { StoredIntegration } from '../StateAwareUpdate.js';

/** `{ name }` placed among valid fields consistent with `integration` (or alone). */
export function renameBody(
  model: BodyModel,
  integration: StoredIntegration,
  name: fc.Arbitrary<string>,
  withValidFields: boolean,
): fc.Arbitrary<Record<string, unknown>> {
  if (!model.uniqueName) throw new TypeError('the update body names no unique field to rename');
  const field = model.uniqueName.field;
  if (!withValidFields) return name.map((n) => ({ [field]: n }));
  const state = { provider: integration.provider, metadata: integration.provider_metadata ?? undefined };
  const others = validBodyArbitrary(model, {
    fields: model.fields.filter((f) => f !== field),
    minProperties: 0,
    state,
    takenNames: new Set(),
  });
  return fc.tuple(others, fc.nat(), name).map(([valid, at, n]) => {
    const keys = Object.keys(valid);
    const cut = at % (keys.length + 1);
    const body: Record<string, unknown> = {};
    for (const k of keys.slice(0, cut)) body[k] = valid[k];
    body[field] = n;
    for (const k of keys.slice(cut)) body[k] = valid[k];
    return body;
  });
}

export function assertIntegration(where: string, value: unknown): asserts value is StoredIntegration {
  const v = value;
  if (!isJsonObject(v) || typeof v.id !== 'string' || typeof v.name !== 'string' || typeof v.provider !== 'string') {
    throw new TypeError(`${where}: an integration must be an object with string id, name and provider`);
  }
}

export function uniqueNameOf(where: string, model: BodyModel): NonNullable<BodyModel['uniqueName']> {
  if (!model.uniqueName)
    throw new Error(`${where}: the spec declares no name-uniqueness rule for the ${model.operation} operation`);
  return model.uniqueName;
}
