import type { AiIntegration, Validator } from '../../spec/index.js';
import { isSpace, type Space } from './AccountState.js';
import { isJsonObject } from '../../spec/portable.js';
import { isResource } from './isResource.js';
import { parseIntegrationId } from './ids.js';
import type { IntegrationRecord } from './IntegrationRecord.js';

/** Every account of a store, each with its integrations oldest first, and the counters ids are minted from. */
export interface StoreSnapshot {
  /** The last integration sequence given out. */
  readonly sequence: number;
  /** The last account user number given out. */
  readonly users: number;
  readonly accounts: ReadonlyArray<{
    readonly account: string;
    /** created_by_user_id of what the account creates without a user of its own. */
    readonly user: string;
    readonly spaces: readonly Space[];
    readonly ai_integrations: readonly IntegrationRecord[];
  }>;
}

/** What marks a saved state as this mock's, in a state file and in Redis. */
export const SNAPSHOT_FORMAT = 'aic-mock-state';
export const SNAPSHOT_VERSION = 1;

/**
 * Stands for an api key that was set. Keys are write-only: only whether one is set is ever
 * observable (has_api_key), so a saved state never holds them, and a restored integration that
 * has one keeps "a key is set" until a PATCH removes it.
 */
export const KEPT_API_KEY = '(set; not kept in saved state)';

/** A stored record from its resource as saved: the sequence is the id's `<n>`, the key only whether one is set. */
export function storedFromResource(resource: AiIntegration): IntegrationRecord {
  const sequence = parseIntegrationId(resource.id);
  if (sequence === undefined)
    throw new Error(`storedFromResource: ${resource.id} is not an integration id of this mock`);
  return { sequence, apiKey: resource.has_api_key ? KEPT_API_KEY : undefined, resource };
}

/** The snapshot as a JSON document: the format marker, the edition its values are spelled in, the accounts' resources. */
export function snapshotDocument(snapshot: StoreSnapshot, edition: string): Record<string, unknown> {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    edition,
    sequence: snapshot.sequence,
    users: snapshot.users,
    accounts: snapshot.accounts.map((entry) => ({
      ...entry,
      ai_integrations: entry.ai_integrations.map((stored) => stored.resource),
    })),
  };
}

/**
 * A saved document back to a snapshot, or the list of what is wrong with it: a document of
 * another program, of another version or edition, or whose integrations the contract's resource
 * schema refuses. Nothing is trusted that was not checked, so a damaged file never reaches the store.
 */
export function readSnapshotDocument(
  document: unknown,
  edition: string,
  validateResource: Validator,
): StoreSnapshot | { readonly problems: string[] } {
  const doc: Record<string, unknown> = isJsonObject(document) ? document : {};
  if (doc.format !== SNAPSHOT_FORMAT)
    return { problems: [`is not a saved state of this mock (no "format": "${SNAPSHOT_FORMAT}")`] };
  if (doc.version !== SNAPSHOT_VERSION)
    return {
      problems: [
        `is a saved state of version ${JSON.stringify(doc.version)}; this mock reads version ${SNAPSHOT_VERSION}`,
      ],
    };
  if (doc.edition !== edition)
    return {
      problems: [
        `holds the ${JSON.stringify(doc.edition)} edition's spelling; this mock serves ${edition} (start it with --edition ${String(doc.edition)}, or use another file)`,
      ],
    };
  const problems: string[] = [];
  const counter = (name: 'sequence' | 'users') => {
    const value = doc[name];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    problems.push(`"${name}" must be a whole number`);
    return 0;
  };
  const sequence = counter('sequence');
  const users = counter('users');
  if (!Array.isArray(doc.accounts)) return { problems: [...problems, '"accounts" must be a list'] };
  const accounts: Array<StoreSnapshot['accounts'][number]> = [];
  const seen = new Set<string>();
  for (const [a, raw] of doc.accounts.entries()) {
    const entry: Record<string, unknown> = isJsonObject(raw) ? raw : {};
    const at = `accounts[${a}]`;
    if (typeof entry.account !== 'string' || entry.account === '' || seen.has(entry.account)) {
      problems.push(`${at}.account must be a non-empty string, once`);
      continue;
    }
    seen.add(entry.account);
    if (typeof entry.user !== 'string') problems.push(`${at}.user must be a user id`);
    const spaces: unknown[] = Array.isArray(entry.spaces) ? entry.spaces : [];
    if (!Array.isArray(entry.spaces) || !spaces.every(isSpace))
      problems.push(`${at}.spaces must be a list of {id, name, organization_id?}`);
    if (!Array.isArray(entry.ai_integrations)) {
      problems.push(`${at}.ai_integrations must be a list`);
      continue;
    }
    const integrations: IntegrationRecord[] = [];
    let last = 0;
    for (const [i, resource] of entry.ai_integrations.entries()) {
      const notSaved = (why = '') =>
        problems.push(`${at}.ai_integrations[${i}] is not an integration this mock saved${why}`);
      if (!isResource(resource, validateResource)) {
        // Validated again only to say why.
        const [issue] = validateResource(resource);
        notSaved(issue ? ` (${issue.pointer} ${issue.message})` : '');
        continue;
      }
      const n = parseIntegrationId(resource.id);
      if (n === undefined || n <= last || n > sequence) {
        notSaved();
        continue;
      }
      last = n;
      integrations.push(storedFromResource(resource));
    }
    accounts.push({
      account: entry.account,
      user: String(entry.user),
      spaces: spaces.filter(isSpace),
      ai_integrations: integrations,
    });
  }
  return problems.length > 0 ? { problems } : { sequence, users, accounts };
}
