import type { MockRules } from './MockRules.js';
import { nextTimestamp } from './nextTimestamp.js';
import { inFieldOrder, type StoredIntegration } from './StoredIntegration.js';

/**
 * The integration after a (schema-valid) update body, computed on a copy: nothing is committed
 * here, so the caller can still refuse it whole (rule atomic).
 * - omitted fields stay as they are (omitted-unchanged);
 * - a present field replaces the stored value wholesale, lists and maps included (replace-all,
 *   headers-replace): nothing is ever merged;
 * - null removes base_url, headers and provider_metadata (null-clears);
 * - a string api_key sets the key, null removes it (api-key);
 * - id, created_at and created_by_user_id are not body fields, so they keep their stored values
 *   (immutable-fields); updated_at moves strictly forward (updated-at-advances).
 */
export function applyUpdate(
  rules: MockRules['update'],
  resourceFields: readonly string[],
  stored: StoredIntegration,
  body: Readonly<Record<string, unknown>>,
  nowMs: number,
): StoredIntegration {
  const next = structuredClone(stored.resource) as unknown as Record<string, unknown>;
  let apiKey = stored.apiKey;
  for (const field of rules.fields) {
    if (!Object.hasOwn(body, field)) continue;
    const value = body[field];
    if (field === rules.apiKeyField) apiKey = typeof value === 'string' ? value : undefined;
    else if (value === null && rules.nullClears.has(field)) delete next[field];
    else defineOwn(next, field, structuredClone(value));
  }
  defineOwn(next, 'has_api_key', apiKey !== undefined);
  defineOwn(next, 'updated_at', nextTimestamp(nowMs, stored.resource.updated_at));
  return { sequence: stored.sequence, apiKey, resource: inFieldOrder(next, resourceFields) };
}

/** Sets an own data property even for a key like `__proto__`, which `obj[key] =` would not. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
