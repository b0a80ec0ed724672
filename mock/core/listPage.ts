import type { AiIntegration, AiIntegrationList, Scoping } from '../../spec/index.js';
import type { AccountState, Space } from './AccountState.js';
import { decodeListCursor, encodeListCursor } from './listCursor.js';
import { fail, INVALID_REQUEST, ok, type Result } from './Result.js';
import { toResource } from './StoredIntegration.js';

/** The list's query, already validated (and `limit` defaulted) by the contract's parameter validator. */
export interface ListQuery {
  readonly limit: number;
  readonly cursor?: string;
  readonly name?: string;
  readonly space_id?: string;
  readonly space_name?: string;
}

/**
 * One page of an account's integrations, newest first. `next_cursor` is present exactly when
 * `has_more` is; it points after the last item of the page, so the next page starts strictly
 * older than it whatever was created or deleted in between.
 */
export function listPage(account: AccountState | undefined, query: ListQuery): Result<AiIntegrationList> {
  let before: number | undefined;
  if (query.cursor !== undefined) {
    before = decodeListCursor(query.cursor);
    if (before === undefined) {
      return fail({
        status: INVALID_REQUEST,
        detail: 'The cursor is not one this server returned in pagination.next_cursor.',
        errors: [{ pointer: '/query/cursor', message: 'is not a cursor of this list' }],
      });
    }
  }
  const matches = filterOf(account?.spaces ?? [], query);
  const page: AiIntegration[] = [];
  let lastSequence = 0;
  let hasMore = false;
  for (const stored of account?.newestFirst(before) ?? []) {
    if (!matches(stored.resource)) continue;
    if (page.length === query.limit) {
      hasMore = true;
      break;
    }
    page.push(toResource(stored));
    lastSequence = stored.sequence;
  }
  return ok({ ai_integrations: page, pagination: hasMore ? { has_more: true, next_cursor: encodeListCursor(lastSequence) } : { has_more: false } });
}

/**
 * The name filter is a case-insensitive substring. The space filters keep the integrations
 * visible in that space: account-wide ones, those scoped to the space, and those scoped to its
 * organization when the fixtures say which organization the space belongs to. space_name is
 * resolved through the account's spaces from the fixtures; a name no space has matches nothing.
 */
function filterOf(spaces: readonly Space[], query: ListQuery): (resource: AiIntegration) => boolean {
  const name = query.name?.toLowerCase();
  const checks: Array<(resource: AiIntegration) => boolean> = [];
  if (name) checks.push((resource) => resource.name.toLowerCase().includes(name));
  if (query.space_id !== undefined) {
    const space = spaces.find((s) => s.id === query.space_id) ?? { id: query.space_id, name: '' };
    checks.push((resource) => visibleIn(resource.scopings, space));
  }
  if (query.space_name !== undefined) {
    const named = spaces.filter((s) => s.name === query.space_name);
    checks.push((resource) => named.some((space) => visibleIn(resource.scopings, space)));
  }
  return (resource) => checks.every((check) => check(resource));
}

function visibleIn(scopings: readonly Scoping[], space: Space): boolean {
  return scopings.some((scoping) => {
    if (scoping.space_id) return scoping.space_id === space.id;
    if (scoping.organization_id) return space.organization_id !== undefined && scoping.organization_id === space.organization_id;
    return true;
  });
}
