import {
  EDITIONS,
  jsonEqual,
  OPERATION_NAMES,
  SPELLED_FIELDS,
  type Edition,
  type EditionFacts,
  type EditionTable,
} from '../../spec/portable.js';
import type { Impact, SpecChange } from './SpecChange.js';

/** Records one change of an edition. */
type Report = (name: string, change: string, clients: Impact, servers: Impact, why: string) => void;

/**
 * Every change of the `x-editions` table as the contract reads it: an edition added or removed, the
 * default edition, an operation id, an enum value's spelling in an edition, its summary. The
 * responses an edition adds are compared by addedResponsesChanges.
 */
export function editionChanges(before: EditionTable, after: EditionTable): SpecChange[] {
  const changes: SpecChange[] = [];
  const edition: Report = (name, change, clients, servers, why) =>
    void changes.push({ kind: 'edition', where: `edition ${name}`, change, clients, servers, why });
  if (before.default !== after.default) {
    edition(
      after.default,
      `default edition ${before.default} → ${after.default}`,
      'breaking',
      'breaking',
      'every tool speaks another spelling unless told which',
    );
  }
  // A table names every edition today; a table of another version of the spec may not.
  const editionsBefore: Partial<Record<Edition, EditionFacts>> = before.editions;
  const editionsAfter: Partial<Record<Edition, EditionFacts>> = after.editions;
  for (const name of EDITIONS) {
    const old = editionsBefore[name];
    const next = editionsAfter[name];
    if (!old && !next) continue;
    if (!old) edition(name, 'added', 'compatible', 'compatible', 'a new spelling, next to the ones before');
    else if (!next)
      edition(
        name,
        'removed',
        'breaking',
        'breaking',
        `clients and servers of the ${name} edition lose their contract`,
      );
    else changesOfEdition(old, next, edition);
  }
  return changes;
}

function changesOfEdition(before: EditionFacts, after: EditionFacts, edition: Report): void {
  const name = after.edition;
  for (const operation of OPERATION_NAMES) {
    const id = after.operationIds[operation];
    const old = before.operationIds[operation];
    if (old !== id)
      edition(
        name,
        `operation id of ${operation}: ${old} → ${id}`,
        'breaking',
        'compatible',
        'generated clients name their methods after it; it is not on the wire',
      );
  }
  for (const field of SPELLED_FIELDS) {
    const old = before.spellings[field];
    const next = after.spellings[field];
    if (jsonEqual(old, next)) continue;
    for (const value of new Set([...Object.keys(old), ...Object.keys(next)])) {
      if (old[value] === next[value]) continue;
      const respelled = old[value] !== undefined && next[value] !== undefined;
      edition(
        name,
        `${field} ${value} spelled ${old[value] ?? '(none)'} → ${next[value] ?? '(none)'}`,
        respelled ? 'breaking' : 'compatible',
        respelled ? 'breaking' : 'compatible',
        respelled
          ? 'the value is spelled otherwise on the wire'
          : 'a value added or removed: its schema change says whom it breaks',
      );
    }
  }
  if (before.summary !== after.summary)
    edition(name, `summary changed: ${JSON.stringify(after.summary)}`, 'compatible', 'compatible', 'wording only');
}

/**
 * The responses an edition adds to the written document's (`x-editions.editions.<e>.addResponses`),
 * compared as written: the library's schema diff reads the written document without them.
 */
export function addedResponsesChanges(oldDocument: unknown, newDocument: unknown): SpecChange[] {
  const before = addedResponsesOf(oldDocument);
  const after = addedResponsesOf(newDocument);
  const changes: SpecChange[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (jsonEqual(before[name] ?? {}, after[name] ?? {})) continue;
    changes.push({
      kind: 'edition',
      where: `edition ${name}`,
      change: `responses it adds: ${JSON.stringify(Object.fromEntries(Object.entries(after[name] ?? {}).map(([op, statuses]) => [op, Object.keys(statuses)])))}`,
      clients: 'breaking',
      servers: 'breaking',
      why: "the edition's operations declare other statuses",
    });
  }
  return changes;
}

function addedResponsesOf(document: unknown): Record<string, Record<string, Record<string, unknown>>> {
  const editions =
    (
      document as {
        'x-editions'?: { editions?: Record<string, { addResponses?: Record<string, Record<string, unknown>> }> };
      } | null
    )?.['x-editions']?.editions ?? {};
  return Object.fromEntries(Object.entries(editions).map(([name, facts]) => [name, facts?.addResponses ?? {}]));
}
