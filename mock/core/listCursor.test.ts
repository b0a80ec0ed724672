import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeListCursor, encodeListCursor } from './listCursor.js';

/** The cursor as Node's Buffer writes and reads it: what the mock's cursors have always been. */
const bufferEncode = (sequence: number) => Buffer.from(`cursor:${sequence}`, 'utf8').toString('base64url');
const bufferDecode = (cursor: string): number | undefined => {
  const match = /^cursor:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match && bufferEncode(Number(match[1])) === cursor ? Number(match[1]) : undefined;
};

describe('list cursor', () => {
  it('round-trips a sequence and is URL-safe', () => {
    for (const n of [0, 1, 12, 99_999, 2 ** 40]) {
      expect(decodeListCursor(encodeListCursor(n))).toBe(n);
      expect(encodeListCursor(n)).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('refuses text it did not make', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    for (const cursor of [
      b64('cursor:'),
      b64('cursor:-1'),
      b64('cursor:012'),
      b64('other:1'),
      'a',
      `${encodeListCursor(5)}!`,
      `${encodeListCursor(5)}=`,
    ]) {
      expect(decodeListCursor(cursor), cursor).toBeUndefined();
    }
  });

  it('writes the cursor Buffer writes, for any sequence', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(encodeListCursor(n)).toBe(bufferEncode(n));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts and refuses what Buffer-based decoding does, for cursors and text near them', () => {
    const base64ish = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/= .!'),
      maxLength: 24,
    });
    const nearCursor = fc
      .tuple(fc.nat({ max: 10 ** 15 }), fc.string({ maxLength: 3 }), fc.nat({ max: 24 }))
      .map(([n, extra, at]) => {
        const cursor = bufferEncode(n);
        const cut = at % (cursor.length + 1);
        return cursor.slice(0, cut) + extra + cursor.slice(cut);
      });
    fc.assert(
      fc.property(fc.oneof(base64ish, nearCursor, fc.string({ unit: 'binary', maxLength: 24 })), (text) => {
        expect(decodeListCursor(text)).toBe(bufferDecode(text));
      }),
      { numRuns: 2000 },
    );
    // Some of those inputs are cursors: the property is not only about refusals.
    expect(decodeListCursor(bufferEncode(10 ** 15 - 1))).toBe(10 ** 15 - 1);
  });
});
