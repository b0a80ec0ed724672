/**
 * The msw entry in a browser bundle: esbuild, for the browser platform, resolves everything it
 * imports, so a node: module anywhere below it fails the bundle. What comes along is only what
 * serving needs: no YAML parser, no OpenAPI validator, no Prism, no Express, no test tool; and
 * the entry's own code uses no global of Node's (Buffer).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, MSW_ENTRY } from './test-support/bundleForBrowser.js';

describe('ai-integrations-contract/msw in a browser bundle', () => {
  it('bundles for the browser with no node: module, none of the Node-only packages and no global Buffer', async () => {
    const bundle = await bundleForBrowser(MSW_ENTRY).catch(
      (error: { errors?: Array<{ text: string; location?: { file: string } }> }) => {
        throw new Error(
          `esbuild could not bundle it for a browser:\n${(error.errors ?? []).map((e) => `  ${e.location?.file ?? ''}: ${e.text}`).join('\n') || String(error)}`,
        );
      },
    );
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
    const packages = new Set(
      inputs.map((input) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(input)?.[1]).filter(Boolean),
    );
    for (const nodeOnly of [
      'yaml',
      '@apidevtools/swagger-parser',
      '@stoplight/prism-http',
      'express',
      'fast-check',
      'vitest',
      'esbuild',
      '@arizeai/ax-client',
    ]) {
      expect(packages, nodeOnly).not.toContain(nodeOnly);
    }
    expect([...packages].sort()).toEqual(expect.arrayContaining(['ajv', 'ajv-formats', 'msw']));
    // Nor Node's global Buffer, which browsers do not have (ArrayBuffer and arrayBuffer() are web APIs).
    expect(readFileSync(MSW_ENTRY, 'utf8').match(/(?<![\w$.])Buffer\b/g) ?? []).toEqual([]);
    // Both editions' contracts are embedded: nothing is read at run time.
    expect(bundle.text).toMatch(/"x-edition": ?"upper"/);
    expect(bundle.text).toMatch(/"x-edition": ?"camel"/);
  });
});
