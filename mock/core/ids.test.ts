import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mintIntegrationId, mintUserId, parseIntegrationId } from './ids.js';

/** The ids as node:crypto and Buffer made them: the portable ones must be byte-identical. */
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function nodeId(type: string, n: number): string {
  const digest = createHash('sha256').update(`${type}:${n}`).digest();
  const suffix = [0, 1, 2, 3].map((i) => ALPHANUMERIC[digest[i]! % ALPHANUMERIC.length]).join('');
  return Buffer.from(`${type}:${n}:${suffix}`, 'utf8').toString('base64');
}

describe('ids', () => {
  it('mints base64 of LlmIntegration:<n>:<4 alphanumeric chars>, the same for the same n', () => {
    const id = mintIntegrationId(12);
    expect(Buffer.from(id, 'base64').toString()).toMatch(/^LlmIntegration:12:[A-Za-z0-9]{4}$/);
    expect(mintIntegrationId(12)).toBe(id);
    expect(mintIntegrationId(13)).not.toBe(id);
    expect(Buffer.from(mintUserId(3), 'base64').toString()).toMatch(/^User:3:[A-Za-z0-9]{4}$/);
  });

  it('parses back the sequence of a well-formed id, whether or not it was minted', () => {
    expect(parseIntegrationId(mintIntegrationId(7))).toBe(7);
    expect(parseIntegrationId('TGxtSW50ZWdyYXRpb246MTI6YUJjRA==')).toBe(12);
  });

  it('refuses anything else: other shapes, other types, non-canonical base64', () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    for (const id of [
      b64('User:1:abcd'),
      b64('LlmIntegration:1:abc'),
      b64('LlmIntegration:x:abcd'),
      b64('LlmIntegration:1:ab-d'),
      'TGxtSW50ZWdyYXRpb246MTI6YUJjRA',
      'not base64!',
      '',
    ]) {
      expect(parseIntegrationId(id), id).toBeUndefined();
    }
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
