import fc from 'fast-check';
import { assertKnownKeys } from './_internals/options.js';

/**
 * The kinds of awkward text a server must store and return character for character (or refuse
 * with a 4xx that changes nothing): what databases, drivers, encodings and sanitisers get wrong.
 */
export const AWKWARD_KINDS = [
  /** Accents, CJK, emoji (astral, joined, flags) and right-to-left scripts. */
  'non-ascii',
  /** Valid JSON (`\ud800`) that is not well-formed Unicode: a UTF-8 encoder replaces it. */
  'lone-surrogate',
  /** C0 controls inside the value, NUL and DEL included: C strings cut at NUL, sanitisers drop them. */
  'control',
  /** Characters special to SQL LIKE, regular expressions and shells: `% _ \ * . [ ] ' "`. */
  'special',
  /** A long value: the spec's maxLength where it has one, else LONG_TEXT characters, multi-byte in UTF-8. */
  'long',
] as const;

export type AwkwardKind = (typeof AWKWARD_KINDS)[number];

/** The length of a long value where the spec draws no maxLength: past the VARCHAR(255) and VARCHAR(1000) a schema often declares. */
export const LONG_TEXT = 1200;

export interface AwkwardTextOptions {
  /** The most characters (code points) a value may have (a field's maxLength). */
  readonly maxLength?: number;
}

const NON_ASCII = [
  'é',
  'Ü',
  'ñ',
  'Ø',
  'ç',
  '東京',
  '中文',
  '한국어',
  '🚀',
  '👩‍💻',
  '🇫🇷',
  'שלום',
  'مرحبا',
  'Δοκιμή',
  'Дом',
  '\u200f',
  'ﬁ',
];
// Each high surrogate is followed, and each low one preceded, by a plain character: two never pair up.
const LONE = ['\uD800-', 'x\uDBFFy', '-\uDC00', 'q\uDFFFr'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\t', '\n', '\r', '\u001b', '\u001f', '\u007f'];
const SPECIAL = [
  '%',
  '_',
  '\\',
  '*',
  '.',
  '[',
  ']',
  "'",
  '"',
  '%_',
  '\\%',
  '.*',
  '[a-z]',
  "' OR '1'='1",
  '$(x)',
  '`x`',
  '?',
  '+',
  '^',
  '|',
  ';',
];
const PLAIN = ['a', 'b', 'Z', '0', '9', '-', ' '];

/**
 * Strings of one awkward kind: at least one awkward character between two plain letters, so that
 * trimming (a normalisation the facts leave open) never hides the awkward part; some start with a
 * space, which such a server drops.
 */
export function awkwardText(kind: AwkwardKind, options: AwkwardTextOptions = {}): fc.Arbitrary<string> {
  assertKnownKeys('awkwardText', options, ['maxLength']);
  const maxLength = options.maxLength;
  if (maxLength !== undefined && (!Number.isInteger(maxLength) || maxLength < 3))
    throw new RangeError(`awkwardText: option "maxLength" must be an integer of at least 3, got ${String(maxLength)}`);
  if (kind === 'long') return longText(maxLength ?? LONG_TEXT);
  const pieces = { 'non-ascii': NON_ASCII, 'lone-surrogate': LONE, control: CONTROLS, special: SPECIAL }[kind];
  const middle = fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...pieces), weight: 3 },
        { arbitrary: fc.constantFrom(...PLAIN), weight: 1 },
      ),
      { minLength: 1, maxLength: 6 },
    )
    .filter((parts) => parts.some((p) => pieces.includes(p)));
  const ends = fc.constantFrom('a', 'x', 'K', '7');
  const text = fc
    .tuple(fc.constantFrom('', '', ' '), ends, middle, ends)
    .map(([space, start, parts, end]) => `${space}${start}${parts.join('')}${end}`);
  return maxLength === undefined ? text : text.filter((s) => [...s].length <= maxLength);
}

/** Exactly `length` code points, mixing 1- to 4-byte UTF-8 characters, plain at both ends. */
function longText(length: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom('a', 'é', '中', '🚀', 'z', '%', '_'), { minLength: 4, maxLength: 12 }).map((unit) => {
    const cycle = [...unit];
    const out: string[] = ['a'];
    for (let i = 0; out.length < length - 1; i++) out.push(cycle[i % cycle.length] ?? 'a');
    out.push('z');
    return out.join('');
  });
}
