import { apiCompare, type Diff } from 'api-smart-diff';
import type { SpecChange } from './SpecChange.js';

/** Extensions compared by ruleChanges and editionChanges instead, with what they mean. */
const OWN_EXTENSIONS = new Set(['x-contract-rules', 'x-editions']);

/**
 * The schema changes between two written OpenAPI documents, found by api-smart-diff and classified
 * for clients and servers. The library classifies for the API's consumers (a client); which side
 * of the exchange a change is on tells what it does to a server:
 * - request, made stricter (the library's "breaking"): clients break (they send what NEW refuses),
 *   and servers break (the kit of NEW expects refusals a server of OLD does not make);
 * - request, made looser ("non-breaking"): clients keep working; servers of OLD refuse what NEW accepts;
 * - response, made looser ("breaking"): clients meet values they do not know; servers keep passing;
 * - response, made stricter ("non-breaking"): clients keep working; servers of OLD may send what NEW
 *   forbids, except a property added or removed (responses are open to extra members, optional ones may be absent).
 * Changes of the library's "annotation" kind (descriptions, examples) break nobody; changes it
 * cannot classify count as breaking for both, for a reviewer to judge.
 */
export function schemaChanges(oldDocument: unknown, newDocument: unknown): SpecChange[] {
  const { diffs } = apiCompare(asLibraryReadsIt(oldDocument), asLibraryReadsIt(newDocument));
  // Components are reported again under every operation that uses them, with their side known there.
  return diffs.filter((diff) => diff.path[0] !== 'components').map(classify);
}

function classify(diff: Diff): SpecChange {
  const where = describePath(diff.path);
  const change =
    diff.path.at(-1) === 'nullable'
      ? nullTaken(diff)
        ? 'null no longer allowed'
        : 'null now allowed'
      : `${diff.action} ${detailOf(diff)}`.trim();
  const base = { kind: 'schema' as const, where, change };
  const side = sideOf(diff.path);
  if (diff.type === 'annotation' || diff.type === 'deprecated')
    return { ...base, clients: 'compatible', servers: 'compatible', why: 'documentation only' };
  if (diff.type === 'unclassified')
    return {
      ...base,
      clients: 'breaking',
      servers: 'breaking',
      why: 'the diff library could not classify it: review it by hand',
    };
  const stricter =
    diff.path.at(-1) === 'nullable'
      ? nullTaken(diff)
      : side === 'response'
        ? diff.type === 'non-breaking'
        : diff.type === 'breaking';
  if (side === 'request') {
    return stricter
      ? {
          ...base,
          clients: 'breaking',
          servers: 'breaking',
          why: 'requests OLD accepted are refused by NEW, and the kit of NEW expects refusals a server of OLD does not make',
        }
      : {
          ...base,
          clients: 'compatible',
          servers: 'breaking',
          why: 'NEW accepts requests that a server of OLD refuses',
        };
  }
  if (side === 'response') {
    if (!stricter)
      return {
        ...base,
        clients: 'breaking',
        servers: 'compatible',
        why: 'responses of NEW may hold what a client of OLD does not expect',
      };
    const propertyAddedOrRemoved = diff.path.at(-2) === 'properties' && diff.action !== 'replace';
    return propertyAddedOrRemoved
      ? {
          ...base,
          clients: 'compatible',
          servers: 'compatible',
          why: 'responses are open to extra members, and an optional member may be absent',
        }
      : {
          ...base,
          clients: 'compatible',
          servers: 'breaking',
          why: 'NEW promises more of a response than a server of OLD sends',
        };
  }
  return diff.type === 'breaking'
    ? { ...base, clients: 'breaking', servers: 'breaking', why: 'the diff library classifies it as breaking' }
    : { ...base, clients: 'compatible', servers: 'compatible', why: 'the diff library classifies it as compatible' };
}

/**
 * Whether a change of `nullable` takes null away. The library classifies `nullable` alike on both
 * sides (adding it to a request body is reported as breaking), so its direction is read here.
 */
function nullTaken(diff: Diff): boolean {
  return diff.action === 'remove' ? diff.before === true : diff.after !== true;
}

function sideOf(path: readonly PropertyKey[]): 'request' | 'response' | 'other' {
  if (path[0] !== 'paths') return 'other';
  if (path.includes('responses')) return 'response';
  if (path.includes('requestBody') || path.includes('parameters')) return 'request';
  return 'other';
}

/** `paths//v2/x/patch/requestBody/content/application/json/schema/properties/a` → "PATCH /v2/x, request body: properties.a". */
function describePath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] !== 'paths' || parts.length < 3) return parts.join('.');
  const [, route, method = '', ...rest] = parts;
  const operation = `${method.toUpperCase()} ${route}`;
  const schemaAt = rest.indexOf('schema');
  if (rest[0] === 'requestBody')
    return `${operation}, request body${schemaAt >= 0 && rest.length > schemaAt + 1 ? `: ${rest.slice(schemaAt + 1).join('.')}` : ''}`;
  if (rest[0] === 'responses') {
    const tail = schemaAt >= 0 ? rest.slice(schemaAt + 1) : rest.slice(2);
    return `${operation}, response ${rest[1]}${tail.length > 0 ? `: ${tail.join('.')}` : ''}`;
  }
  if (rest[0] === 'parameters') return `${operation}, parameter ${rest.slice(1).join('.')}`;
  return rest.length > 0 ? `${operation}: ${rest.join('.')}` : operation;
}

function detailOf(diff: Diff): string {
  // The library's own words, where they name the member ("[Added] required status to `base_url`").
  const description =
    diff.description?.replace(/^\[\w+\]\s*/, '').replace(/ in (Request Body|Response \d+).*$/, '') ?? '';
  if (description && !/^annotation \(/.test(description)) return description;
  const value = diff.action === 'remove' ? diff.before : diff.after;
  return value === undefined || typeof value === 'object' ? '' : JSON.stringify(value);
}

/**
 * A fresh copy for the library, which rewrites what it is given (allOf merges): without the
 * extensions read elsewhere, and with every OpenAPI 3.1 `type: [T, 'null']` written as 3.0's
 * `type: T, nullable: true`, which the library reads (the direction of a `nullable` change is then
 * read by nullTaken).
 */
function asLibraryReadsIt(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asLibraryReadsIt);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !OWN_EXTENSIONS.has(key))
      .map(([key, item]) => [key, asLibraryReadsIt(item)]),
  );
  if (Array.isArray(copy.type)) {
    const types = copy.type.filter((t) => t !== 'null');
    if (types.length === 1) {
      if (types.length < copy.type.length) copy.nullable = true;
      copy.type = types[0];
    }
  }
  return copy;
}
