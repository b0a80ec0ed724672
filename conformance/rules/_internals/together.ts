/**
 * Sends requests at the same moment (Promise.all over the run's client, which shares the budget
 * and the rate limit) and waits for every answer, also when one of them fails: what a failed
 * request's neighbours created must still be tracked before the error goes on.
 */
export async function together<T>(requests: ReadonlyArray<() => Promise<T>>): Promise<T[]> {
  const settled = await Promise.allSettled(requests.map((send) => send()));
  const values: T[] = [];
  for (const s of settled) {
    if (s.status === 'rejected') throw s.reason;
    values.push(s.value);
  }
  return values;
}

/** Every order of `items` (n! of them: bursts are small). */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
