import type { IntegrationRecord } from './IntegrationRecord.js';
import { isJsonObject } from '../../spec/portable.js';

/** A space known from the fixtures, for the list's space_id and space_name filters. */
export interface Space {
  readonly id: string;
  readonly name: string;
  readonly organization_id?: string;
}

/** A space as a fixtures document or a saved state writes it. */
export function isSpace(value: unknown): value is Space {
  const space = value;
  return (
    isJsonObject(space) &&
    typeof space.id === 'string' &&
    typeof space.name === 'string' &&
    (space.organization_id === undefined || typeof space.organization_id === 'string')
  );
}

/**
 * The integrations of one account. Lookups by id and by name are Map hits, so a PATCH costs the
 * same with 10 or 100,000 integrations; `ordered` (ascending creation sequence) serves the
 * newest-first list and its cursor by binary search.
 */
export class AccountState {
  private readonly byId = new Map<string, IntegrationRecord>();
  private readonly idByName = new Map<string, string>();
  private readonly ordered: IntegrationRecord[] = [];
  /** The lower-cased names of `ordered`, built on the first name filter and kept until a rename or removal. */
  private names: NameIndex | undefined;

  constructor(
    /** created_by_user_id of integrations made without a user of their own (default mode, fixtures). */
    readonly defaultUserId: string,
    public spaces: readonly Space[] = [],
  ) {}

  /** Another account holding the same records (which are never changed in place) and spaces. */
  copy(): AccountState {
    const copy = new AccountState(this.defaultUserId, this.spaces);
    for (const stored of this.ordered) copy.insert(stored);
    return copy;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): IntegrationRecord | undefined {
    return this.byId.get(id);
  }

  /** The id of the integration holding exactly this name (case-sensitive), if any. */
  idOfName(name: string): string | undefined {
    return this.idByName.get(name);
  }

  /** Adds a new integration; its sequence must be above every stored one. */
  insert(stored: IntegrationRecord): void {
    const last = this.ordered[this.ordered.length - 1];
    if (last && last.sequence >= stored.sequence) throw new Error('AccountState.insert: sequences must increase');
    this.byId.set(stored.resource.id, stored);
    this.idByName.set(stored.resource.name, stored.resource.id);
    this.ordered.push(stored);
    if (this.names) appendName(this.names, stored.resource.name);
  }

  /** Swaps a stored integration for its updated version, keeping the name index in step. */
  replace(next: IntegrationRecord): void {
    const previous = this.byId.get(next.resource.id);
    if (!previous) throw new Error('AccountState.replace: unknown id');
    if (previous.resource.name !== next.resource.name) {
      this.idByName.delete(previous.resource.name);
      this.names = undefined;
    }
    this.idByName.set(next.resource.name, next.resource.id);
    this.byId.set(next.resource.id, next);
    this.ordered[this.indexOf(next.sequence)] = next;
  }

  remove(id: string): boolean {
    const stored = this.byId.get(id);
    if (!stored) return false;
    this.byId.delete(id);
    this.idByName.delete(stored.resource.name);
    this.ordered.splice(this.indexOf(stored.sequence), 1);
    this.names = undefined;
    return true;
  }

  /** Newest first, starting strictly below `beforeSequence` when given. */
  *newestFirst(beforeSequence?: number): Generator<IntegrationRecord> {
    let index = beforeSequence === undefined ? this.ordered.length - 1 : this.lowerBound(beforeSequence) - 1;
    for (; index >= 0; index -= 1) {
      const stored = this.ordered[index];
      if (stored) yield stored;
    }
  }

  /**
   * Newest first, starting strictly below `beforeSequence` when given, only the integrations whose
   * lower-cased name contains `needle` (lower-cased, without NUL). One native search of all the
   * names joined finds each candidate, so a name no integration holds costs one pass over the
   * text, never a walk through the records.
   */
  *newestFirstNamed(needle: string, beforeSequence?: number): Generator<IntegrationRecord> {
    if (!this.names) {
      this.names = { text: '', starts: [], absent: new Set() };
      for (const stored of this.ordered) appendName(this.names, stored.resource.name);
    }
    const { text, starts, absent } = this.names;
    // A needle no name holds is found so by one forward search (faster than a backward one), and remembered until the names change.
    if (absent.has(needle)) return;
    if (text.indexOf(needle) < 0) {
      if (absent.size >= MAX_ABSENT_NEEDLES) absent.clear();
      absent.add(needle);
      return;
    }
    const last = (beforeSequence === undefined ? this.ordered.length : this.lowerBound(beforeSequence)) - 1;
    if (last < 0) return;
    // A match must start where it still fits before the end of the last name allowed.
    const nextStart = starts[last + 1];
    let position = (nextStart === undefined ? text.length : nextStart - 1) - needle.length;
    while (position >= 0) {
      const found = text.lastIndexOf(needle, position);
      if (found < 0) return;
      const index = lastAtOrBefore(starts, found);
      const stored = this.ordered[index];
      const start = starts[index];
      if (stored === undefined || start === undefined) return;
      yield stored;
      position = start - 1 - needle.length;
    }
  }

  private indexOf(sequence: number): number {
    const index = this.lowerBound(sequence);
    if (this.ordered[index]?.sequence !== sequence) throw new Error('AccountState: sequence not stored');
    return index;
  }

  /** The first index whose sequence is >= `sequence`. */
  private lowerBound(sequence: number): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.ordered[middle]?.sequence ?? sequence) < sequence) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Every name lower-cased, joined by NUL (which no needle holds), and the offset where each starts. */
interface NameIndex {
  text: string;
  readonly starts: number[];
  /** Needles known to be in no name, forgotten whenever a name is added. */
  readonly absent: Set<string>;
}

const MAX_ABSENT_NEEDLES = 1000;

function appendName(index: NameIndex, name: string): void {
  const lower = name.toLowerCase();
  index.absent.clear();
  if (index.starts.length === 0) {
    index.starts.push(0);
    index.text = lower;
    return;
  }
  index.starts.push(index.text.length + 1);
  index.text += `\u0000${lower}`;
}

/** The last index whose start is at or before `offset`. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? offset + 1) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
