import fc from 'fast-check';

/** One value of `arbitrary`, the run's seed choosing it. */
export function sampleOne<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  const [value] = fc.sample(arbitrary, { numRuns: 1, seed });
  // fc.sample answers numRuns values, or throws when the arbitrary's filter rejects too many.
  if (value === undefined) throw new Error('fc.sample answered no value');
  return value;
}
