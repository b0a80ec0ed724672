/**
 * Baseline for cold start: the minimal Express app (minimalExpressApp.ts), its validators those of
 * the project's own loader (spec/document/loadContract.ts: the build's prepared snapshot and its validators
 * as standalone code, so nothing is compiled at start-up), as the first baseline of the mock's cold
 * start did. It imports the loader's module directly, not spec/index.js.
 */
import { isEdition } from '../../spec/editions/editions.js';
import { loadContract } from '../../spec/document/loadContract.js';
import { createBaselineStore, type Check } from './baselineStore.js';
import { listenMinimalExpress } from './minimalExpressApp.js';

const edition = process.argv[3];
const contract = await loadContract(undefined, isEdition(edition) ? { edition } : {});
const check =
  (validate: (value: unknown) => readonly unknown[]): Check =>
  (value) => {
    const issues = validate(value);
    return issues.length > 0 ? issues : undefined;
  };
listenMinimalExpress(
  createBaselineStore({
    itemParameters: check(contract.operation('get').validateParameters),
    listParameters: check(contract.operation('list').validateParameters),
    create: check(contract.operation('create').requestBody!.validate),
    update: check(contract.operation('update').requestBody!.validate),
  }),
);
