import { isJsonObject } from '../json.js';

/**
 * Whether a server kept the text it accepted, by meaning (contract, "Requests that arrive at the
 * same time", last paragraph). The facts leave two normalisations open: surrounding whitespace and
 * Unicode normalisation (NFC or NFD); without `strict` a value changed only by them is kept. Any
 * other change inside a string (a character dropped, cut or replaced), or a map entry or list item
 * dropped or added, is a change. Strings compare exactly with `strict`.
 */
export interface TextKeptOptions {
  readonly strict?: boolean;
}

/** Where a value lost or changed its text, and how: `at` is a JSON path such as `headers["X-é"]`. */
export interface TextChange {
  readonly at: string;
  readonly sent: unknown;
  readonly got: unknown;
}

/** The first change from `sent` to `got` (strings, lists and maps of them, objects at any depth), or undefined when the text was kept. */
export function textChange(
  sent: unknown,
  got: unknown,
  options: TextKeptOptions = {},
  at = '',
): TextChange | undefined {
  if (typeof sent === 'string')
    return typeof got === 'string' && sameText(sent, got, options) ? undefined : { at, sent, got };
  if (Array.isArray(sent)) {
    if (!Array.isArray(got) || got.length !== sent.length) return { at, sent, got };
    // Lists compare as multisets of their items (a server may reorder them): each sent item pairs with a got one.
    const left = [...got];
    for (const [i, item] of sent.entries()) {
      const match = left.findIndex((candidate) => textChange(item, candidate, options) === undefined);
      if (match < 0) return { at: `${at}[${i}]`, sent: item, got };
      left.splice(match, 1);
    }
    return undefined;
  }
  if (typeof sent === 'object' && sent !== null) {
    if (!isJsonObject(got)) return { at, sent, got };
    const gotEntries = Object.entries(got);
    for (const [key, value] of Object.entries(sent)) {
      const where = `${at}[${JSON.stringify(key)}]`;
      const found =
        gotEntries.find(([k]) => k === key) ??
        (options.strict ? undefined : gotEntries.find(([k]) => sameText(key, k, options)));
      if (!found) {
        if (value === null) continue;
        return { at: where, sent: value, got: undefined };
      }
      const inner = textChange(value, found[1], options, where);
      if (inner) return inner;
    }
    return undefined;
  }
  // Absent and null are one (contract, "When comparing states").
  return sent === got || (sent ?? null) === (got ?? null) ? undefined : { at, sent, got };
}

/** Two strings are the same text: equal, or (without strict) equal once both are trimmed and in one Unicode normal form. */
export function sameText(sent: string, got: string, options: TextKeptOptions = {}): boolean {
  if (sent === got) return true;
  if (options.strict) return false;
  const forms = (s: string) => {
    const trimmed = s.trim();
    return [trimmed, trimmed.normalize('NFC'), trimmed.normalize('NFD')];
  };
  const mine = forms(sent);
  return forms(got).some((g) => mine.includes(g));
}
