import { describe, expect, it } from 'vitest';
import { limitationsOf } from './limitations.js';

const none = { responses: 0, waitedMs: 0 };

describe('limitationsOf', () => {
  it('names the checks a second key would add, for the rules that ran only', () => {
    expect(
      limitationsOf({
        rules: ['auth-and-isolation', 'create', 'non-empty'],
        otherAccount: false,
        scopingIds: { organizationId: 'o' },
        rateLimited: none,
      }),
    ).toEqual([
      'No --other-api-key: the checks that need a second account were left out: isolation between accounts (auth-and-isolation); creating with a name taken in another account (create).',
    ]);
    expect(
      limitationsOf({ rules: ['auth-and-isolation'], otherAccount: true, scopingIds: {}, rateLimited: none }),
    ).toEqual([]);
  });

  it('says how the scopings checks are weaker without an organization, or without a space', () => {
    const rules = ['replace-all', 'omitted-unchanged'];
    expect(limitationsOf({ rules, otherAccount: true, scopingIds: {}, rateLimited: none })).toEqual([
      'No --organization-id or --space-id: every scoping sent was account-wide, so replace-all and omitted-unchanged checked scopings only weakly (a list of organization or space scopings was never replaced or kept, and scopings never held several distinct items).',
    ]);
    expect(
      limitationsOf({ rules, otherAccount: true, scopingIds: { organizationId: 'o' }, rateLimited: none }),
    ).toEqual([
      'No --space-id: the scopings sent named an organization but never a space, so replace-all and omitted-unchanged did not check space scopings.',
    ]);
    expect(
      limitationsOf({
        rules,
        otherAccount: true,
        scopingIds: { organizationId: 'o', spaceId: 's' },
        rateLimited: none,
      }),
    ).toEqual([]);
  });

  it('counts the 429s waited out, in the singular too', () => {
    expect(
      limitationsOf({ rules: [], otherAccount: false, scopingIds: {}, rateLimited: { responses: 1, waitedMs: 1250 } }),
    ).toEqual(['The target answered 429 (rate limited) 1 time: the kit waited 1.3 s in all and retried.']);
  });
});
