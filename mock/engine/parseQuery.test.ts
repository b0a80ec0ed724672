import { parse as nodeParse } from 'node:querystring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery.js';

describe('parseQuery', () => {
  it('reads repeated keys as arrays, a bare key as empty, + as a space', () => {
    expect({ ...parseQuery('limit=1&limit=2&name=a+b&flag') }).toEqual({ limit: ['1', '2'], name: 'a b', flag: '' });
  });

  it('keeps a broken escape as written and decodes the valid ones around it', () => {
    expect({ ...parseQuery('x=%E0%A4%A&y=%41%ZZ&%') }).toEqual({ x: '\ufffd%A', y: 'A%ZZ', '%': '' });
  });

  it('keeps __proto__ as a plain key', () => {
    const parsed = parseQuery('__proto__=1');
    expect(Object.getPrototypeOf(parsed)).toBe(null);
    expect(Object.entries(parsed)).toEqual([['__proto__', '1']]);
  });

  it('agrees with node querystring.parse (Express 5 simple parser) on any string', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', '=', '&', '%', '+', '2', 'E', 'f', 'Z', 'C', '3', 'é', '\u{1F600}'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (query) => {
        expect({ ...parseQuery(query) }).toEqual({ ...nodeParse(query) });
      }),
      { numRuns: 3000 },
    );
    const many = Array.from({ length: 1500 }, (_, i) => (i % 3 === 0 ? '' : `k${i}=v`)).join('&');
    expect({ ...parseQuery(many) }).toEqual({ ...nodeParse(many) });
  });
});
