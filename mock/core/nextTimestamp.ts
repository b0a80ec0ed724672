/**
 * An RFC 3339 timestamp with milliseconds (`new Date().toISOString()`), strictly after `previous`
 * when given: two updates within the same millisecond (or a clock stepping back) still move
 * updated_at forward, by 1 ms.
 */
export function nextTimestamp(nowMs: number, previous?: string): string {
  const floor = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous) + 1;
  return new Date(Math.max(nowMs, floor)).toISOString();
}
