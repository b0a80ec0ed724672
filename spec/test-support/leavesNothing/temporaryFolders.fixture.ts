/** Asks for temporary folders everywhere a test file can: its top level, a hook, tests, and through brokenSpec. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenSpec, writeSpecText } from '../brokenSpec.js';
import { temporaryDir } from '../temporaryDir.js';

const fileLevel = temporaryDir('aic-fixture-file-');
writeFileSync(join(fileLevel, 'kept until the file has run'), '');
let hookLevel: string;
beforeAll(() => {
  hookLevel = temporaryDir('aic-fixture-hook-');
  brokenSpec((document) => {
    document.info.title = 'from a hook';
  });
});

describe('temporary folders', () => {
  let fromTest: string;
  it('are there for the test that asked for them', () => {
    fromTest = temporaryDir('aic-fixture-test-');
    writeFileSync(join(fromTest, 'file'), '');
    const spec = writeSpecText('openapi: 3.1.0\n');
    expect([fromTest, spec, fileLevel, hookLevel].map((path) => existsSync(path))).toEqual([true, true, true, true]);
  });

  it("are gone once their test has finished, the hook's and the file's still there", () => {
    expect([existsSync(fromTest), existsSync(fileLevel), existsSync(hookLevel)]).toEqual([false, true, true]);
  });
});
