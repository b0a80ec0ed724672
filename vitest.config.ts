import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    // Most files run a server and its client in one process: two workers keep both cores busy
    // (the default on a 2-core machine is one).
    maxWorkers: 2,
  },
});
