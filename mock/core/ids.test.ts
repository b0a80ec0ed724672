import { describe, expect, it } from 'vitest';
import { mintIntegrationId, mintUserId, parseIntegrationId } from './ids.js';

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
});
