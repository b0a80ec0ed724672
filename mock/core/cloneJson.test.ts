import { describe, expect, it } from 'vitest';
import { cloneJson } from './cloneJson.js';

describe('cloneJson', () => {
  it('copies nested objects and arrays deeply', () => {
    const original = { name: 'a', model_names: ['gpt-4o'], headers: { 'X-A': '1' }, scopings: [{ space_id: null }] };
    const copy = cloneJson(original);
    expect(copy).toEqual(original);
    copy.model_names.push('x');
    copy.headers['X-A'] = '2';
    copy.scopings[0]!.space_id = 'changed' as never;
    expect(original).toEqual({
      name: 'a',
      model_names: ['gpt-4o'],
      headers: { 'X-A': '1' },
      scopings: [{ space_id: null }],
    });
  });

  it('keeps __proto__ and constructor keys as own data, never touching a prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "c"}') as Record<string, unknown>;
    const copy = cloneJson(hostile);
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"polluted":"yes"},"constructor":"c"}');
  });

  it('returns primitives and null as they are', () => {
    expect([cloneJson(null), cloneJson('s'), cloneJson(3), cloneJson(false)]).toEqual([null, 's', 3, false]);
  });
});
