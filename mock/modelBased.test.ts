import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { loadContract } from '../spec/index.js';
import { IntegrationStore, readMockRules } from './core/index.js';
import { coreApi } from './test-support/model/coreApi.js';
import { modelRules } from './test-support/model/contractModel.js';
import { httpApi } from './test-support/model/httpApi.js';
import { emptyModel, modelCommands } from './test-support/model/modelCommands.js';
import { startTestMock, type TestMock } from './test-support/startTestMock.js';

const contract = await loadContract();
const rules = modelRules(contract);

/**
 * Create, patch (valid and invalid), get, list and delete over two accounts, compared with a
 * simple model of the contract. Most runs call the store directly (fast); a second property
 * runs the same commands over HTTP, where every response is also checked against the spec.
 */
describe('the mock against a model of the contract', () => {
  it('store: 400 command sequences', async () => {
    const mockRules = readMockRules(contract);
    await fc.assert(
      fc.asyncProperty(modelCommands(rules, 30), (commands) =>
        fc.asyncModelRun(() => ({ model: emptyModel(), real: coreApi(new IntegrationStore(mockRules), { A: 'account-a', B: 'account-b' }) }), commands),
      ),
      { numRuns: 400 },
    );
  });

  let t: TestMock;
  beforeAll(async () => {
    t = await startTestMock();
  });
  afterAll(() => t.close());

  it('HTTP: 150 command sequences, every response checked against the spec', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(modelCommands(rules, 20), (commands) => {
        run += 1;
        // Fresh tokens are fresh accounts: every run starts from an empty state without a reset.
        return fc.asyncModelRun(() => ({ model: emptyModel(), real: httpApi(t, { A: `model-${run}-a`, B: `model-${run}-b` }) }), commands);
      }),
      { numRuns: 150 },
    );
  });
});
