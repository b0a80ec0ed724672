import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC_PATH, loadContract } from '../../spec/index.js';
import { readMockRules } from './MockRules.js';

const camel = readMockRules(await loadContract()).spelling;
const upper = readMockRules(await loadContract(DEFAULT_SPEC_PATH, { edition: 'upper' })).spelling;

describe('EditionSpelling', () => {
  it('finds the spelled members where the request bodies carry them, and nowhere else', () => {
    const body = {
      provider: 'OPEN_AI',
      auth_type: 'DEFAULT',
      provider_metadata: { kind: 'AWS' },
      headers: { provider: 'OPEN_AI' },
      name: 'OPEN_AI',
    };
    expect(camel.foreignValues(body).map((f) => [f.at, f.value, f.served, f.editions])).toEqual([
      ['provider', 'OPEN_AI', 'openAI', ['upper']],
      ['auth_type', 'DEFAULT', 'default', ['upper']],
      ['provider_metadata.kind', 'AWS', 'aws', ['upper']],
    ]);
    expect(upper.foreignValues(body)).toEqual([]);
    for (const notABody of [null, 'OPEN_AI', ['OPEN_AI'], 7, { provider_metadata: 'AWS' }, { provider: 7 }])
      expect(camel.foreignValues(notABody)).toEqual([]);
  });

  it('respells every value any edition knows into the served one, leaving the others and the input as they were', () => {
    const body = {
      name: 'n',
      provider: 'awsBedrock',
      auth_type: 'Bearer_Token',
      provider_metadata: { kind: 'aws', role_arn: 'aws' },
      headers: { kind: 'aws' },
    };
    const before = structuredClone(body);
    expect(upper.respell(body)).toEqual({
      ...body,
      provider: 'AWS_BEDROCK',
      provider_metadata: { kind: 'AWS', role_arn: 'aws' },
    });
    expect(body).toEqual(before);
    expect(camel.respell(upper.respell(body))).toEqual(body);
    expect(upper.respell('not an object')).toBe('not an object');
  });
});
