import type {
  AiIntegration,
  AiIntegrationList,
  OperationParameters,
  PaginationMetadata,
  Scoping,
} from '../../spec/index.js';
import type { AccountState, Space } from './AccountState.js';
import { decodeListCursor, encodeListCursor } from './listCursor.js';
import { fail, INVALID_REQUEST, ok, type Result } from './Result.js';
import { resourceJson, toResource, type IntegrationRecord } from './IntegrationRecord.js';

/** The list's query, already validated (and `limit` defaulted) by the contract's parameter validator. */
export type ListQuery = Readonly<OperationParameters['list']['query']>;

/** A page as stored records, before it is copied or serialized. */
export interface StoredPage {
  readonly items: readonly IntegrationRecord[];
  readonly pagination: PaginationMetadata;
}

/** The page as the API returns it (copies of the resources). */
export function listPage(account: AccountState | undefined, query: ListQuery): Result<AiIntegrationList> {
  const page = storedPage(account, query);
  return page.ok ? ok({ ai_integrations: page.value.items.map(toResource), pagination: page.value.pagination }) : page;
}

/** The page as JSON text: the same text as JSON.stringify of listPage's value, from each record's cached text. */
export function listPageJson(account: AccountState | undefined, query: ListQuery): Result<string> {
  const page = storedPage(account, query);
  if (!page.ok) return page;
  return ok(listJson(page.value.items.map(resourceJson), page.value.pagination));
}

/** The list's answer as JSON text, from each integration's JSON text: what every store writes. */
export function listJson(integrations: readonly string[], pagination: PaginationMetadata): string {
  return `{"ai_integrations":[${integrations.join(',')}],"pagination":${JSON.stringify(pagination)}}`;
}

/** The sequence the page starts strictly below (from the query's cursor), or the 400 of a cursor this mock did not make. */
export function cursorBefore(query: ListQuery): Result<number | undefined> {
  if (query.cursor === undefined) return ok(undefined);
  const before = decodeListCursor(query.cursor);
  if (before !== undefined) return ok(before);
  return fail({
    status: INVALID_REQUEST,
    detail: 'The cursor is not one this server returned in pagination.next_cursor.',
    errors: [{ pointer: '/query/cursor', message: 'is not a cursor of this list' }],
  });
}

/** The pagination of a page whose last item has `lastSequence`: a cursor exactly when more follow. */
export function paginationAfter(lastSequence: number, hasMore: boolean): PaginationMetadata {
  return hasMore ? { has_more: true, next_cursor: encodeListCursor(lastSequence) } : { has_more: false };
}

/**
 * One page of an account's integrations, newest first. `next_cursor` is present exactly when
 * `has_more` is; it points after the last item of the page, so the next page starts strictly
 * older than it whatever was created or deleted in between.
 */
export function storedPage(account: AccountState | undefined, query: ListQuery): Result<StoredPage> {
  const cursor = cursorBefore(query);
  if (!cursor.ok) return cursor;
  const before = cursor.value;
  // A name filter is answered from the account's name index; the other filters are checked per item.
  const name = query.name ? query.name.toLowerCase() : undefined;
  const indexed = name !== undefined && !name.includes('\u0000');
  const matches = listFilter(account?.spaces ?? [], indexed ? { ...query, name: undefined } : query);
  const page: IntegrationRecord[] = [];
  let lastSequence = 0;
  let hasMore = false;
  const candidates =
    account === undefined ? [] : indexed ? account.newestFirstNamed(name, before) : account.newestFirst(before);
  for (const stored of candidates) {
    if (!matches(stored.resource)) continue;
    if (page.length === query.limit) {
      hasMore = true;
      break;
    }
    page.push(stored);
    lastSequence = stored.sequence;
  }
  return ok({ items: page, pagination: paginationAfter(lastSequence, hasMore) });
}

/**
 * The name filter is a case-insensitive substring. The space filters keep the integrations
 * visible in that space: account-wide ones, those scoped to the space, and those scoped to its
 * organization when the fixtures say which organization the space belongs to. space_name is
 * resolved through the account's spaces from the fixtures; a name no space has matches nothing.
 */
export function listFilter(
  spaces: readonly Space[],
  query: Omit<ListQuery, 'name'> & { readonly name?: string | undefined },
): (resource: AiIntegration) => boolean {
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
    if (scoping.organization_id)
      return space.organization_id !== undefined && scoping.organization_id === space.organization_id;
    return true;
  });
}
