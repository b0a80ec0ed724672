/**
 * The list cursor: an opaque base64url encoding of the creation sequence of the last item of the
 * page. The next page holds the items strictly older than it, so creating or deleting
 * integrations between two pages neither repeats nor skips the items that stayed.
 */
const CURSOR = /^cursor:(\d{1,15})$/;

export function encodeListCursor(sequence: number): string {
  return Buffer.from(`cursor:${sequence}`, 'utf8').toString('base64url');
}

/** The sequence in a cursor, or undefined when it is not one this mock made. */
export function decodeListCursor(cursor: string): number | undefined {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = CURSOR.exec(decoded);
  // Only the canonical spelling counts: base64url decoding skips characters it does not know.
  if (!match || encodeListCursor(Number(match[1])) !== cursor) return undefined;
  return Number(match[1]);
}
