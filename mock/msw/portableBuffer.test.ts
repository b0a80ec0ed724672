import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Buffer as PortableBuffer } from './portableBuffer.js';

describe('portableBuffer', () => {
  it('counts UTF-8 bytes as Buffer.byteLength does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 50 }), (a, b) => {
        expect(PortableBuffer.byteLength(a + b)).toBe(Buffer.byteLength(a + b, 'utf8'));
      }),
      { numRuns: 300 },
    );
    expect(PortableBuffer.byteLength('\ud800x')).toBe(Buffer.byteLength('\ud800x'));
  });

  it('encodes and decodes base64 and base64url as Buffer does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom('base64', 'base64url') as fc.Arbitrary<'base64' | 'base64url'>, (text, encoding) => {
        const encoded = Buffer.from(text, 'utf8').toString(encoding);
        expect(PortableBuffer.from(text, 'utf8').toString(encoding)).toBe(encoded);
        expect(PortableBuffer.from(encoded, encoding).toString('utf8')).toBe(Buffer.from(encoded, encoding).toString('utf8'));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes junk without throwing, so a caller can refuse it by encoding again', () => {
    for (const junk of ['', '%%%', 'a', 'ab=cd', 'Y3Vyc29yOjU', 'Y3Vyc29yOjU=', 'Y3Vy c29y OjU', 'Y3Vyc29yOjU-_']) {
      const decoded = PortableBuffer.from(junk, 'base64url').toString('utf8');
      expect(typeof decoded).toBe('string');
      expect(PortableBuffer.from(decoded, 'utf8').toString('base64url') === junk).toBe(Buffer.from(Buffer.from(junk, 'base64url').toString('utf8'), 'utf8').toString('base64url') === junk);
    }
  });
});
