import { describe, expect, it } from 'vitest';
import { contractModel, loadContract } from '../../../spec/index.js';
import { adoptMergedHeaders } from '../../expect.js';
import type { Integration } from '../../IntegrationsApi.js';
import { Violation } from '../../Violation.js';
import { expectAcceptedAsTheBodySays } from './tolerance.js';

const contract = await loadContract();
const model = contractModel(contract);
/** A run without --strict. */
const lenient = { contract, model, compare: { contract, strict: false } };
// Values as the contract's edition spells them: a provider that needs no metadata, the two that do and their kinds, the default auth type and another.
const plain = model.providers.find((p) => !Object.hasOwn(model.requiredMetadataKind, p))!;
const [[bedrock]] = Object.entries(model.requiredMetadataKind) as [[string, string]];
const defaultAuth = model.defaults.auth_type as string;
const otherAuth = Object.values(contract.facts.spellings.auth_type).find((a) => a !== defaultAuth)!;
/** How the other edition spells an auth type. */
const elsewhere = (value: string) =>
  contract.editions.respell('auth_type', value, contract.edition === 'camel' ? 'upper' : 'camel')!;
const before: Integration = {
  id: 'TGxtSW50ZWdyYXRpb246MTI6YUJjRA==',
  name: 'aic-conform-x-1',
  provider: plain,
  has_api_key: false,
  enable_default_models: false,
  function_calling_enabled: true,
  auth_type: defaultAuth,
  headers: { 'x-old': '1' },
  scopings: [{}],
  created_at: '2026-02-13T21:27:19.055Z',
  updated_at: '2026-02-13T21:27:19.055Z',
  created_by_user_id: 'VXNlcjoxOm5OYkM=',
};
const violation = (run: () => void): Violation => {
  try {
    run();
  } catch (error) {
    if (error instanceof Violation) return error;
    throw error;
  }
  throw new Error('expected a Violation');
};

describe('adoptMergedHeaders (without --strict)', () => {
  it('takes the map sent or the stored map merged with it, and nothing else', () => {
    const merged = { ...before, headers: { 'x-old': '1', 'x-new': '2' } };
    expect(
      adoptMergedHeaders({ headers: { 'x-new': '2' } }, before, merged, { headers: { 'x-new': '2' } }, 'patch').headers,
    ).toEqual({ 'x-old': '1', 'x-new': '2' });
    expect(
      adoptMergedHeaders(
        { headers: { 'x-new': '2' } },
        before,
        { ...before, headers: { 'x-new': '2' } },
        { headers: { 'x-new': '2' } },
        'patch',
      ).headers,
    ).toEqual({ 'x-new': '2' });
    expect(
      violation(() => adoptMergedHeaders({ headers: { 'x-new': '3' } }, before, merged, {}, 'patch')).message,
    ).toMatch(/neither the map sent nor the stored map merged/);
    const invented = { ...before, headers: { 'x-old': '1', 'x-new': '2', 'x-invented': '9' } };
    expect(
      violation(() => adoptMergedHeaders({ headers: { 'x-new': '2' } }, before, invented, {}, 'patch')).message,
    ).toMatch(/neither/);
  });
});

describe('expectAcceptedAsTheBodySays', () => {
  it('accepts a 200 that applied the known fields and ignored a nested unknown property', () => {
    const body = { enable_default_models: true, scopings: [{ organization_id: 'T3Jn', orgId: 'x' }] };
    const got = {
      ...before,
      enable_default_models: true,
      scopings: [{ organization_id: 'T3Jn', space_id: null }],
      updated_at: '2026-02-13T21:27:20.000Z',
    };
    expect(() => expectAcceptedAsTheBodySays(lenient, before, body, got, 'p')).not.toThrow();
  });

  it('accepts an empty name stored as sent, and refuses one that changed another field or was taken', () => {
    expect(() =>
      expectAcceptedAsTheBodySays(lenient, before, { name: '' }, { ...before, name: '' }, 'p'),
    ).not.toThrow();
    expect(
      violation(() =>
        expectAcceptedAsTheBodySays(lenient, before, { name: '' }, { ...before, name: '', auth_type: otherAuth }, 'p'),
      ).message,
    ).toMatch(/auth_type/);
    expect(
      violation(() =>
        expectAcceptedAsTheBodySays(lenient, before, { name: '' }, { ...before, name: '' }, 'p', { takenNames: [''] }),
      ).message,
    ).toMatch(/breaks name-unique/);
    expect(
      violation(() =>
        expectAcceptedAsTheBodySays(lenient, before, { name: '' }, { ...before, name: '', id: 'b3RoZXI=' }, 'p'),
      ).message,
    ).toMatch(/\bid\b/);
  });

  it('refuses a 200 that leaves awsBedrock without AWS metadata', () => {
    const got = { ...before, provider: bedrock };
    expect(
      violation(() => expectAcceptedAsTheBodySays(lenient, before, { provider: bedrock, x: 1 }, got, 'p')).expected,
    ).toBe(422);
  });

  it("takes a value in the other edition's spelling, accepted by a server in transition, as the same value in the run's edition", () => {
    const body = { auth_type: elsewhere(otherAuth) };
    expect(body.auth_type).not.toBe(otherAuth);
    expect(() =>
      expectAcceptedAsTheBodySays(lenient, before, body, { ...before, auth_type: otherAuth }, 'p'),
    ).not.toThrow();
    expect(violation(() => expectAcceptedAsTheBodySays(lenient, before, body, before, 'p')).message).toMatch(
      /auth_type/,
    );
  });
});
