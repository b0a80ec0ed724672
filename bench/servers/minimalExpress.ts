/** Baseline: the minimal Express app (minimalExpressApp.ts), its validators compiled by Ajv with its defaults. */
import { ajvValidators, createBaselineStore } from './baselineStore.js';
import { listenMinimalExpress } from './minimalExpressApp.js';

listenMinimalExpress(createBaselineStore(ajvValidators(process.argv[3], { checkSchemas: true })));
