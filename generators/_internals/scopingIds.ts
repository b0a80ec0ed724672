import { isJsonObject } from '../../spec/index.js';

/**
 * Organization and space ids a target accepts in scopings. A real server may refuse ids that are
 * not its account's (403 or 404), so bodies meant for any server take their ids from here only:
 * with none, every scoping is account-wide.
 */
export interface ScopingIds {
  readonly organizationId?: string;
  readonly spaceId?: string;
}

const SCOPINGS = 'scopings';
const ORGANIZATION = 'organization_id';
const SPACE = 'space_id';

/**
 * `body` with its scopings' ids replaced by the given ones: an organization id becomes
 * `ids.organizationId` (or the scoping becomes account-wide), a space id becomes `ids.spaceId`
 * when its scoping has an organization (or is left out). Nulls stay. Duplicates are dropped, as a
 * server may refuse the same scoping twice, and so is an empty list.
 */
export function withScopingIds(body: Record<string, unknown>, ids: ScopingIds): Record<string, unknown> {
  const scopings = body[SCOPINGS];
  if (!Array.isArray(scopings)) return body;
  const seen = new Set<string>();
  const replaced: Array<Record<string, unknown>> = [];
  for (const scoping of scopings) {
    if (!isJsonObject(scoping)) continue;
    const source = scoping;
    const out: Record<string, unknown> = {};
    if (source[ORGANIZATION] === null) out[ORGANIZATION] = null;
    else if (typeof source[ORGANIZATION] === 'string' && ids.organizationId) out[ORGANIZATION] = ids.organizationId;
    if (source[SPACE] === null) out[SPACE] = null;
    else if (typeof source[SPACE] === 'string' && ids.spaceId && typeof out[ORGANIZATION] === 'string')
      out[SPACE] = ids.spaceId;
    const key = `${String(out[ORGANIZATION] ?? null)} ${String(out[SPACE] ?? null)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    replaced.push(out);
  }
  if (replaced.length > 0) return { ...body, [SCOPINGS]: replaced };
  // An empty list is left out: the facts fix what omitted means (account-wide), not what [] means.
  const { [SCOPINGS]: _dropped, ...rest } = body;
  return rest;
}

export function scopingIdsOption(where: string, value: unknown): ScopingIds | undefined {
  if (value === undefined) return undefined;
  if (!isJsonObject(value))
    throw new TypeError(`${where}: option "scopingIds" must be an object { organizationId?, spaceId? }`);
  const ids: { organizationId?: string; spaceId?: string } = {};
  for (const [key, id] of Object.entries(value)) {
    if (key !== 'organizationId' && key !== 'spaceId')
      throw new TypeError(`${where}: option "scopingIds" has an unknown key "${key}" (known: organizationId, spaceId)`);
    if (id !== undefined && (typeof id !== 'string' || id === ''))
      throw new TypeError(`${where}: option "scopingIds.${key}" must be a non-empty string`);
    if (typeof id === 'string') ids[key] = id;
  }
  return ids;
}
