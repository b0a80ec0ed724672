import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDir } from '../test-support/temporaryDir.js';
import { ContractLoadError } from '../ContractLoadError.js';
import { DEFAULT_SPEC_PATH, prepareContract, readContract } from './loadContract.js';
import { preparedPathFor } from './preparedContract.js';

function specCopy(): string {
  const path = join(temporaryDir('aic-prepared-'), 'openapi.yaml');
  copyFileSync(DEFAULT_SPEC_PATH, path);
  return path;
}

describe('a prepared contract', () => {
  it('is written beside the spec and loads to the same operations, rules and problem types', async () => {
    const path = specCopy();
    const fresh = await readContract(path);
    const freshUpper = await readContract(path, { edition: 'upper' });
    expect(await prepareContract(path)).toEqual([preparedPathFor(path), preparedPathFor(path, 'upper')]);
    expect(existsSync(preparedPathFor(path))).toBe(true);
    const prepared = await readContract(path);
    expect(prepared.dereferenced).toEqual(fresh.dereferenced);
    expect(prepared.rules).toEqual(fresh.rules);
    expect([...prepared.problemTypes]).toEqual([...fresh.problemTypes]);
    const update = prepared.operation('update').requestBody!;
    expect(update.validate({})).toEqual([{ pointer: '/body', message: 'must have at least one property' }]);
    // Each edition has its own snapshot; asking for one never yields the other.
    const upper = await readContract(path, { edition: 'upper' });
    expect(upper.edition).toBe('upper');
    expect(upper.dereferenced).toEqual(freshUpper.dereferenced);
    expect((await readContract(path, { edition: 'camel' })).dereferenced).toEqual(fresh.dereferenced);
  });

  it('is ignored once the spec text changes, so an edit is never hidden by a stale snapshot', async () => {
    const path = specCopy();
    await prepareContract(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('openapi: 3.1.0', 'openapi: 3.0.3'));
    const error = await readContract(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractLoadError);
    expect((error as ContractLoadError).problems).toContain('declares openapi "3.0.3"; this project needs 3.1.x');
  });

  it('is not written for a broken spec', async () => {
    const path = specCopy();
    writeFileSync(path, readFileSync(path, 'utf8').replace('jsonSchemaDialect', 'jsonSchemaDialectX'));
    await expect(prepareContract(path)).rejects.toBeInstanceOf(ContractLoadError);
    expect(existsSync(preparedPathFor(path))).toBe(false);
  });
});
