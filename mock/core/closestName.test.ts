import { describe, expect, it } from 'vitest';
import { closestName } from './closestName.js';

const FIELDS = [
  'name',
  'provider',
  'api_key',
  'base_url',
  'model_names',
  'headers',
  'enable_default_models',
  'function_calling_enabled',
  'auth_type',
  'provider_metadata',
  'scopings',
];

describe('closestName', () => {
  it('finds the field a typo meant: swapped, missing, extra or wrong letters, any case', () => {
    expect(closestName('nmae', FIELDS)).toBe('name');
    expect(closestName('provder', FIELDS)).toBe('provider');
    expect(closestName('apikey', FIELDS)).toBe('api_key');
    expect(closestName('model_name', FIELDS)).toBe('model_names');
    expect(closestName('Headers', FIELDS)).toBe('headers');
    expect(closestName('scoping', FIELDS)).toBe('scopings');
  });

  it('suggests nothing for a name that is not near any', () => {
    for (const name of ['description', 'x', 'ab', 'constructor', 'toString', '', 'enabled'])
      expect(closestName(name, FIELDS), name).toBeUndefined();
  });
});
