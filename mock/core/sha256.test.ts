import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mintIntegrationId, mintUserId, parseIntegrationId } from './ids.js';
import { sha256 } from './sha256.js';

const nodeSha256 = (text: string) => new Uint8Array(createHash('sha256').update(text).digest());

/** The ids as node:crypto and Buffer made them: the portable ones must be byte-identical. */
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function nodeId(type: string, n: number): string {
  const digest = nodeSha256(`${type}:${n}`);
  const suffix = [0, 1, 2, 3].map((i) => ALPHANUMERIC[digest[i]! % ALPHANUMERIC.length]).join('');
  return Buffer.from(`${type}:${n}:${suffix}`, 'utf8').toString('base64');
}

describe('sha256', () => {
  it('matches node:crypto on the standard vectors and at every padding boundary', () => {
    expect(Buffer.from(sha256('abc')).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(Buffer.from(sha256('')).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    for (let length = 0; length < 200; length += 1)
      expect(sha256('x'.repeat(length)), `length ${length}`).toEqual(nodeSha256('x'.repeat(length)));
  });

  it('matches node:crypto on any text, multi-byte characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256(text)).toEqual(nodeSha256(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the ids node:crypto and Buffer gave, for every n the demo and the tests reach', () => {
    for (let n = 0; n <= 5_000; n += 1) {
      expect(mintIntegrationId(n)).toBe(nodeId('LlmIntegration', n));
      expect(mintUserId(n)).toBe(nodeId('User', n));
      expect(parseIntegrationId(mintIntegrationId(n))).toBe(n);
    }
    for (const n of [99_999, 123_456_789, 999_999_999_999_999])
      expect(mintIntegrationId(n)).toBe(nodeId('LlmIntegration', n));
  });

  it('refuses what Buffer refused: ids that are not the canonical base64', () => {
    const id = mintIntegrationId(12);
    for (const variant of [
      ` ${id}`,
      id.replace(/=+$/, ''),
      `${id.slice(0, -3)}h==`,
      `${id.slice(0, 4)}-${id.slice(5)}`,
      `${id}\n`,
    ]) {
      expect(parseIntegrationId(variant), JSON.stringify(variant)).toBeUndefined();
    }
    const nonAscii = Buffer.from('LlmIntegration:1:ab\u00e9d', 'utf8').toString('base64');
    expect(parseIntegrationId(nonAscii)).toBeUndefined();
  });
});
