/**
 * A deep copy of JSON data (what JSON.parse returns and the store keeps). About five times
 * cheaper than structuredClone on an integration, which made it the largest cost of a PATCH.
 * Object.fromEntries defines own properties, so a key such as `__proto__` stays plain data.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cloneJson(item)])) as T;
}
