/**
 * Names with characters special to SQL LIKE, regular expressions and quoting, each with decoys
 * that contain the filter only when it is read as a pattern: a server that lists a decoy for the
 * filter has not matched a plain substring. Every name starts with the rule's prefix (so filters
 * hold the run's id), and the filter is the whole target name, spelled as the case says.
 */
export interface NameFilterTrap {
  /** The row of the coverage matrix, e.g. `LIKE % wildcard`. */
  readonly case: string;
  /** The name the filter must find. */
  readonly target: (prefix: string) => string;
  /** Names the filter must not find: each matches the filter only as a pattern. */
  readonly decoys: (prefix: string) => readonly string[];
  /** The filter sent, from the target name. */
  readonly filter: (target: string) => string;
}

const same = (target: string) => target;

/** The traps, and one name filter exactly at the parameter's maxLength when it has one. */
export function nameFilterTraps(maxLength?: number): NameFilterTrap[] {
  const traps: NameFilterTrap[] = [
    {
      case: 'LIKE % wildcard',
      target: (p) => `${p}-50%off`,
      decoys: (p) => [`${p}-50 and more off`, `${p}-50off`],
      filter: same,
    },
    { case: 'LIKE _ wildcard', target: (p) => `${p}-a_b`, decoys: (p) => [`${p}-aXb`], filter: same },
    { case: 'LIKE escape \\', target: (p) => `${p}-c\\d`, decoys: (p) => [`${p}-cd`], filter: same },
    {
      case: 'regex .* and [ ]',
      target: (p) => `${p}-e.*[gh]`,
      decoys: (p) => [`${p}-eZZg`, `${p}-e.*g`],
      filter: same,
    },
    { case: 'quotes \' and "', target: (p) => `${p}-O'Brien "q"`, decoys: () => [], filter: same },
    {
      case: 'non-ASCII, upper case',
      target: (p) => `${p}-équipe-Дом-東京`,
      decoys: (p) => [`${p}-equipe-Дом-東京`],
      filter: (t) => t.toUpperCase(),
    },
  ];
  if (maxLength !== undefined) {
    traps.push({
      case: `at maxLength (${maxLength})`,
      target: (p) => `${p}-`.padEnd(maxLength, 'é'),
      decoys: () => [],
      filter: same,
    });
  }
  return traps;
}
