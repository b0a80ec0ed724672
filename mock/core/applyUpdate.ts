import { cloneJson } from './cloneJson.js';
import type { MockRules } from './MockRules.js';
import { nextTimestamp } from './nextTimestamp.js';
import { inFieldOrder, type IntegrationRecord } from './IntegrationRecord.js';

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
  stored: IntegrationRecord,
  body: Readonly<Record<string, unknown>>,
  nowMs: number,
): IntegrationRecord {
  // Stored records are never changed in place (an update replaces the record), so a shallow
  // copy is enough here; values from the body are copied deeply, as the caller still owns them.
  const next: Record<string, unknown> = { ...stored.resource };
  let apiKey = stored.apiKey;
  // `field` is a property name of the spec's update body, never a key from the request, so
  // plain assignment cannot reach a prototype.
  for (const field of rules.fields) {
    if (!Object.hasOwn(body, field)) continue;
    const value = body[field];
    if (field === rules.apiKeyField) apiKey = typeof value === 'string' ? value : undefined;
    else if (value === null && rules.nullClears.has(field)) delete next[field];
    else next[field] = cloneJson(value);
  }
  next.has_api_key = apiKey !== undefined;
  next.updated_at = nextTimestamp(nowMs, stored.resource.updated_at);
  return { sequence: stored.sequence, apiKey, resource: inFieldOrder(next, resourceFields) };
}
