/**
 * Reference: the minimal Express app (minimalExpressApp.ts) served the way the mock is, its
 * requests and responses made with the app's prototypes (mock/http/appMessageClasses.ts), so the
 * report shows how much of the mock's lead that alone makes.
 */
import { ajvValidators, createBaselineStore } from './baselineStore.js';
import { listenMinimalExpress } from './minimalExpressApp.js';

listenMinimalExpress(createBaselineStore(ajvValidators(process.argv[3], { checkSchemas: true })), {
  appPrototypes: true,
});
