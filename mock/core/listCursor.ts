/**
 * The list cursor: an opaque base64url encoding of the creation sequence of the last item of the
 * page. The next page holds the items strictly older than it, so creating or deleting
 * integrations between two pages neither repeats nor skips the items that stayed. Plain web APIs
 * (btoa, atob): the same cursors in Node and in a browser.
 */
const CURSOR = /^cursor:(\d{1,15})$/;

export function encodeListCursor(sequence: number): string {
  // The text is ASCII, so btoa's bytes are its UTF-8 bytes.
  return btoa(`cursor:${sequence}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The sequence in a cursor, or undefined when it is not one this mock made. */
export function decodeListCursor(cursor: string): number | undefined {
  const match = CURSOR.exec(base64urlText(cursor) ?? '');
  // Only the canonical spelling counts: decoding alone is lenient about padding and stray bits.
  if (!match || encodeListCursor(Number(match[1])) !== cursor) return undefined;
  return Number(match[1]);
}

/** The bytes of base64url text as characters (one per byte), or undefined when it is not base64url. */
function base64urlText(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}
