import { allRules } from './rules/index.js';
import { describeIndependentServerRuns, type IndependentServerCase } from './test-support/independentServerRuns.js';
import { INDEPENDENT_SWITCHES } from './test-support/independentServer/switches.js';

// A server written from the contract alone, sharing no code with the mock, in each of the ways a
// faithful server may differ from another (key order, null vs absent, extra members, timestamp
// precision, 429s, page sizes, refusals where the facts are silent, ...). The kit must find no
// fault in any of them without --strict. Each switch runs one seed here, rotating through 1-5; the
// default server and `everything` run in independentServerEverything.test.ts;
// `npm run conformance:independent` runs every switch on seeds 1-5 at the default --runs.
const ALONE = ['everything'];
// beyond-one-page (about 220 requests: it grows the account past the largest page) runs only
// against the switches that concern listings, names, ids or 429s.
const ACCOUNT_SIZE_SWITCHES = [
  'pageSizeSmall',
  'listOldestFirst',
  'listByName',
  'caseInsensitiveNames',
  'rateLimitSeconds',
  'slashyIds',
];
const withoutAccountSize = allRules.map((rule) => rule.id).filter((id) => id !== 'beyond-one-page');
// The switches of a real deployment's transport and formats run the rules they concern (the
// matrix script runs every rule against them).
const RULES_OF_SWITCH: Readonly<Record<string, readonly string[]>> = {
  gzip: ['read-back', 'list-and-pagination', 'response-conformance'],
  connectionClose: ['concurrent-requests', 'beyond-one-page'],
  latencyJitter: ['concurrent-requests'],
  sequentialIds: ['create', 'auth-and-isolation', 'malformed-id', 'concurrent-requests'],
  numericCursors: ['list-and-pagination', 'beyond-one-page'],
  problemTypeAboutBlank: ['non-empty', 'uniqueness', 'response-conformance'],
  problemTypeRelative: ['non-empty', 'uniqueness', 'response-conformance'],
  extraHeaders: ['read-back', 'response-conformance'],
  emptyScopingsAccountWide: ['replace-all', 'rejection-is-atomic', 'model-based'],
};
const cases: IndependentServerCase[] = Object.entries(INDEPENDENT_SWITCHES)
  .map(
    ([name, { options }], index): IndependentServerCase => [
      name,
      options,
      [(index % 5) + 1],
      RULES_OF_SWITCH[name] ?? (ACCOUNT_SIZE_SWITCHES.includes(name) ? undefined : withoutAccountSize),
    ],
  )
  .filter(([name]) => !ALONE.includes(name));

describeIndependentServerRuns('the kit against an independent server faithful to the contract', cases);
