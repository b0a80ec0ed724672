import { describe, expect, it } from 'vitest';
import { HISTORY_ACCOUNTS, HISTORY_PER_ACCOUNT, HISTORY_TOTAL, REDACTED, RequestHistory } from './requestHistory.js';

describe('RequestHistory', () => {
  it('keeps the accounts most recently heard from, at most HISTORY_ACCOUNTS of them', () => {
    const history = new RequestHistory(new Set(['api_key']), () => 0);
    const heard = (account: string) => history.record(account, { method: 'GET', path: '/', status: 200 });
    for (let i = 0; i <= HISTORY_ACCOUNTS; i += 1) heard(`account-${i}`);
    expect(history.of('account-0')).toEqual([]);
    heard('account-1');
    heard('one-more');
    expect(history.of('account-1')).toHaveLength(2);
    expect(history.of('account-2')).toEqual([]);
    expect(history.all()).toHaveLength(HISTORY_ACCOUNTS + 1);
  });

  it('keeps at most HISTORY_TOTAL requests in all, taken first from the accounts least recently heard from', () => {
    const history = new RequestHistory(new Set(['api_key']), () => 0);
    const accounts = Math.ceil(HISTORY_TOTAL / HISTORY_PER_ACCOUNT) + 5;
    for (let a = 0; a < accounts; a += 1)
      for (let r = 0; r < HISTORY_PER_ACCOUNT; r += 1)
        history.record(`account-${a}`, { method: 'GET', path: `/${r}`, status: 200 });
    expect(history.all()).toHaveLength(HISTORY_TOTAL);
    expect(history.of(`account-${accounts - 1}`)).toHaveLength(HISTORY_PER_ACCOUNT);
    expect(history.of('account-0')).toEqual([]);
    history.clear(`account-${accounts - 1}`);
    history.record('late', { method: 'GET', path: '/', status: 200 });
    expect(history.all()).toHaveLength(HISTORY_TOTAL - HISTORY_PER_ACCOUNT + 1);
  });

  it('redacts a secret field, keeps its null, and omits a body too large or too deep to keep', () => {
    const history = new RequestHistory(new Set(['api_key']), () => 0);
    history.record('a', { method: 'PATCH', path: '/p', status: 200, body: { api_key: null } });
    history.record('a', { method: 'POST', path: '/p', status: 201, body: { api_key: 'sk-1', name: 'n' } });
    history.record('a', { method: 'POST', path: '/p', status: 413, body: { name: 'x'.repeat(20_000) } });
    let deep: unknown = {};
    for (let i = 0; i < 20_000; i += 1) deep = { deep };
    history.record('a', { method: 'POST', path: '/p', status: 400, body: deep });
    expect(history.of('a').map((r) => r.body ?? r.bodyOmitted)).toEqual([
      'nested too deeply to keep',
      expect.stringMatching(/^\d+ bytes, more than the 16384 kept$/),
      { api_key: REDACTED, name: 'n' },
      { api_key: null },
    ]);
  });
});
