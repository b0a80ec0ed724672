import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEFAULT_SPEC_PATH, EDITIONS, loadContract, type Contract, type Edition } from '../spec/index.js';
import { IntegrationStore, readMockRules } from './core/index.js';
import { coreApi } from './test-support/model/coreApi.js';
import { httpApi } from './test-support/model/httpApi.js';
import { modelCommands } from './test-support/model/modelCommands.js';
import { emptyModel } from './test-support/model/modelState.js';
import { startTestMock, type TestMock } from './test-support/startTestMock.js';

/**
 * Create and patch (valid, breaking a rule, or schema-invalid such as a null in a create field or
 * a value spelled as the other edition spells it), get, list and delete over two accounts, judged
 * by spec/contractModel (the one oracle, shared with the conformance kit): the status it predicts
 * (400, 409, 422 or success), every field of every reply equal to the model's with lists in order
 * and nothing undeclared, ids and created_at kept, updated_at equal to created_at on create and
 * strictly forward on each PATCH, lists newest first across pages. Most runs call the store
 * directly (fast); a second property runs the same commands over HTTP, where every response is
 * also checked against the spec and the mock's decisions. Each edition gets its own runs (the
 * default edition most of them: the code is the same, only the spelling differs).
 */
const RUNS: Record<Edition, { store: number; http: number }> = {
  camel: { store: 320, http: 130 },
  upper: { store: 80, http: 20 },
};

describe.each(EDITIONS)('the mock against a model of the contract, %s edition', (edition) => {
  let contract: Contract;
  let t: TestMock;
  beforeAll(async () => {
    contract = await loadContract(DEFAULT_SPEC_PATH, { edition });
    t = await startTestMock({ edition });
  });
  afterAll(() => t.close());

  it(`store: ${RUNS[edition].store} command sequences`, async () => {
    const mockRules = readMockRules(contract);
    await fc.assert(
      fc.asyncProperty(modelCommands(contract, 30), (commands) =>
        fc.asyncModelRun(
          () => ({
            model: emptyModel(),
            real: coreApi(new IntegrationStore(mockRules), { A: 'account-a', B: 'account-b' }),
          }),
          commands,
        ),
      ),
      { numRuns: RUNS[edition].store },
    );
  });

  it(`HTTP: ${RUNS[edition].http} command sequences, every response checked against the spec`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(modelCommands(contract, 20), (commands) => {
        run += 1;
        // Fresh tokens are fresh accounts: every run starts from an empty state without a reset.
        return fc.asyncModelRun(
          () => ({ model: emptyModel(), real: httpApi(t, { A: `model-${run}-a`, B: `model-${run}-b` }) }),
          commands,
        );
      }),
      { numRuns: RUNS[edition].http },
    );
  });
});
