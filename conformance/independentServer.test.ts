import { describeIndependentServerRuns, type IndependentServerCase } from './test-support/independentServerRuns.js';
import { INDEPENDENT_SWITCHES } from './test-support/independentServer/switches.js';

// A server written from the contract alone, sharing no code with the mock, in each of the ways a
// faithful server may differ from another (key order, null vs absent, extra members, timestamp
// precision, 429s, page sizes, refusals where the facts are silent, ...). The kit must find no
// fault in any of them without --strict. Each switch runs one seed here, rotating through 1-5; the
// default server and `everything` run in independentServerEverything.test.ts;
// `npm run conformance:independent` runs every switch on seeds 1-5 at the default --runs.
const ALONE = ['everything'];
const cases: IndependentServerCase[] = Object.entries(INDEPENDENT_SWITCHES)
  .map(([name, { options }], index): IndependentServerCase => [name, options, [(index % 5) + 1]])
  .filter(([name]) => !ALONE.includes(name));

describeIndependentServerRuns('the kit against an independent server faithful to the contract', cases);
