import { describe, expect, it } from 'vitest';
import { loadContract, readContract, resourceFields } from '../spec/index.js';
import { brokenSpec } from '../spec/test-support/brokenSpec.js';
import { applyPatch, differingFields } from './compare.js';

const fields = resourceFields(await loadContract());
const base = { id: 'SWQ=', name: 'n', provider: 'openAI', has_api_key: false, scopings: [{}], model_names: ['a', 'b'] };

describe('comparing integrations as the contract does', () => {
  it('treats absent and null alike for nullable fields, and {} like a scoping of nulls', () => {
    expect(differingFields({ ...base, base_url: null, headers: null, provider_metadata: null }, base, { fields })).toEqual([]);
    expect(differingFields({ ...base, model_names: null }, { ...base, model_names: undefined }, { fields })).toEqual([]);
    expect(differingFields({ ...base, scopings: [{ organization_id: null, space_id: null }] }, base, { fields })).toEqual([]);
    expect(differingFields({ ...base, provider_metadata: { kind: 'aws', role_arn: 'r' } }, { ...base, provider_metadata: { kind: 'aws', role_arn: 'r', external_id: null } }, { fields })).toEqual([]);
    expect(differingFields({ ...base, base_url: 'https://x' }, base, { fields })).toEqual(['base_url']);
  });

  it('does not treat absent and null alike for a required field', () => {
    const { name: _, ...withoutName } = base;
    expect(differingFields({ ...base, name: null }, withoutName, { fields })).toEqual(['name']);
  });

  it('compares model_names as sets unless strict', () => {
    const reordered = { ...base, model_names: ['b', 'a', 'a'] };
    expect(differingFields(reordered, base, { fields })).toEqual([]);
    expect(differingFields(reordered, base, { fields, strict: true })).toEqual(['model_names']);
    expect(differingFields({ ...base, model_names: ['a', 'b', 'c'] }, base, { fields })).toEqual(['model_names']);
  });

  it('ignores the server-managed fields unless asked', () => {
    const changed = { ...base, id: 'other', created_at: 't1', updated_at: 't2', created_by_user_id: 'u' };
    expect(differingFields(changed, base, { fields })).toEqual([]);
    expect(differingFields(changed, base, { fields, keepServerFields: true })).toEqual(['created_at', 'created_by_user_id', 'id', 'updated_at']);
  });

  it('applies a patch the way the contract says: replace, null clears, api_key sets has_api_key, unknown ignored', () => {
    expect(applyPatch({ ...base, base_url: 'u' }, { api_key: 'k', base_url: null, model_names: ['c'], extra: 1 }, fields)).toEqual({ ...base, has_api_key: true, base_url: null, model_names: ['c'] });
    expect(applyPatch({ ...base, has_api_key: true }, { api_key: null }, fields)).toEqual(base);
  });

  it('treats a nullable field added to the spec as absent ≡ null', async () => {
    const changed = await readContract(brokenSpec((d) => {
      d.components.schemas.AiIntegration.properties.description = { type: ['string', 'null'] };
    }));
    const withDescription = resourceFields(changed);
    expect(differingFields({ ...base, description: null }, base, { fields: withDescription })).toEqual([]);
    expect(differingFields({ ...base, description: null }, base, { fields })).toEqual(['description']);
  });
});
