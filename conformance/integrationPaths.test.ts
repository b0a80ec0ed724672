import { describe, expect, it } from 'vitest';
import { loadContract } from '../spec/index.js';
import { brokenSpec } from '../spec/test-support/brokenSpec.js';
import { integrationPaths } from './integrationPaths.js';

describe('integrationPaths', () => {
  it("reads the collection and item paths from the spec's list and get operations", async () => {
    const contract = await loadContract();
    const paths = integrationPaths(contract);
    expect(paths.collection).toBe(contract.operation('list').path);
    expect(paths.itemTemplate).toBe(contract.operation('get').path);
    expect(paths.item('TGxt/SW50==')).toBe(`${paths.collection}/TGxt%2FSW50%3D%3D`);
  });

  it("reads the id pattern from the get operation's path parameter", async () => {
    const contract = await loadContract();
    const { idPattern } = integrationPaths(contract);
    expect(idPattern.source).toBe(
      new RegExp(String(contract.operation('get').parameters[0]!.schema.pattern), 'u').source,
    );
    expect(idPattern.test('TGxtSW50ZWdyYXRpb246MTI6YUJjRA==')).toBe(true);
    for (const malformed of ['not!base64', 'a b', '%%%', 'ab=cd'])
      expect(idPattern.test(malformed), malformed).toBe(false);
  });

  it("searches with the spec's largest page size and its parameter names, so a sweep works where the largest page is smaller", async () => {
    const { search, collection } = integrationPaths(await loadContract());
    expect(search('aic-conform-')).toBe(`${collection}?limit=100&name=aic-conform-`);
    expect(search('a b', 'c/d=')).toBe(`${collection}?limit=100&name=a+b&cursor=c%2Fd%3D`);
    const smaller = await loadContract(
      brokenSpec((d) => {
        d.components.parameters.Limit.schema.maximum = 60;
      }),
    );
    expect(integrationPaths(smaller).search('x')).toBe(`${collection}?limit=60&name=x`);
  });
});
