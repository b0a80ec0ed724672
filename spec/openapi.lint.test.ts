import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEFAULT_SPEC_PATH, editionSource } from './document/loadContract.js';
import { brokenSpec, writeSpecText } from './test-support/brokenSpec.js';

const run = promisify(execFile);
const redocly = new URL('../node_modules/.bin/redocly', import.meta.url).pathname;

async function lint(path: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(redocly, ['lint', path, '--format', 'stylish'], {
      cwd: new URL('..', import.meta.url).pathname,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('the OpenAPI linter (Redocly, recommended ruleset)', () => {
  it('finds no error in spec/openapi.yaml', async () => {
    const { code, output } = await lint('spec/openapi.yaml');
    expect(output).not.toMatch(/\berror\b/i);
    expect(code).toBe(0);
  });

  it('finds no error in the upper edition derived from it', async () => {
    const path = writeSpecText(stringify(await editionSource(DEFAULT_SPEC_PATH, 'upper')));
    const { code, output } = await lint(path);
    expect(output).not.toMatch(/\berror\b/i);
    expect(code).toBe(0);
  });

  it('fails on an example that contradicts its schema', async () => {
    const path = brokenSpec((d) => {
      d.components.examples.AiIntegrationOpenAI.value.provider = 'openAi';
    });
    const { code, output } = await lint(path);
    expect(code).not.toBe(0);
    expect(output).toMatch(/provider/);
  });
});
