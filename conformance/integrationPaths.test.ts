import { describe, expect, it } from 'vitest';
import { loadContract } from '../spec/index.js';
import { integrationPaths } from './integrationPaths.js';

describe('integrationPaths', () => {
  it("reads the collection and item paths from the spec's list and get operations", async () => {
    const contract = await loadContract();
    const paths = integrationPaths(contract);
    expect(paths.collection).toBe(contract.operation('ai_integrations_list').path);
    expect(paths.itemTemplate).toBe(contract.operation('ai_integrations_get').path);
    expect(paths.item('TGxt/SW50==')).toBe(`${paths.collection}/TGxt%2FSW50%3D%3D`);
  });
});
