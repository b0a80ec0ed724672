import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type RuleId } from '../spec/index.js';
import { MOCK_TIMESTAMP } from './test-support/mockDecisions.js';
import { startTestMock, type TestMock } from './test-support/startTestMock.js';

const contract = await loadContract();
const BASE = '/v2/ai-integrations';
const AWS = { kind: 'aws', role_arn: 'arn:aws:iam::123456789012:role/ArizeBedrock', external_id: 'ext-1' };
const GCP = { kind: 'gcp', project_id: 'p', location: 'europe-west4', project_access_label: 'ml' };

let t: TestMock;
let tokenCount = 0;
beforeAll(async () => {
  t = await startTestMock();
});
afterAll(() => t.close());

/** A fresh account (its own token) holding one integration made from `body`. */
async function setup(body: Record<string, unknown> = { name: 'Main', provider: 'openAI' }) {
  tokenCount += 1;
  const token = `update-rules-${tokenCount}`;
  const created = await t.request('POST', BASE, { token, body });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const patch = (patchBody: unknown) => t.request('PATCH', `${BASE}/${id}`, { token, body: patchBody });
  const get = async () => (await t.request('GET', `${BASE}/${id}`, { token })).body;
  return { token, id, created: created.body, patch, get };
}

/** Rule ids come from the spec, so a renamed rule fails here rather than silently passing. */
const rule = <Id extends RuleId>(id: Id) => contract.rule(id);

