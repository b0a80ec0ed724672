import { describe, expect, it } from 'vitest';
import { decodeListCursor, encodeListCursor } from './listCursor.js';

describe('list cursor', () => {
  it('round-trips a sequence and is URL-safe', () => {
    for (const n of [0, 1, 12, 99_999, 2 ** 40]) {
      expect(decodeListCursor(encodeListCursor(n))).toBe(n);
      expect(encodeListCursor(n)).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('refuses text it did not make', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    for (const cursor of [b64('cursor:'), b64('cursor:-1'), b64('cursor:012'), b64('other:1'), 'a', `${encodeListCursor(5)}!`, `${encodeListCursor(5)}=`]) {
      expect(decodeListCursor(cursor), cursor).toBeUndefined();
    }
  });
});
