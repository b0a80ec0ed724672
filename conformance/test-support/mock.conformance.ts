import { inject } from 'vitest';
import { isEdition } from '../../spec/index.js';
import { defineConformanceSuite } from '../vitest/index.js';
import type {} from './mockGlobalSetup.js';
import { MOCK_SCOPING_IDS } from './mockTarget.js';

// `npm run conformance`: every rule against the in-process mock (started by mockGlobalSetup).
// Every bearer token is its own account on the mock, so two made-up keys give two accounts.
// AIC_EDITION=upper: the mock serves the upper edition and the kit speaks it (unset: the kit works it out).
const edition = process.env.AIC_EDITION;
defineConformanceSuite({
  name: 'AI integrations contract (in-process mock)',
  target: inject('baseUrl'),
  apiKey: 'conformance-primary-key',
  otherApiKey: 'conformance-other-key',
  ...MOCK_SCOPING_IDS,
  runs: Number(process.env.AIC_RUNS ?? 30),
  strict: process.env.AIC_STRICT !== '0',
  ...(process.env.AIC_SEED ? { seed: Number(process.env.AIC_SEED) } : {}),
  ...(isEdition(edition) ? { edition } : {}),
});
