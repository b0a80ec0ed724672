import { describe, expect, it } from 'vitest';
import { closestOption, parseCommandArgs } from './parseCommandArgs.js';
import { UsageError } from './UsageError.js';

const options = {
  target: { type: 'string' },
  'api-key': { type: 'string' },
  json: { type: 'string' },
  junit: { type: 'string' },
  rules: { type: 'string' },
} as const;

describe('parseCommandArgs', () => {
  it('answers a mistyped option with the known one it is closest to', () => {
    expect(() => parseCommandArgs(['--taget', 'x'], options)).toThrow(
      new UsageError("Unknown option '--taget': did you mean --target?"),
    );
    expect(() => parseCommandArgs(['--api-kye=k'], options)).toThrow(
      new UsageError("Unknown option '--api-kye': did you mean --api-key?"),
    );
  });

  it("keeps Node's message when no option is near, or two are equally near", () => {
    expect(() => parseCommandArgs(['--colour'], options)).toThrow(new UsageError("Unknown option '--colour'"));
    expect(closestOption('jsun', ['json', 'junit'])).toBe('json');
    expect(closestOption('juns', ['json', 'junit'])).toBeUndefined();
    expect(closestOption('ruless', ['rules'])).toBe('rules');
    expect(closestOption('seed', ['spec'])).toBeUndefined();
  });
});
