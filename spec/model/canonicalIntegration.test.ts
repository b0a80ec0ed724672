import { describe, expect, it } from 'vitest';
import { canonicalInstant, canonicalIntegration, compareInstants, differingFields } from './canonicalIntegration.js';
import { loadContract, readContract } from '../document/loadContract.js';
import { brokenSpec } from '../test-support/brokenSpec.js';

const contract = await loadContract();
const base = {
  id: 'SWQ=',
  name: 'n',
  provider: 'openAI',
  has_api_key: false,
  scopings: [{}],
  model_names: ['a', 'b'],
  created_at: '2026-02-13T21:27:19.055Z',
  updated_at: '2026-02-13T21:27:19.055Z',
};

describe('comparing integrations by meaning', () => {
  it('treats absent and null alike for nullable fields, and {} like a scoping of nulls', () => {
    expect(
      differingFields(contract, { ...base, base_url: null, headers: null, provider_metadata: null }, base),
    ).toEqual([]);
    expect(differingFields(contract, { ...base, model_names: null }, { ...base, model_names: undefined })).toEqual([]);
    expect(differingFields(contract, { ...base, scopings: [{ organization_id: null, space_id: null }] }, base)).toEqual(
      [],
    );
    expect(
      differingFields(
        contract,
        { ...base, provider_metadata: { kind: 'aws', role_arn: 'r' } },
        { ...base, provider_metadata: { kind: 'aws', role_arn: 'r', external_id: null } },
      ),
    ).toEqual([]);
    expect(differingFields(contract, { ...base, base_url: 'https://x' }, base)).toEqual(['base_url']);
  });

  it('does not treat absent and null alike for a required field', () => {
    const { name: _, ...withoutName } = base;
    expect(differingFields(contract, { ...base, name: null }, withoutName)).toEqual(['name']);
  });

  it('ignores key order at every depth', () => {
    const server = {
      ...base,
      scopings: [{ space_id: 'U3A=', organization_id: 'T3Jn' }],
      provider_metadata: { role_arn: 'r', kind: 'aws' },
      headers: { b: '2', a: '1' },
    };
    const model = {
      ...base,
      headers: { a: '1', b: '2' },
      provider_metadata: { kind: 'aws', role_arn: 'r' },
      scopings: [{ organization_id: 'T3Jn', space_id: 'U3A=' }],
    };
    expect(differingFields(contract, server, model, { strict: true })).toEqual([]);
    expect(JSON.stringify(canonicalIntegration(contract, server))).toBe(
      JSON.stringify(canonicalIntegration(contract, model)),
    );
  });

  it('ignores members the schema does not declare, at every depth, but keeps every header name', () => {
    const extra = {
      ...base,
      header_names: ['x'],
      scopings: [{ organization_id: 'T3Jn', space_name: 'Space' }],
      provider_metadata: { kind: 'gcp', project_id: 'p', location: 'l', project_access_label: 'a', region_hint: 'eu' },
      headers: { 'X-Anything': 'v' },
    };
    const plain = {
      ...base,
      scopings: [{ organization_id: 'T3Jn' }],
      provider_metadata: { kind: 'gcp', project_id: 'p', location: 'l', project_access_label: 'a' },
      headers: { 'X-Anything': 'v' },
    };
    expect(differingFields(contract, extra, plain)).toEqual([]);
    expect(differingFields(contract, extra, { ...plain, headers: {} })).toEqual(['headers']);
    const protoHeader = JSON.parse('{"__proto__":"1","constructor":"2"}') as Record<string, string>;
    expect(
      differingFields(contract, { ...base, headers: protoHeader }, { ...base, headers: { constructor: '2' } }),
    ).toEqual(['headers']);
  });

  it('compares lists as sets unless strict', () => {
    const reordered = { ...base, model_names: ['b', 'a', 'a'], scopings: [{ organization_id: 'T3Jn' }, {}] };
    const sets = { ...base, scopings: [{}, { organization_id: 'T3Jn' }] };
    expect(differingFields(contract, reordered, sets)).toEqual([]);
    expect(differingFields(contract, reordered, sets, { strict: true })).toEqual(['model_names', 'scopings']);
    expect(differingFields(contract, { ...base, model_names: ['a', 'b', 'c'] }, base)).toEqual(['model_names']);
  });

  it('reads an empty list of scopings as one account-wide scoping unless strict (empty-scopings-stored is a decision)', () => {
    const empty = { ...base, scopings: [] };
    expect(differingFields(contract, empty, base)).toEqual([]);
    expect(
      differingFields(contract, empty, { ...base, scopings: [{ organization_id: null, space_id: null }] }),
    ).toEqual([]);
    expect(differingFields(contract, empty, base, { strict: true })).toEqual(['scopings']);
    expect(differingFields(contract, empty, { ...base, scopings: [{ organization_id: 'T3Jn' }] })).toEqual([
      'scopings',
    ]);
    expect(differingFields(contract, { ...base, model_names: [] }, { ...base, model_names: ['a'] })).toEqual([
      'model_names',
    ]);
  });

  it('ignores the server-managed fields unless asked, and compares timestamps as instants', () => {
    const changed = {
      ...base,
      id: 'other',
      created_at: '2026-02-13T21:27:20Z',
      updated_at: '2026-02-13T21:27:21Z',
      created_by_user_id: 'u',
    };
    expect(differingFields(contract, changed, base)).toEqual([]);
    expect(differingFields(contract, changed, base, { serverFields: true })).toEqual([
      'created_at',
      'created_by_user_id',
      'id',
      'updated_at',
    ]);
    const sameInstants = {
      ...base,
      created_at: '2026-02-13T22:27:19.055000+01:00',
      updated_at: '2026-02-13T21:27:19.055Z',
    };
    expect(differingFields(contract, sameInstants, base, { serverFields: true })).toEqual([]);
  });

  it('treats a nullable field added to the spec as absent ≡ null', async () => {
    const changed = await readContract(
      brokenSpec((d) => {
        d.components.schemas.AiIntegration.properties.description = { type: ['string', 'null'] };
      }),
    );
    expect(differingFields(changed, { ...base, description: null }, base)).toEqual([]);
    expect(differingFields(changed, { ...base, description: 'd' }, base)).toEqual(['description']);
    expect(differingFields(contract, { ...base, description: 'd' }, base)).toEqual([]);
  });
});

