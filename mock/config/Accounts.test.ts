import { describe, expect, it } from 'vitest';
import { loadContract } from '../../spec/index.js';
import { Accounts } from './Accounts.js';
import { MockConfigError } from './MockConfigError.js';

const validateUserId = (await loadContract()).schemaValidator('Base64Id');

describe('Accounts', () => {
  it('by default makes every non-empty token its own read-write account', () => {
    const accounts = Accounts.open();
    expect(accounts.authenticate('abc')).toEqual({ accountId: 'abc', role: 'read-write' });
    expect(accounts.authenticate('')).toBeUndefined();
  });

  it('with keys, knows only the listed ones', () => {
    const accounts = Accounts.closed(
      { keys: [{ key: 'k1-secret', account: 'acme', user: 'VXNlcjoxOm5OYkM=', role: 'read-only' }] },
      'keys',
      validateUserId,
    );
    expect(accounts.authenticate('k1-secret')).toEqual({
      accountId: 'acme',
      userId: 'VXNlcjoxOm5OYkM=',
      role: 'read-only',
    });
    expect(accounts.authenticate('k2')).toBeUndefined();
    expect(accounts.authenticate('__proto__')).toBeUndefined();
  });

  it('refuses a bad keys document without ever printing a key', () => {
    const attempt = () =>
      Accounts.closed(
        {
          keys: [
            { key: 'dup-secret', account: 'a' },
            { key: 'dup-secret', account: 'a' },
            { key: 'x y', account: '' },
            { key: 'k', account: 'a', user: 'not base64!', role: 'admin' },
          ],
        },
        'keys file k.json',
        validateUserId,
      );
    expect(attempt).toThrow(MockConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as MockConfigError).problems).toEqual([
        'keys[1].key is listed twice',
        'keys[2].key must be a non-empty string without spaces',
        'keys[2].account must be a non-empty string',
        'keys[3].user must be a base64 id such as VXNlcjoxOm5OYkM=',
        'keys[3].role must be "read-write" or "read-only"',
      ]);
      expect((error as Error).message).not.toContain('dup-secret');
    }
    expect(() => Accounts.closed({ keys: [] }, 'k', validateUserId)).toThrow(/non-empty "keys" list/);
  });
});
