import { describe, expect, it } from 'vitest';
import { unreadableRequest, unsupportedCharset, unsupportedEncoding } from './bodyRefusals.js';

describe('body refusals', () => {
  it('name the charset or encoding refused, quoted and cut at 40 characters', () => {
    expect(unsupportedCharset('latin1')).toEqual({
      status: 415,
      detail: 'Charset "latin1" is not supported: send UTF-8 JSON.',
    });
    expect(unsupportedEncoding('br')).toEqual({
      status: 415,
      detail: 'Content-Encoding "br" is not supported: send the body uncompressed or gzip-compressed.',
    });
    expect(unsupportedEncoding(`"${'x'.repeat(60)}`).detail).toBe(
      `Content-Encoding "\\"${'x'.repeat(39)}…" is not supported: send the body uncompressed or gzip-compressed.`,
    );
  });

  it('answer bytes that do not decode with 400', () => {
    expect(unreadableRequest()).toEqual({
      status: 400,
      detail: 'The request cannot be read (encoding, charset or path).',
    });
  });
});