describe('instants', () => {
  it('reads RFC 3339 at any precision and offset', () => {
    expect(canonicalInstant('2026-02-13T21:27:19Z')).toBe('2026-02-13T21:27:19.000000000Z');
    expect(canonicalInstant('2026-02-13T21:27:19.055123Z')).toBe('2026-02-13T21:27:19.055123000Z');
    expect(canonicalInstant('2026-02-13T23:27:19.055+02:00')).toBe('2026-02-13T21:27:19.055000000Z');
    expect(canonicalInstant('2026-02-13 21:27:19z')).toBe('2026-02-13T21:27:19.000000000Z');
    expect(canonicalInstant('yesterday')).toBeUndefined();
    expect(canonicalInstant('2026-02-13T21:27:19')).toBeUndefined();
    expect(canonicalInstant('2026-02-30T21:27:19Z')).toBeUndefined();
    expect(canonicalInstant('2026-02-13T24:00:00Z')).toBeUndefined();
    expect(canonicalInstant('2016-12-31T23:59:60Z')).toBe('2016-12-31T23:59:59.999999999Z');
    expect(canonicalInstant('1969-12-31T23:59:59.5Z')).toBe('1969-12-31T23:59:59.500000000Z');
    expect(canonicalInstant('2026-02-13T21:27:19.1-00:30')).toBe('2026-02-13T21:57:19.100000000Z');
  });

  it('orders instants below the millisecond, across offsets', () => {
    expect(compareInstants('2026-02-13T21:27:19.055123Z', '2026-02-13T21:27:19.055124Z')).toBe(-1);
    expect(compareInstants('2026-02-13T21:27:19.055Z', '2026-02-13T21:27:19.055000+00:00')).toBe(0);
    expect(compareInstants('2026-02-13T21:27:20+00:01', '2026-02-13T21:27:19Z')).toBe(-1);
    expect(compareInstants('2026-02-13T21:27:19Z', 'never')).toBeUndefined();
  });
});
