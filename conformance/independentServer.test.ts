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
// against the switches that concern listings, names, ids, 429s or the connection.
const ACCOUNT_SIZE_SWITCHES = ['pageSizeSmall', 'listOldestFirst', 'listByName', 'caseInsensitiveNames', 'rateLimitSeconds', 'slashyIds', 'gzip', 'connectionClose', 'latencyJitter', 'sequentialIds', 'numericCursors'];
const withoutAccountSize = allRules.map((rule) => rule.id).filter((id) => id !== 'beyond-one-page');
const cases: IndependentServerCase[] = Object.entries(INDEPENDENT_SWITCHES)
  .map(([name, { options }], index): IndependentServerCase => [name, options, [(index % 5) + 1], ACCOUNT_SIZE_SWITCHES.includes(name) ? undefined : withoutAccountSize])
  .filter(([name]) => !ALONE.includes(name));

describeIndependentServerRuns('the kit against an independent server faithful to the contract', cases);
