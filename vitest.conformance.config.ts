import { defineConfig } from 'vitest/config';

// `npm run conformance`: the conformance kit's rules as a vitest suite against the in-process mock.
// Teams run the same rules against their server with defineConformanceSuite (conformance/vitest).
export default defineConfig({
  test: {
    include: ['conformance/test-support/*.conformance.ts'],
    globalSetup: ['conformance/test-support/mockGlobalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
