import { describe, expect, it } from 'vitest';
import { loadContract } from '../../spec/index.js';
import { IntegrationStore } from './IntegrationStore.js';
import { readMockRules } from './MockRules.js';

const rules = readMockRules(await loadContract());

describe('IntegrationStore', () => {
  it('moves updated_at forward on every update even when the clock stands still', () => {
    const store = new IntegrationStore(rules, { now: () => Date.parse('2026-02-13T21:27:19.055Z') });
    const created = store.create('acct', { name: 'A', provider: 'openAI' });
    if (!created.ok) throw new Error('create failed');
    const stamps = [created.value.updated_at];
    for (let i = 0; i < 3; i += 1) {
      const updated = store.update('acct', created.value.id, { name: `A${i}` });
      if (!updated.ok) throw new Error('update failed');
      stamps.push(updated.value.updated_at);
      expect(updated.value.created_at).toBe(created.value.created_at);
    }
    expect(stamps).toEqual([
      '2026-02-13T21:27:19.055Z',
      '2026-02-13T21:27:19.056Z',
      '2026-02-13T21:27:19.057Z',
      '2026-02-13T21:27:19.058Z',
    ]);
  });

  it('keeps the name index in step with renames and deletes (O(1) uniqueness, no scan)', () => {
    const store = new IntegrationStore(rules);
    const a = store.create('acct', { name: 'A', provider: 'openAI' });
    const b = store.create('acct', { name: 'B', provider: 'openAI' });
    if (!a.ok || !b.ok) throw new Error('create failed');
    expect(store.account('acct').idOfName('A')).toBe(a.value.id);
    store.update('acct', a.value.id, { name: 'C' });
    expect(store.account('acct').idOfName('A')).toBeUndefined();
    expect(store.account('acct').idOfName('C')).toBe(a.value.id);
    const conflict = store.update('acct', b.value.id, { name: 'C' });
    expect(conflict.ok ? 200 : conflict.failure).toMatchObject({ status: 409, rule: 'name-unique' });
    store.delete('acct', a.value.id);
    expect(store.account('acct').idOfName('C')).toBeUndefined();
    expect(store.update('acct', b.value.id, { name: 'C' }).ok).toBe(true);
  });

  it('leaves no trace of a refused create, not even an account for the new token', () => {
    const store = new IntegrationStore(rules);
    const refused = store.create('refused-token', { name: 'Bedrock', provider: 'awsBedrock' });
    expect(refused.ok ? 201 : refused.failure.status).toBe(422);
    const created = store.create('next-token', { name: 'First', provider: 'openAI' });
    if (!created.ok) throw new Error('create failed');
    // Had the refused create made an account, this one would be the second user.
    expect(Buffer.from(created.value.created_by_user_id, 'base64').toString()).toMatch(/^User:1:/);
    expect(Buffer.from(created.value.id, 'base64').toString()).toMatch(/^LlmIntegration:1:/);
  });

  it('returns copies: changing a returned resource changes nothing stored', () => {
    const store = new IntegrationStore(rules);
    const created = store.create('acct', { name: 'A', provider: 'openAI', model_names: ['m'] });
    if (!created.ok) throw new Error('create failed');
    created.value.model_names!.push('injected');
    const read = store.get('acct', created.value.id);
    expect(read.ok && read.value.model_names).toEqual(['m']);
  });

  it('does not let a header named __proto__ reach a prototype', () => {
    const store = new IntegrationStore(rules);
    const body = JSON.parse('{"name":"P","provider":"openAI","headers":{"__proto__":{"polluted":"yes"}}}') as unknown;
    // A non-string header value is a 400 from the schema; a string one is stored as a plain key.
    expect(store.create('acct', body).ok).toBe(false);
    const created = store.create('acct', JSON.parse('{"name":"P","provider":"openAI","headers":{"__proto__":"x"}}'));
    expect(created.ok && Object.keys(created.value.headers!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
