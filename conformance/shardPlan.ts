/** One shard of a sharded rule (Rule.shards): its number, from 0, and how many there are. */
export interface Shard {
  readonly index: number;
  readonly of: number;
}

/**
 * The lanes a rule runs in: one (`undefined`, the whole rule) or its Rule.shards shards, whatever
 * --runs is: a shard with no random run left still takes its share of the systematic cases, so a
 * `--profile quick` run (one random run per property) spreads those too.
 */
export function shardsOf(rule: { readonly shards?: number | undefined }): Array<Shard | undefined> {
  const of = Math.max(1, Math.floor(rule.shards ?? 1));
  return of > 1 ? Array.from({ length: of }, (_, index) => ({ index, of })) : [undefined];
}

/** A shard's share of `runs` random runs: the total stays `runs`, the first shards taking one more when `of` does not divide it. */
export function shareOfRuns(runs: number, shard: Shard): number {
  return Math.floor(runs / shard.of) + (shard.index < runs % shard.of ? 1 : 0);
}

/**
 * Whether the systematic case at `position` (counted over every systematic phase of the rule, in
 * the order the rule runs them) is this shard's: case k runs in shard k mod n, so each shard gets
 * cases from every part of the list, and the whole rule runs each case once.
 */
export function holdsCase(shard: Shard | undefined, position: number): boolean {
  return shard === undefined || position % shard.of === shard.index;
}