describe(`PATCH ${BASE}/{integration_id}`, () => {
  it(`${rule('non-empty').id}: {} and a body of unknown properties only are 400 and change nothing`, async () => {
    const { patch, get, created } = await setup();
    const empty = await patch({});
    expect(empty.status).toBe(rule('non-empty').status);
    expect(empty.body.detail).toBe('At least one updatable field must be provided.');
    const unknownOnly = await patch({ colour: 'blue' });
    expect(unknownOnly.status).toBe(400);
    expect(unknownOnly.body.errors).toContainEqual({ pointer: '/body/colour', message: 'is not a known property' });
    expect(unknownOnly.body.detail).toBe(
      'At least one updatable field must be provided: "colour" is not a field of the update body.',
    );
    // A typo: the detail names it and the field it most likely meant.
    const typo = await patch({ nmae: 'x' });
    expect(typo.body.detail).toBe(
      'At least one updatable field must be provided: "nmae" is not a field of the update body (did you mean "name"?).',
    );
    const typos = await patch({ nmae: 'x', provder: 'y', colour: 'z', shade: 'w' });
    expect(typos.body.detail).toBe(
      'At least one updatable field must be provided: "nmae", "provder", "colour" and 1 more are not fields of the update body (did you mean "name" or "provider"?).',
    );
    expect(await get()).toEqual(created);
  });

  it(`${rule('omitted-unchanged').id}: only the fields sent change`, async () => {
    const { patch, created } = await setup({
      name: 'Keep',
      provider: 'openAI',
      base_url: 'https://a.example',
      model_names: ['m1'],
      headers: { A: '1' },
    });
    const updated = await patch({ function_calling_enabled: false });
    expect(updated.status).toBe(200);
    expect({ ...updated.body, updated_at: created.updated_at }).toEqual({
      ...created,
      function_calling_enabled: false,
    });
  });

  it(`${rule('name-unique').id}: another integration's name is 409, its own name and another account's name are fine`, async () => {
    const a = await setup({ name: 'Alpha', provider: 'openAI' });
    const second = await t.request('POST', BASE, { token: a.token, body: { name: 'Beta', provider: 'openAI' } });
    const taken = await t.request('PATCH', `${BASE}/${second.body.id}`, {
      token: a.token,
      body: { name: 'Alpha', base_url: 'https://changed.example' },
    });
    expect(taken.status).toBe(rule('name-unique').status);
    expect(taken.body.errors).toEqual([
      { pointer: '/body/name', message: 'is already used by another integration of this account' },
    ]);
    expect((await t.request('GET', `${BASE}/${second.body.id}`, { token: a.token })).body).toEqual(second.body);
    expect((await a.patch({ name: 'Alpha' })).status).toBe(200);
    expect((await a.patch({ name: 'alpha' })).status).toBe(200); // case-sensitive: a different name
    const b = await setup({ name: 'Gamma', provider: 'openAI' });
    expect((await b.patch({ name: 'Beta' })).status).toBe(200);
  });

  it('renaming frees the old name for a new integration', async () => {
    const { token, patch } = await setup({ name: 'Old name', provider: 'openAI' });
    expect((await patch({ name: 'New name' })).status).toBe(200);
    expect((await t.request('POST', BASE, { token, body: { name: 'Old name', provider: 'openAI' } })).status).toBe(201);
    expect((await t.request('POST', BASE, { token, body: { name: 'New name', provider: 'openAI' } })).status).toBe(409);
  });

  it(`${rule('api-key').id}: a string sets the key, null removes it, omitted keeps it; it is never returned`, async () => {
    const { patch } = await setup();
    const set = await patch({ api_key: 'sk-secret-one' });
    expect(set.body.has_api_key).toBe(true);
    expect(set.body).not.toHaveProperty('api_key');
    expect((await patch({ name: 'Renamed' })).body.has_api_key).toBe(true);
    expect((await patch({ api_key: null })).body.has_api_key).toBe(false);
    expect((await patch({ name: 'Renamed again' })).body.has_api_key).toBe(false);
    expect((await patch({ api_key: '' })).status).toBe(400);
    // startTestMock fails any reply or log line holding a key sent, checked on close too.
  });

  it(`${rule('null-clears').id}: null removes ${rule('null-clears').fields.join(', ')}`, async () => {
    const { patch, get } = await setup({
      name: 'Full',
      provider: 'openAI',
      base_url: 'https://a.example',
      headers: { A: '1' },
      provider_metadata: AWS,
    });
    const cleared = await patch(Object.fromEntries(rule('null-clears').fields.map((field) => [field, null])));
    expect(cleared.status).toBe(200);
    for (const field of rule('null-clears').fields) expect(cleared.body[field] ?? null).toBeNull();
    expect(await get()).toEqual(cleared.body);
  });

  it(`${rule('replace-all').id} and ${rule('headers-replace').id}: lists, maps and metadata are replaced, never merged`, async () => {
    const { patch } = await setup({
      name: 'Lists',
      provider: 'awsBedrock',
      model_names: ['a', 'b'],
      scopings: [
        { organization_id: 'T3JnOjE6YWFhYQ==' },
        { organization_id: 'T3JnOjI6YmJiYg==', space_id: 'U3A6MTpjY2Nj' },
      ],
      headers: { A: '1', B: '2' },
      provider_metadata: AWS,
    });
    const replaced = await patch({
      model_names: ['c'],
      scopings: [{}],
      headers: { C: '3' },
      provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::1:role/Other' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.model_names).toEqual(['c']);
    expect(replaced.body.scopings).toEqual([{}]);
    expect(replaced.body.headers).toEqual({ C: '3' });
    expect(replaced.body.provider_metadata).toEqual({ kind: 'aws', role_arn: 'arn:aws:iam::1:role/Other' });
  });

  it(`${rule('types-enforced').id}: wrong types, unknown enums and null on ${rule('types-enforced').params.notNullable} are 400`, async () => {
    const { patch, get, created } = await setup();
    const notNullable = rule('types-enforced').params.notNullable;
    for (const field of notNullable) {
      const reply = await patch({ [field]: null });
      expect(reply.status, field).toBe(400);
      expect(
        reply.body.errors.map((e: { pointer: string }) => e.pointer),
        field,
      ).toContain(`/body/${field}`);
    }
    for (const body of [
      { provider: 'openAi' },
      { auth_type: 'basic' },
      { enable_default_models: 'yes' },
      { model_names: 'gpt-4o' },
      { headers: { A: 1 } },
      { scopings: [{ space_id: 7 }] },
    ]) {
      expect((await patch(body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(await get()).toEqual(created);
  });

  it(`${rule('unknown-properties-rejected').id}: a valid field beside an unknown one is 400 and applies nothing`, async () => {
    const { patch, get, created } = await setup();
    const reply = await patch({ name: 'Changed', id: 'TGxtSW50ZWdyYXRpb246MTpBQUFB' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toContainEqual({ pointer: '/body/id', message: 'is not a known property' });
    expect(await get()).toEqual(created);
  });

  it(`${rule('atomic').id}: a 409, 422 or 400 leaves every field as it was`, async () => {
    const { token, patch, get, created } = await setup({
      name: 'Atomic',
      provider: 'openAI',
      api_key: 'sk-atomic-1',
      model_names: ['a'],
    });
    await t.request('POST', BASE, { token, body: { name: 'Taken', provider: 'openAI' } });
    const attempts = [
      { name: 'Taken', model_names: ['z'], api_key: null },
      { name: 'Other', provider: 'awsBedrock', api_key: null },
      { name: 'Other', model_names: 5 },
      { name: 'Other', headers: { big: 'x'.repeat(9000) } },
    ];
    for (const body of attempts) expect((await patch(body)).status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
    expect(await get()).toEqual(created);
  });

  it(`${rule('provider-consistency').id}: judged on the state after the patch`, async () => {
    const bedrock = await setup({ name: 'Bedrock', provider: 'awsBedrock', provider_metadata: AWS });
    const noMetadata = await bedrock.patch({ provider_metadata: null });
    expect(noMetadata.status).toBe(rule('provider-consistency').status);
    expect(noMetadata.body.detail).toBe('Provider awsBedrock requires provider_metadata of kind aws.');
    expect((await bedrock.patch({ provider: 'vertexAI' })).status).toBe(422);
    expect((await bedrock.patch({ provider: 'vertexAI', provider_metadata: GCP })).status).toBe(200);
    expect((await bedrock.patch({ provider_metadata: AWS })).status).toBe(422);
    expect((await bedrock.patch({ provider: 'openAI', provider_metadata: null })).status).toBe(200);
    const openAI = await setup();
    expect((await openAI.patch({ provider: 'awsBedrock' })).status).toBe(422);
    expect((await openAI.patch({ provider: 'awsBedrock', provider_metadata: AWS })).status).toBe(200);
  });

  it(`${rule('immutable-fields').id} and ${rule('updated-at-advances').id}`, async () => {
    const { patch, created } = await setup();
    let previous = created.updated_at as string;
    for (let i = 0; i < 5; i += 1) {
      const reply = await patch({ name: `Name ${i}` });
      expect(reply.body.id).toBe(created.id);
      expect(reply.body.created_at).toBe(created.created_at);
      expect(reply.body.created_by_user_id).toBe(created.created_by_user_id);
      expect(Date.parse(reply.body.updated_at)).toBeGreaterThan(Date.parse(previous));
      expect(reply.body.updated_at).toMatch(MOCK_TIMESTAMP);
      previous = reply.body.updated_at;
    }
  });

  it(`${rule('headers-size-limit').id}: ${String(rule('headers-size-limit').params.maxBytes)} bytes of serialized UTF-8 JSON pass, one more is 400`, async () => {
    const { patch, get } = await setup();
    const max = rule('headers-size-limit').params.maxBytes;
    const ofBytes = (bytes: number, unit = 'x') => {
      const overhead = JSON.stringify({ H: '' }).length;
      return { H: unit.repeat((bytes - overhead) / Buffer.byteLength(unit)) };
    };
    expect(Buffer.byteLength(JSON.stringify(ofBytes(max)))).toBe(max);
    expect((await patch({ headers: ofBytes(max) })).status).toBe(200);
    const over = await patch({ headers: ofBytes(max + 1) });
    expect(over.status).toBe(rule('headers-size-limit').status);
    expect(over.body.errors).toEqual([
      { pointer: '/body/headers', message: `must not exceed ${max} bytes serialized as JSON` },
    ]);
    // Multi-byte characters count in bytes, not in characters: 2,727 "é" are 5,454 bytes.
    const accents = { H: 'é'.repeat(Math.ceil(max / 2)) };
    expect((await patch({ headers: accents })).status).toBe(400);
    expect((await get()).headers).toEqual(ofBytes(max));
  });

  it(`${rule('not-found').id}: a malformed id is 400, a well-formed unknown or foreign id 404`, async () => {
    const { id, token } = await setup();
    const other = `update-rules-other-${tokenCount}`;
    for (const malformed of ['not!base64', 'YWJjZA==', Buffer.from('LlmIntegration:1:toolong').toString('base64')]) {
      const reply = await t.request('PATCH', `${BASE}/${encodeURIComponent(malformed)}`, {
        token,
        body: { name: 'x' },
      });
      expect(reply.status, malformed).toBe(400);
      expect(reply.body.errors[0].pointer).toBe('/path/integration_id');
    }
    const unknown = Buffer.from('LlmIntegration:999999:abcd').toString('base64');
    expect((await t.request('PATCH', `${BASE}/${unknown}`, { token, body: { name: 'x' } })).status).toBe(404);
    for (const [method, body] of [['GET'], ['PATCH', { name: 'Stolen' }], ['DELETE']] as const) {
      const reply = await t.request(method, `${BASE}/${id}`, { token: other, ...(body ? { body } : {}) });
      expect(reply.status, method).toBe(rule('not-found').status);
    }
    expect((await t.request('GET', `${BASE}/${id}`, { token })).body.name).toBe('Main');
  });

  it(`${rule('read-back').id}: the 200 body equals a GET right after`, async () => {
    const { patch, get } = await setup();
    const reply = await patch({
      name: 'Read back',
      model_names: ['x', 'y'],
      headers: { K: 'v' },
      scopings: [{ organization_id: 'T3JnOjE6YWFhYQ==' }],
    });
    expect(reply.status).toBe(200);
    expect(await get()).toEqual(reply.body);
  });

  it('hostile header names (__proto__, constructor) are stored as plain keys and change no prototype', async () => {
    const { patch, get } = await setup();
    const raw = '{"headers":{"__proto__":"p","constructor":"c","toString":"s"}}';
    const reply = await t.request('PATCH', `${BASE}/${(await setup()).id}`, {
      raw,
      token: `update-rules-${tokenCount}`,
    });
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.body.headers)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(JSON.parse(reply.text).headers).toEqual(JSON.parse('{"__proto__":"p","constructor":"c","toString":"s"}'));
    expect(({} as Record<string, unknown>).p).toBeUndefined();
    expect((await patch({ name: 'still fine' })).status).toBe(200);
    expect((await get()).name).toBe('still fine');
  });
});
