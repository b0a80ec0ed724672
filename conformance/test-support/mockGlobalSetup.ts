import type { TestProject } from 'vitest/node';
import { silentLogger, startMock } from '../../mock/index.js';
import { isEdition } from '../../spec/index.js';
import { startBrokenProxy } from './brokenProxy.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * vitest globalSetup: the project's mock on 127.0.0.1, a free port, empty; its URL provided as
 * `baseUrl`. It serves the edition AIC_EDITION names (default: the spec's). With AIC_BROKEN_VARIANT
 * set (the kit's own tests), a broken proxy stands in front.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const edition = process.env.AIC_EDITION || undefined;
  if (edition !== undefined && !isEdition(edition))
    throw new Error(`AIC_EDITION must be camel or upper, got "${edition}"`);
  const mock = await startMock({
    port: 0,
    host: '127.0.0.1',
    fixtures: null,
    logger: silentLogger,
    ...(edition === undefined ? {} : { edition }),
  });
  const variant = process.env.AIC_BROKEN_VARIANT;
  const proxy = variant ? await startBrokenProxy(mock.url, variant) : undefined;
  project.provide('baseUrl', proxy?.url ?? mock.url);
  return async () => {
    await proxy?.close();
    await mock.close();
  };
}
