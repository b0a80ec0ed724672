import { describe, expect, it } from 'vitest';
import { loadContract } from '../spec/index.js';
import { describeInvalid, INVALID_FAMILIES, INVALID_FAMILY_NAMES } from './invalidFamilies.js';

describe('INVALID_FAMILIES', () => {
  it('names only rules the spec declares for the update, with a 4xx status', async () => {
    const contract = await loadContract();
    for (const info of INVALID_FAMILIES) {
      const rule = contract.rule(info.rule);
      expect(rule.operation).toBe('update');
      expect(rule.status).toBeGreaterThanOrEqual(400);
    }
    expect(new Set(INVALID_FAMILY_NAMES).size).toBe(INVALID_FAMILIES.length);
  });

  it('describes a family by name and refuses an unknown one', () => {
    expect(describeInvalid('headers-too-large').rule).toBe('headers-size-limit');
    expect(() => describeInvalid('bad-vibes')).toThrow(/not an invalid family/);
  });
});
