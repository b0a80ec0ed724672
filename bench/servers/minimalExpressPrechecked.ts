/**
 * Baseline for cold start: the minimal Express app (minimalExpressApp.ts), its validators compiled
 * by Ajv told that the schemas are already checked (the build validated the spec), so Ajv neither
 * compiles the meta-schema nor checks each schema against it: as fast as a hand-written app can
 * honestly compile them at start-up.
 */
import { ajvValidators, createBaselineStore } from './baselineStore.js';
import { listenMinimalExpress } from './minimalExpressApp.js';

listenMinimalExpress(createBaselineStore(ajvValidators(process.argv[3], { checkSchemas: false })));
