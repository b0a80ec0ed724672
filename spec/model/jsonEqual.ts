import { isJsonObject } from '../json.js';

/**
 * Deep equality of JSON values (what JSON.parse gives): the same primitives, arrays in order,
 * objects with the same keys in any order. node:util's isDeepStrictEqual says the same of JSON
 * values; this one also runs in a browser.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const [left, right] = [a, b];
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]))
  );
}
