/** The vitest entry point of the kit (kept apart so the CLI never loads vitest). */
export { defineConformanceSuite, type ConformanceSuiteOptions } from './defineConformanceSuite.js';
