/** What a query string parses to: one value per key, or every value of a repeated key in order. */
export type ParsedQuery = Record<string, string | string[]>;

/** Node's querystring keeps the first 1,000 pairs (separators of empty pairs count too). */
const MAX_PAIRS = 1000;

/**
 * Parses a query string (without its `?`) exactly as Express 5's default "simple" query parser
 * (node's `querystring.parse`) does, without node: `+` is a space; repeated keys become arrays;
 * `a` alone is `a: ''`; empty pairs are skipped; a percent-escape that does not decode is read
 * byte by byte, the broken escapes left as they are. The result has no prototype, so a key such as
 * `__proto__` stays data.
 */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = Object.create(null) as ParsedQuery;
  if (query === '') return parsed;
  let pairs = MAX_PAIRS;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end < 0) end = query.length;
    if (end > start) {
      const pair = query.slice(start, end);
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      addPair(
        parsed,
        decodeQueryComponent(key, ESCAPED.test(key)),
        decodeQueryComponent(value, ESCAPED.test(value.replaceAll('+', ''))),
      );
    }
    if (end === query.length || --pairs === 0) break;
    start = end + 1;
  }
  return parsed;
}

function addPair(parsed: ParsedQuery, key: string, value: string): void {
  const current = parsed[key];
  if (current === undefined) parsed[key] = value;
  else if (Array.isArray(current)) current.push(value);
  else parsed[key] = [current, value];
}

/**
 * Node decodes a key or value only when it holds a valid `%XX` (in a value, `+` signs between
 * its characters do not count), so `é%` stays as written.
 */
const ESCAPED = /%[0-9A-Fa-f]{2}/;

/** `+` as a space, then percent-decoding when `escaped`; an escape decodeURIComponent refuses falls back to bytes. */
function decodeQueryComponent(text: string, escaped: boolean): string {
  const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text;
  if (!escaped) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return unescapeBytes(spaced);
  }
}

const utf8 = new TextDecoder();

/** node's `querystring.unescapeBuffer(text).toString()`: valid `%XX` become bytes, the rest stays, then UTF-8. */
function unescapeBytes(text: string): string {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  let index = 0;
  while (index < text.length) {
    let code = text.charCodeAt(index);
    if (code === 37 /* % */ && index < text.length - 2) {
      const high = hexValue(text.charCodeAt(index + 1));
      const low = hexValue(text.charCodeAt(index + 2));
      if (high >= 0 && low >= 0) {
        code = high * 16 + low;
        index += 2;
      }
    }
    bytes[length++] = code & 0xff;
    index += 1;
  }
  return utf8.decode(bytes.subarray(0, length));
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
