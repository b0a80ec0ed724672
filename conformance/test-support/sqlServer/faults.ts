/**
 * The switches of the SQL server: each a bug a team building on a web framework and an SQL
 * database ships (`faults`, which the kit's default run must catch), or a choice a correct server
 * may make (`legitimate`, which it must pass).
 */
export interface SqlServerOptions {
  /** Strings longer than 255 characters cut to 255, as a VARCHAR(255) column in a lenient SQL mode does. */
  readonly varchar255?: boolean;
  /** Strings cut at their first NUL, as a driver that passes C strings does. */
  readonly nulCut?: boolean;
  /** Control characters removed by an input sanitiser. */
  readonly controlsStripped?: boolean;
  /** Characters outside Latin-1 stored as `?`, as a latin1 column does. */
  readonly latin1?: boolean;
  /** The name kept raw in its own TEXT column and read from there: the database's UTF-8 encoding replaces lone surrogates. */
  readonly rawNameColumn?: boolean;
  /** The name filter as `LIKE '%' || ? || '%'`, without escaping `%`, `_` and `\`. */
  readonly likeUnescaped?: boolean;
  /** The name filter with SQLite's LIKE (escaped), which folds the case of ASCII letters only. */
  readonly asciiCaseFolding?: boolean;
  /** The name filter under a collation that folds case and accents (`é` matches `e`). */
  readonly accentFoldingCollation?: boolean;
  /** Fastify's default maxParamLength (100): a longer id is answered 414 by the router, not by the API. */
  readonly defaultParamLimit?: boolean;
  /** Fastify's default JSON parser: a bodiless request with `Content-Type: application/json` is refused with its 400. */
  readonly defaultJsonParser?: boolean;
  /** provider_metadata checked for its kind only: a missing required member inside it is stored. */
  readonly metadataMembersUnchecked?: boolean;
  /**
   * Strings stored without surrounding whitespace: a normalisation the facts leave open, which
   * awkward-text tolerates; the other rules still compare text exactly, so it is no legitimate switch yet.
   */
  readonly trimValues?: boolean;
  /** Legitimate: text with control characters or lone surrogates refused with 400 (nothing stored). */
  readonly refuseControlText?: boolean;
}

export interface SqlSwitch {
  readonly options: SqlServerOptions;
  readonly description: string;
  /** The rules expected to catch a fault (the test's cheap slice runs only these). */
  readonly caughtBy?: readonly string[];
}

export const SQL_FAULTS: Readonly<Record<string, SqlSwitch>> = {
  'varchar-255': {
    options: { varchar255: true },
    description: 'strings cut to 255 characters',
    caughtBy: ['awkward-text'],
  },
  'nul-cut': { options: { nulCut: true }, description: 'strings cut at the first NUL', caughtBy: ['awkward-text'] },
  'controls-stripped': {
    options: { controlsStripped: true },
    description: 'control characters removed',
    caughtBy: ['awkward-text'],
  },
  latin1: {
    options: { latin1: true },
    description: 'characters outside Latin-1 stored as ?',
    caughtBy: ['awkward-text'],
  },
  'raw-name-column': {
    options: { rawNameColumn: true },
    description: 'the name read from a raw TEXT column (lone surrogates replaced)',
    caughtBy: ['awkward-text'],
  },
  'like-unescaped': {
    options: { likeUnescaped: true },
    description: 'the name filter is a LIKE pattern without escaping',
    caughtBy: ['list-and-pagination'],
  },
  'ascii-case-folding': {
    options: { asciiCaseFolding: true },
    description: "the name filter folds ASCII case only (SQLite's LIKE)",
    caughtBy: ['list-and-pagination'],
  },
  'accent-folding-collation': {
    options: { accentFoldingCollation: true },
    description: 'the name filter folds accents as well as case',
    caughtBy: ['list-and-pagination'],
  },
  'default-param-limit': {
    options: { defaultParamLimit: true },
    description: "ids over Fastify's 100-character parameter limit answered 414 by the router",
    caughtBy: ['client-requests'],
  },
  'default-json-parser': {
    options: { defaultJsonParser: true },
    description: "a bodiless DELETE with a JSON Content-Type refused by Fastify's parser",
    caughtBy: ['client-requests'],
  },
  'metadata-members-unchecked': {
    options: { metadataMembersUnchecked: true },
    description: 'a missing required member inside provider_metadata accepted',
    caughtBy: ['rejection-is-atomic'],
  },
};

export const SQL_LEGITIMATE: Readonly<Record<string, SqlSwitch>> = {
  'refuse-control-text': {
    options: { refuseControlText: true },
    description: 'text with control characters or lone surrogates refused with 400',
  },
};
