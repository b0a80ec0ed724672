import { describeIndependentServerRuns } from './test-support/independentServerRuns.js';
import { INDEPENDENT_SWITCHES } from './test-support/independentServer/switches.js';

// A server written from the contract alone, sharing no code with the mock, in each of the ways a
// faithful server may differ from another (key order, null vs absent, extra members, timestamp
// precision, 429s, page sizes, refusals where the facts are silent, ...). The kit must find no
// fault in any of them without --strict. Here: the default server, and `everything` (the
// representation switches at once) on seeds 1-2; every switch alone is in
// independentServer.test.ts (a file of its own, so the two halves run side by side).
describeIndependentServerRuns(
  'the kit against an independent server faithful to the contract, all its representation switches at once',
  [
    ['default', {}, [1]],
    ['everything', INDEPENDENT_SWITCHES.everything!.options, [1, 2]],
  ],
);
