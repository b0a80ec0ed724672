import { describe, expect, it } from 'vitest';
import { loadContract } from '../spec/index.js';
import { applyPatch, differingFields, NULLABLE_OPTIONAL, SERVER_FIELDS } from './compare.js';

const base = { id: 'SWQ=', name: 'n', provider: 'openAI', has_api_key: false, scopings: [{}], model_names: ['a', 'b'] };

describe('comparing integrations as the contract does', () => {
  it('treats absent and null alike for nullable fields, and {} like a scoping of nulls', () => {
    expect(differingFields({ ...base, base_url: null, headers: null }, base)).toEqual([]);
    expect(differingFields({ ...base, scopings: [{ organization_id: null, space_id: null }] }, base)).toEqual([]);
    expect(differingFields({ ...base, provider_metadata: { kind: 'aws', role_arn: 'r' } }, { ...base, provider_metadata: { kind: 'aws', role_arn: 'r', external_id: null } })).toEqual([]);
    expect(differingFields({ ...base, base_url: 'https://x' }, base)).toEqual(['base_url']);
  });

  it('compares model_names as sets unless strict', () => {
    const reordered = { ...base, model_names: ['b', 'a', 'a'] };
    expect(differingFields(reordered, base)).toEqual([]);
    expect(differingFields(reordered, base, { strict: true })).toEqual(['model_names']);
    expect(differingFields({ ...base, model_names: ['a', 'b', 'c'] }, base)).toEqual(['model_names']);
  });

  it('ignores server fields unless asked', () => {
    expect(differingFields({ ...base, id: 'other' }, base)).toEqual([]);
    expect(differingFields({ ...base, id: 'other' }, base, { keepServerFields: true })).toEqual(['id']);
  });

  it('applies a patch the way the contract says: replace, null clears, api_key sets has_api_key, unknown ignored', () => {
    const known = new Set(['name', 'api_key', 'base_url', 'model_names']);
    expect(applyPatch({ ...base, base_url: 'u' }, { api_key: 'k', base_url: null, model_names: ['c'], extra: 1 }, known)).toEqual({ ...base, has_api_key: true, base_url: null, model_names: ['c'] });
  });

  it('knows the same nullable and server fields as the spec', async () => {
    const contract = await loadContract();
    const schema = contract.schemas.AiIntegration as { required: string[]; properties: Record<string, { type?: unknown; oneOf?: Array<{ type?: unknown }> }> };
    const nullable = Object.entries(schema.properties)
      .filter(([name, p]) => !schema.required.includes(name) && ((Array.isArray(p.type) && p.type.includes('null')) || (p.oneOf ?? []).some((b) => b.type === 'null')))
      .map(([name]) => name);
    expect([...NULLABLE_OPTIONAL].sort()).toEqual(nullable.sort());
    const serverSet = [...contract.rule('immutable-fields').fields, ...contract.rule('updated-at-advances').fields];
    expect([...SERVER_FIELDS].sort()).toEqual(serverSet.sort());
  });
});
