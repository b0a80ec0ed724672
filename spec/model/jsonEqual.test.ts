import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from './jsonEqual.js';

describe('jsonEqual', () => {
  it('says what isDeepStrictEqual says of any two JSON values', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    // Pairs built from one value are often equal, so both answers are exercised.
    const pair = fc.oneof(
      fc.tuple(json, json),
      json.chain((v) => fc.tuple(fc.constant(v), fc.constant(structuredClone(v)))),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(jsonEqual(a, b)).toBe(isDeepStrictEqual(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('ignores key order and nothing else', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});
