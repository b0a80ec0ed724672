/**
 * One combination the contract names, which every run must exercise at least once: an invalid
 * body of one family on one field, a nullable field set to null, a list or map field at one of its
 * boundaries, one case of the list operation's query parameters, awkward text of one kind in one
 * free-text place of the bodies, a burst of simultaneous requests, or a check across an account
 * grown past the largest page.
 */
export type CombinationKind = 'invalid' | 'null' | 'boundary' | 'list' | 'awkward' | 'concurrent' | 'account-size';

export const COMBINATION_KINDS: readonly CombinationKind[] = [
  'invalid',
  'null',
  'boundary',
  'list',
  'awkward',
  'concurrent',
  'account-size',
];

/** The kinds that are scenarios rather than request bodies: reports list them as `dimension: case`, apart from the fields matrix. */
export const SCENARIO_KINDS: readonly CombinationKind[] = ['list', 'concurrent', 'account-size'];

/** How reports name each kind. */
export const KIND_LABELS: Readonly<Record<CombinationKind, string>> = {
  invalid: 'invalid bodies',
  null: 'nulls',
  boundary: 'list and map boundaries',
  list: 'list queries',
  awkward: 'awkward text',
  concurrent: 'simultaneous requests',
  'account-size': 'beyond one page',
};

export interface Combination {
  readonly kind: CombinationKind;
  /** The column of the coverage matrix: an invalid family, `null`, a boundary (empty, one, several, duplicates, at-limit), a list query parameter, or an awkward kind of text. */
  readonly dimension: string;
  /** The row: the body field (for list queries the case, for awkward text the place); absent for whole-body families. */
  readonly field?: string;
  /** Which kind of mistake or value, where a dimension has several per field. */
  readonly variant?: string;
  /** Unique within a run, e.g. `invalid/wrong-type/name/number`. */
  readonly key: string;
  /** For people, e.g. `wrong-type × name (number)`. */
  readonly label: string;
}

export function combination(kind: CombinationKind, dimension: string, field?: string, variant?: string): Combination {
  const label = SCENARIO_KINDS.includes(kind)
    ? `${dimension}: ${field ?? ''}`
    : `${dimension}${field === undefined ? '' : ` × ${field}`}${variant === undefined ? '' : ` (${variant})`}`;
  return {
    kind,
    dimension,
    ...(field === undefined ? {} : { field }),
    ...(variant === undefined ? {} : { variant }),
    key: [kind, dimension, field ?? '', variant ?? ''].join('/'),
    label,
  };
}
