import { describe, expect, it } from 'vitest';
import { apiBasePath } from './apiBasePath.js';
import { loadContract } from '../document/loadContract.js';

describe('apiBasePath', () => {
  it('is the leading segment every operation path of the spec shares', async () => {
    const contract = await loadContract();
    expect(apiBasePath(contract)).toBe('/v2');
    for (const operation of contract.operations.values())
      expect(operation.path.startsWith(`${apiBasePath(contract)}/`)).toBe(true);
  });
});
