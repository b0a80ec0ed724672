import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractModel } from './contractModel.js';
import { loadContract } from '../document/loadContract.js';

const contract = await loadContract();
const model = contractModel(contract);
const aws = { kind: 'aws', role_arn: 'arn:aws:iam::1:role/r' };
const gcp = { kind: 'gcp', project_id: 'p', location: 'l', project_access_label: 'a' };
const openAI = {
  id: 'SWQ=',
  name: 'a',
  provider: 'openAI',
  has_api_key: true,
  enable_default_models: false,
  function_calling_enabled: true,
  auth_type: 'default',
  scopings: [{}],
  base_url: 'https://x',
};
const bedrock = { ...openAI, name: 'b', provider: 'awsBedrock', provider_metadata: aws, enable_default_models: true };

describe('the contract model', () => {
  it('reads its facts from the spec rules', () => {
    expect(model.requiredMetadataKind).toEqual({ awsBedrock: 'aws', vertexAI: 'gcp' });
    expect(model.modelSourceProviders).toEqual(['awsBedrock', 'vertexAI']);
    expect(model.headersMaxBytes).toBe(8175);
    expect(model.providers).toContain('gemini');
  });

  it('creates with the defaults, api_key as has_api_key', () => {
    expect(model.created({ name: 'n', provider: 'openAI', api_key: 'k' })).toEqual({
      name: 'n',
      provider: 'openAI',
      has_api_key: true,
      enable_default_models: false,
      function_calling_enabled: true,
      auth_type: 'default',
      scopings: [{}],
    });
  });

  it('applies a patch: present fields replace, null clears, api_key sets or removes the key, unknown ignored', () => {
    const outcome = model.update(openAI, { api_key: null, base_url: null, model_names: ['c'], extra: 1 }, []);
    expect(outcome).toEqual({
      accepted: true,
      after: { ...openAI, has_api_key: false, base_url: null, model_names: ['c'] },
      silent: [],
    });
  });

  it('rejects a taken name (409), an inconsistent provider (422), oversized headers (400), and each at once', () => {
    expect(model.update(openAI, { name: 'b' }, ['b'])).toMatchObject({
      accepted: false,
      statuses: [409],
      rules: ['name-unique'],
    });
    expect(model.update(bedrock, { provider_metadata: null }, [])).toMatchObject({
      accepted: false,
      statuses: [422],
      rules: ['provider-consistency'],
    });
    expect(model.update(openAI, { headers: { h: 'x'.repeat(8200) } }, [])).toMatchObject({
      accepted: false,
      statuses: [400],
      rules: ['headers-size-limit'],
    });
    expect(model.update(bedrock, { name: 'a', provider_metadata: gcp }, ['a'])).toMatchObject({
      accepted: false,
      statuses: [409, 422],
    });
  });

  it("says whether the statuses of a rejection are facts or the project's choice", () => {
    expect(model.update(bedrock, { provider_metadata: null }, [])).toMatchObject({ statusesAreFacts: true });
    expect(model.update(openAI, { name: 'b' }, ['b'])).toMatchObject({ statusesAreFacts: false });
    expect(model.create({ name: 'n', provider: 'openAI', headers: { h: 'x'.repeat(8200) } }, [])).toMatchObject({
      accepted: false,
      rules: ['create-headers-size-limit'],
      statusesAreFacts: false,
    });
  });

  it('names the strict decisions an outcome rests on where the facts are silent', () => {
    expect(model.update(openAI, { provider: 'anthropic' }, []).silent).toEqual(['provider-change']);
    expect(model.update(openAI, { provider: 'openAI' }, []).silent).toEqual([]);
    expect(model.update(openAI, { provider_metadata: aws }, []).silent).toEqual(['metadata-on-any-provider']);
    expect(model.update(bedrock, { provider: 'openAI' }, []).silent).toEqual([
      'provider-change',
      'metadata-on-any-provider',
    ]);
    expect(model.update(bedrock, { enable_default_models: false }, []).silent).toEqual(['model-source-optional']);
    expect(model.update(bedrock, { enable_default_models: false, model_names: ['m'] }, []).silent).toEqual([]);
    expect(model.update(bedrock, { name: 'c' }, []).silent).toEqual([]);
    const nearLimit = { ...openAI, headers: { big: 'x'.repeat(8000) } };
    expect(model.update(nearLimit, { headers: { other: 'y'.repeat(200) } }, []).silent).toEqual(['headers-replace']);
    expect(model.update(nearLimit, { headers: { big: 'y'.repeat(200) } }, []).silent).toEqual([]);
    const rejected = model.update(openAI, { provider: 'vertexAI' }, []);
    expect(rejected).toMatchObject({
      accepted: false,
      statuses: [422],
      silent: ['provider-change', 'model-source-optional'],
    });
  });

  it('judges the headers size by the UTF-8 bytes of their JSON, as Buffer counts them, within a byte of the limit', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
    const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
    fc.assert(
      fc.property(
        fc.dictionary(text, text, { maxKeys: 4 }),
        text,
        fc.integer({ min: -3, max: 3 }),
        (others, tail, offset) => {
          // Padded with ASCII to land around the limit: the random characters decide the last bytes.
          const padding = Math.max(0, model.headersMaxBytes - bytes({ ...others, pad: tail }) + offset);
          const headers = { ...others, pad: 'x'.repeat(padding) + tail };
          const tooLarge = bytes(headers) > model.headersMaxBytes;
          expect(model.update(openAI, { headers }, []).accepted).toBe(!tooLarge);
          expect(model.create({ name: 'n', provider: 'openAI', headers }, []).accepted).toBe(!tooLarge);
          const stored = { pad: headers.pad };
          const merged = { ...stored, ...others };
          expect(
            model.update({ ...openAI, headers: stored }, { headers: others }, []).silent.includes('headers-replace'),
          ).toBe(bytes(merged) > model.headersMaxBytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes create bodies every faithful server accepts', () => {
    expect(model.portableCreate({ name: 'n', provider: 'openAI', provider_metadata: aws })).toEqual({
      name: 'n',
      provider: 'openAI',
    });
    expect(model.portableCreate({ name: 'n', provider: 'awsBedrock', provider_metadata: aws })).toEqual({
      name: 'n',
      provider: 'awsBedrock',
      provider_metadata: aws,
      enable_default_models: true,
    });
    expect(
      model.portableCreate({ name: 'n', provider: 'vertexAI', provider_metadata: gcp, model_names: ['gemini'] }),
    ).toEqual({ name: 'n', provider: 'vertexAI', provider_metadata: gcp, model_names: ['gemini'] });
    expect(
      model.create(model.portableCreate({ name: 'n', provider: 'awsBedrock', provider_metadata: aws }), []),
    ).toMatchObject({ accepted: true, silent: [] });
  });
});
