import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_CONTRACTS_PATHS, embeddedContractsSource } from './embeddedContractsSource.js';

describe('the contracts embedded in the msw entry', () => {
  it('are those of spec/openapi.yaml, in every edition (run `npm run generate` when this fails)', async () => {
    const expected = await embeddedContractsSource();
    expect(await readFile(EMBEDDED_CONTRACTS_PATHS.module, 'utf8')).toBe(expected.module);
    expect(await readFile(EMBEDDED_CONTRACTS_PATHS.declaration, 'utf8')).toBe(expected.declaration);
  });
});
