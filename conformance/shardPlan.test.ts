import { describe, expect, it } from 'vitest';
import { holdsCase, shardsOf, shareOfRuns } from './shardPlan.js';

describe('the shard plan', () => {
  it('splits a sharded rule into its shards whatever --runs is, and leaves other rules whole', () => {
    expect(shardsOf({})).toEqual([undefined]);
    expect(shardsOf({ shards: 1 })).toEqual([undefined]);
    expect(shardsOf({ shards: 3 })).toEqual([
      { index: 0, of: 3 },
      { index: 1, of: 3 },
      { index: 2, of: 3 },
    ]);
  });

  it('shares the random runs out so that they add up to --runs, the first shards taking one more', () => {
    const shards = shardsOf({ shards: 4 }).map((shard) => shard!);
    expect(shards.map((shard) => shareOfRuns(10, shard))).toEqual([3, 3, 2, 2]);
    expect(shards.map((shard) => shareOfRuns(1, shard))).toEqual([1, 0, 0, 0]);
  });

  it('gives each systematic case to exactly one shard, case k to shard k mod n', () => {
    const shards = shardsOf({ shards: 3 });
    for (let position = 0; position < 10; position++)
      expect(shards.filter((shard) => holdsCase(shard, position)).map((shard) => shard!.index)).toEqual([position % 3]);
    expect(holdsCase(undefined, 7)).toBe(true);
  });
});
