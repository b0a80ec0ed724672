import { describe, expect, it } from 'vitest';
import { nextTimestamp } from './nextTimestamp.js';

describe('nextTimestamp', () => {
  const at = Date.parse('2026-02-13T21:27:19.055Z');

  it('is the clock as RFC 3339 with milliseconds and Z', () => {
    expect(nextTimestamp(at)).toBe('2026-02-13T21:27:19.055Z');
  });

  it('moves 1 ms past the previous value within the same millisecond or when the clock steps back', () => {
    expect(nextTimestamp(at, '2026-02-13T21:27:19.055Z')).toBe('2026-02-13T21:27:19.056Z');
    expect(nextTimestamp(at - 5000, '2026-02-13T21:27:19.055Z')).toBe('2026-02-13T21:27:19.056Z');
    expect(nextTimestamp(at + 10, '2026-02-13T21:27:19.055Z')).toBe('2026-02-13T21:27:19.065Z');
  });
});
