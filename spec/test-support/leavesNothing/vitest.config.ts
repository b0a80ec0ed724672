import { defineConfig } from 'vitest/config';

/** Runs the fixture files of this folder alone (they are not tests of the project; see temporaryDir.test.ts). */
export default defineConfig({ test: { include: ['*.fixture.ts'], root: import.meta.dirname } });
