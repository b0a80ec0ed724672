import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContract, type AiIntegration } from '../../spec/index.js';
import { checkResultingState } from './checkResultingState.js';
import { readMockRules } from './MockRules.js';

const { update } = readMockRules(await loadContract());
const withHeaders = (headers: Record<string, string>) =>
  ({ name: 'n', provider: 'openAI', headers }) as unknown as AiIntegration;

describe('checkResultingState', () => {
  it('counts the headers map as Buffer counts the UTF-8 bytes of its JSON, at the limit and one byte above it', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
    fc.assert(
      fc.property(fc.dictionary(text, text, { maxKeys: 6 }), (headers) => {
        const bytes = Buffer.byteLength(JSON.stringify(headers), 'utf8');
        expect(checkResultingState({ ...update, headersMaxBytes: bytes }, withHeaders(headers))).toBeUndefined();
        const over = checkResultingState({ ...update, headersMaxBytes: bytes - 1 }, withHeaders(headers));
        expect(over).toMatchObject({ status: update.headersStatus, rule: update.ruleIds.headers });
        expect(over?.detail).toContain(` takes ${bytes} bytes `);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a lone surrogate as its JSON escape', () => {
    const headers = { 'x-\ud800': '\udfff€' };
    const over = checkResultingState({ ...update, headersMaxBytes: 0 }, withHeaders(headers));
    expect(over?.detail).toContain(` takes ${Buffer.byteLength(JSON.stringify(headers), 'utf8')} bytes `);
  });
});
