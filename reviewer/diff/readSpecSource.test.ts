import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDir } from '../../spec/test-support/temporaryDir.js';
import { readSpecSource, SpecSourceError } from './readSpecSource.js';

describe('readSpecSource', () => {
  it('reads a git object, and never hands an argument that starts with - to git as an option', async () => {
    const spec = await readSpecSource('HEAD:spec/openapi.yaml');
    expect(spec.text).toContain('openapi: 3.1');
    const written = join(temporaryDir('aic-spec-source-'), 'out');
    await expect(readSpecSource(`--output=${written}:x`)).rejects.toBeInstanceOf(SpecSourceError);
    expect(existsSync(`${written}:x`)).toBe(false);
  });
});
