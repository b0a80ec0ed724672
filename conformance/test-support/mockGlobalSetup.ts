import type { TestProject } from 'vitest/node';
import { silentLogger, startMock } from '../../mock/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** vitest globalSetup: the project's mock on 127.0.0.1, a free port, empty; its URL provided as `baseUrl`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock({ port: 0, host: '127.0.0.1', fixtures: null, logger: silentLogger });
  project.provide('baseUrl', mock.url);
  return () => mock.close();
}
