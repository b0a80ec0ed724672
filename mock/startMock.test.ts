import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContract } from '../spec/index.js';
import { MockOptionsConflict, silentLogger, startMock } from './index.js';

const DIST_MOCK = new URL('../dist/mock/index.js', import.meta.url).href;

describe('startMock', () => {
  it('listens on a free port, serves the demo by default, and closes', async () => {
    const lines: string[] = [];
    const mock = await startMock({ port: 0, logger: { info: (l) => lines.push(l), error: (l) => lines.push(l) } });
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    const reply = await fetch(`${mock.url}/v2/ai-integrations`, {
      headers: { authorization: 'Bearer aic-demo-token' },
    });
    expect(((await reply.json()) as { ai_integrations: unknown[] }).ai_integrations.length).toBeGreaterThan(3);
    await mock.close();
    await expect(fetch(`${mock.url}/v2/ai-integrations`)).rejects.toThrow();
    expect(lines).toHaveLength(1);
  });

  it('refuses the store and stateFile options together, naming the options, before opening either', async () => {
    const starting = startMock({
      port: 0,
      logger: silentLogger,
      store: 'redis://127.0.0.1:1/0',
      stateFile: '/nonexistent/state.json',
    });
    await expect(starting).rejects.toThrow(MockOptionsConflict);
    await expect(starting).rejects.toThrow('The stateFile and store options: choose one');
  });

  it('serves its own spec, in the edition it speaks, as YAML and JSON at /__admin/openapi.*', async () => {
    const mock = await startMock({ port: 0, edition: 'upper', logger: silentLogger });
    try {
      const served = (await loadContract(undefined, { edition: 'upper' })).document;
      const yaml = await fetch(`${mock.url}/__admin/openapi.yaml`);
      const text = await yaml.text();
      expect([yaml.status, yaml.headers.get('content-type'), text.startsWith('openapi: ')]).toEqual([
        200,
        'application/yaml; charset=utf-8',
        true,
      ]);
      expect(parse(text)).toEqual(served);
      expect(await (await fetch(`${mock.url}/__admin/openapi.json`)).json()).toEqual(served);
    } finally {
      await mock.close();
    }
  });

  it('keeps prism-http (and every other heavy validator) off the start-up path', async () => {
    // A fresh process: vitest's own process has loaded prism for checkResponse.
    const script = `
      import { createRequire } from 'node:module';
      const { startMock, silentLogger } = await import(${JSON.stringify(DIST_MOCK)});
      const mock = await startMock({ port: 0, logger: silentLogger });
      await fetch(mock.url + '/v2/ai-integrations', { headers: { authorization: 'Bearer t' } });
      await mock.close();
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ total: loaded.length, heavy: loaded.filter((p) => /@stoplight|prism|faker/.test(p)) }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    const { total, heavy } = JSON.parse(stdout) as { total: number; heavy: string[] };
    expect(total).toBeGreaterThan(20); // the CommonJS cache is really observed (express is in it)
    expect(heavy).toEqual([]);
  });
});
