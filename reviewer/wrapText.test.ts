import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText.js';

describe('wrapText', () => {
  it('breaks between words so that no line, indent included, is wider than asked', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 24, '  ');
    expect(lines).toEqual(['  one two three four', '  five six seven eight', '  nine ten eleven twelve']);
    expect(lines.every((l) => l.length <= 24)).toBe(true);
  });

  it('keeps a word longer than the line whole, on a line of its own', () => {
    expect(wrapText('a https://example.invalid/a/very/long/address b', 20)).toEqual([
      'a',
      'https://example.invalid/a/very/long/address',
      'b',
    ]);
  });
});
