import { describe, expect, it } from 'vitest';
import { sameText, textChange } from './textKept.js';

describe('textChange', () => {
  it('keeps text returned character for character, lone surrogates and control characters included', () => {
    const value = { name: 'a\u0000b\uD800 é中🚀 %_\\*.[]\'"', headers: { 'X-é': 'שלום' }, model_names: ['b', 'a'] };
    expect(textChange(value, structuredClone(value))).toBeUndefined();
    expect(textChange(value, { ...value, model_names: ['a', 'b'] })).toBeUndefined();
    expect(textChange({ kind: 'aws', external_id: null }, { kind: 'aws' })).toBeUndefined();
  });

  it('tolerates surrounding whitespace and Unicode normalisation without strict, not with it', () => {
    expect(sameText('  café ', 'café')).toBe(true);
    expect(sameText('cafe\u0301', 'caf\u00e9')).toBe(true);
    expect(sameText('cafe\u0301', 'caf\u00e9', { strict: true })).toBe(false);
    expect(textChange({ headers: { ' X-A': 'v ' } }, { headers: { 'X-A': 'v' } })).toBeUndefined();
  });

  it('finds a replaced, cut or dropped character, a dropped map entry and a dropped list item', () => {
    expect(textChange('x\uD800y', 'x\uFFFDy')).toMatchObject({ at: '', sent: 'x\uD800y' });
    expect(textChange('a\u0000b', 'a')).toBeDefined();
    expect(textChange('a  b', 'a b')).toBeDefined();
    expect(textChange({ headers: { A: '1', B: '2' } }, { headers: { A: '1' } })).toMatchObject({
      at: '["headers"]["B"]',
    });
    expect(textChange(['a', 'b'], ['a'])).toBeDefined();
    expect(textChange(['a', 'a'], ['a', 'b'])).toBeDefined();
  });
});
