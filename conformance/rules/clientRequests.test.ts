import { describe, expect, it } from 'vitest';
import { EDITIONS, loadContract } from '../../spec/index.js';
import { wellFormedId } from './clientRequests.js';

describe.each(EDITIONS)('wellFormedId in the %s edition', (edition) => {
  it('makes ids of exactly the length asked that pass the spec id pattern and decode like its example', async () => {
    const contract = await loadContract(undefined, { edition });
    const pattern = new RegExp(contract.schemas.Base64Id!.pattern as string);
    for (const length of [100, 104, 512, 516, 12_288]) {
      const id = wellFormedId(contract, length);
      expect(id).toHaveLength(length);
      expect(id).toMatch(pattern);
      expect(Buffer.from(id, 'base64').toString('utf8')).toMatch(/^LlmIntegration:9+:aBcD$/);
    }
    expect(() => wellFormedId(contract, 101)).toThrow(RangeError);
  });
});
