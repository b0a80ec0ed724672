import type { ScopingIds } from '../RuleContext.js';
import { plural } from './plural.js';

/** What a run knew about itself when it ended: the inputs of `limitationsOf`. */
export interface LimitationInputs {
  /** Ids of the rules that ran. */
  readonly rules: readonly string[];
  /** Whether a second account's key was given. */
  readonly otherAccount: boolean;
  readonly scopingIds: ScopingIds;
  readonly rateLimited: { readonly responses: number; readonly waitedMs: number };
}

/** The parts of rules that need a second account, in words. */
const NEEDS_OTHER_ACCOUNT: ReadonlyArray<readonly [rule: string, part: string]> = [
  ['auth-and-isolation', 'isolation between accounts (auth-and-isolation)'],
  ['uniqueness', 'renaming to a name taken in another account (uniqueness)'],
  ['create', 'creating with a name taken in another account (create)'],
];
/** Rules whose scopings checks are weaker when every scoping sent is account-wide. */
const SCOPING_RULES = ['replace-all', 'omitted-unchanged'];

/**
 * What the run could not check, or checked only weakly, as plain sentences for every report: no
 * second key, no real scoping ids, and the 429s it had to wait out. Rules add their own notes beside.
 */
export function limitationsOf(run: LimitationInputs): string[] {
  const limitations: string[] = [];
  const ran = new Set(run.rules);
  const otherAccountParts = NEEDS_OTHER_ACCOUNT.filter(([rule]) => ran.has(rule)).map(([, part]) => part);
  if (!run.otherAccount && otherAccountParts.length > 0) {
    limitations.push(
      `No --other-api-key: the checks that need a second account were left out: ${otherAccountParts.join('; ')}.`,
    );
  }
  const scopingRules = SCOPING_RULES.filter((rule) => ran.has(rule));
  if (scopingRules.length > 0 && run.scopingIds.organizationId === undefined) {
    limitations.push(
      `No --organization-id or --space-id: every scoping sent was account-wide, so ${scopingRules.join(' and ')} checked scopings only weakly ` +
        `(a list of organization or space scopings was never replaced or kept${ran.has('replace-all') ? ', and scopings never held several distinct items' : ''}).`,
    );
  } else if (scopingRules.length > 0 && run.scopingIds.spaceId === undefined) {
    limitations.push(
      `No --space-id: the scopings sent named an organization but never a space, so ${scopingRules.join(' and ')} did not check space scopings.`,
    );
  }
  const { responses, waitedMs } = run.rateLimited;
  if (responses > 0) {
    limitations.push(
      `The target answered 429 (rate limited) ${plural(responses, 'time')}: the kit waited ${(waitedMs / 1000).toFixed(1)} s in all and retried.`,
    );
  }
  return limitations;
}
