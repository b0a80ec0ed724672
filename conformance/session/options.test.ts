import { describe, expect, it } from 'vitest';
import { SetupError } from '../transport/TargetError.js';
import { DEFAULT_CONCURRENCY, DEFAULT_RETRIES, DEFAULT_RUNS, OptionError, settleOptions } from './options.js';

const KEY = 'settled-options-key';
const TARGET = 'http://127.0.0.1:4010';

/** The OptionError `settleOptions` throws for `options`. */
function optionErrorOf(options: Parameters<typeof settleOptions>[0]): OptionError {
  try {
    settleOptions(options);
  } catch (error) {
    if (error instanceof OptionError) return error;
    throw error;
  }
  throw new Error('settleOptions accepted the options');
}

describe('settleOptions', () => {
  it('fills in the defaults of the profile and freezes the settled value', () => {
    const settled = settleOptions({ target: TARGET, apiKey: KEY, seed: 7 });
    expect(settled).toMatchObject({
      seed: 7,
      runs: DEFAULT_RUNS,
      profile: 'default',
      concurrency: DEFAULT_CONCURRENCY,
      retries: DEFAULT_RETRIES,
      strict: false,
      rules: [],
      scopingIds: {},
    });
    expect(Object.isFrozen(settled)).toBe(true);
    expect(settleOptions({ target: TARGET, apiKey: KEY, profile: 'quick' }).runs).toBe(1);
    expect(settleOptions({ target: TARGET, apiKey: KEY, profile: 'quick', runs: 3 }).runs).toBe(3);
  });

  it('names the option at fault, and spells it as the caller asks', () => {
    const error = optionErrorOf({ target: TARGET, apiKey: KEY, spaceId: 'space' });
    expect(error).toBeInstanceOf(SetupError);
    expect(error.option).toBe('spaceId');
    expect(error.message).toMatch(/^spaceId needs organizationId: /);
    const flags: Record<string, string> = { spaceId: '--space-id', organizationId: '--organization-id' };
    expect(error.describe((option) => flags[option] ?? option)).toMatch(/^--space-id needs --organization-id: /);
    expect(optionErrorOf({ target: TARGET, apiKey: KEY, otherApiKey: KEY }).message).toBe(
      'otherApiKey must differ from apiKey',
    );
    expect(optionErrorOf({ target: TARGET, apiKey: KEY, timeoutMs: 0 }).message).toBe(
      'timeoutMs must be a positive integer, got 0',
    );
    expect(optionErrorOf({ target: 'ftp://example.com', apiKey: KEY }).option).toBe('target');
  });
});
