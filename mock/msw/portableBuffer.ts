/**
 * The part of Node's Buffer that the mock's core uses (UTF-8 byte lengths, base64 and base64url
 * text), written with web APIs. The msw bundle puts it in place of the global `Buffer`
 * (scripts/finish-build.mjs, esbuild's `inject`), so the same core runs in a browser, which has
 * no Buffer; in Node the bundle uses it too, so both run the same code.
 */
type Encoding = 'utf8' | 'utf-8' | 'base64' | 'base64url';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

class PortableBytes {
  constructor(private readonly bytes: Uint8Array) {}

  get length(): number {
    return this.bytes.length;
  }

  toString(encoding: Encoding = 'utf8'): string {
    if (encoding === 'utf8' || encoding === 'utf-8') return decoder.decode(this.bytes);
    const base64 = btoa(Array.from(this.bytes, (byte) => String.fromCharCode(byte)).join(''));
    return encoding === 'base64' ? base64 : base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
}

export const Buffer = {
  from(text: string, encoding: Encoding = 'utf8'): PortableBytes {
    if (encoding === 'utf8' || encoding === 'utf-8') return new PortableBytes(encoder.encode(text));
    return new PortableBytes(decodeBase64(text));
  },

  byteLength(text: string, encoding: 'utf8' | 'utf-8' = 'utf8'): number {
    void encoding;
    return encoder.encode(text).length;
  },
};

/**
 * Leniently, as Buffer does: either alphabet, padding optional, anything else skipped, and a last
 * lone character dropped. Callers that need the canonical spelling check it by encoding again.
 */
function decodeBase64(text: string): Uint8Array {
  let digits = text.split('=')[0]!.replace(/[^A-Za-z0-9+/\-_]/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (digits.length % 4 === 1) digits = digits.slice(0, -1);
  const binary = atob(digits + '='.repeat((4 - (digits.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
