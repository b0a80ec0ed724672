import { describe, expect, it } from 'vitest';
import { loadContract } from '../../spec/index.js';
import { readMockRules } from './MockRules.js';
import { StoreChecks } from './StoreChecks.js';

const contract = await loadContract();
const checks = new StoreChecks(readMockRules(contract));

describe('a null on a field that is not nullable', () => {
  it('is refused as not nullable, and for a list the refusal says that [] clears it', () => {
    const refused = checks.body('update', { model_names: null });
    expect(refused).toMatchObject({
      status: 400,
      rule: 'types-enforced',
      errors: [{ pointer: '/body/model_names', message: 'is not nullable; send [] to clear it' }],
    });
    expect(refused?.detail).toBe(
      'The request body is invalid: /body/model_names is not nullable; send [] to clear it.',
    );
  });

  it('names a scalar field once, whatever the validator said about it, and keeps the other issues', () => {
    const refused = checks.body('update', { provider: null, enable_default_models: 'yes' });
    expect(refused?.errors).toEqual([
      { pointer: '/body/provider', message: 'is not nullable' },
      { pointer: '/body/enable_default_models', message: 'must be boolean' },
    ]);
  });

  it('on create, where no field is nullable, says to leave a list out or send [] for none', () => {
    expect(checks.body('create', { name: 'n', provider: 'openAI', model_names: null, base_url: null })?.errors).toEqual(
      [
        { pointer: '/body/base_url', message: 'is not nullable' },
        { pointer: '/body/model_names', message: 'is not nullable; leave it out or send [] for none' },
      ],
    );
  });

  it('leaves a null the update accepts alone', () => {
    expect(checks.body('update', { base_url: null, api_key: null })).toBeUndefined();
  });
});
