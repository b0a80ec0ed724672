import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC_PATH } from '../../spec/index.js';
import { runAic } from '../test-support/runAic.js';

// Runs the built CLI (dist/): `npm test` builds first. The git case runs in a repository made here.
const git = (cwd: string, ...args: string[]) => promisify(execFile)('git', args, { cwd });
let repo: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'aic-diff-cli-'));
  const spec = await readFile(DEFAULT_SPEC_PATH, 'utf8');
  await writeFile(join(repo, 'openapi.yaml'), spec);
  await git(repo, 'init', '-q');
  await git(
    repo,
    '-c',
    'user.name=aic',
    '-c',
    'user.email=aic@example.invalid',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'empty',
  );
  await git(repo, 'add', 'openapi.yaml');
  await git(repo, '-c', 'user.name=aic', '-c', 'user.email=aic@example.invalid', 'commit', '-q', '-m', 'spec');
  // The working copy makes model_names nullable in the update body.
  const nullable = spec.replace(
    /(UpdateAiIntegrationRequest:[\s\S]*?model_names:\n\s+type:) array/,
    "$1 [array, 'null']",
  );
  expect(nullable).not.toBe(spec);
  await writeFile(join(repo, 'openapi.yaml'), nullable);
});
afterAll(() => rm(repo, { recursive: true, force: true }));

const aicIn = async (cwd: string, args: string[]) => {
  const AIC = new URL('../../dist/cli/aic.js', import.meta.url).pathname;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [AIC, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('aic diff', () => {
  it('compares a git object with a file and fails CI on a breaking change with --fail-on breaking', async () => {
    const { code, stdout } = await aicIn(repo, [
      'diff',
      'HEAD:openapi.yaml',
      'openapi.yaml',
      '--json',
      '--fail-on',
      'breaking',
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      old: string;
      summary: Record<string, number>;
      changes: Array<{ kind: string; clients: string; servers: string }>;
    };
    expect(report.old).toBe('HEAD:openapi.yaml');
    expect(report.summary).toEqual({ breakingForClients: 0, breakingForServers: 1, compatible: 0 });
    expect(report.changes).toEqual([
      expect.objectContaining({ kind: 'schema', clients: 'compatible', servers: 'breaking' }),
    ]);
  });

  it('exits 2 with a readable message on a spec that is neither a file nor a git object, or on one argument', async () => {
    const missing = await runAic(['diff', 'no-such-ref:spec.yaml', DEFAULT_SPEC_PATH]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-ref:spec.yaml: neither a file nor a git object');
    const one = await runAic(['diff', DEFAULT_SPEC_PATH]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('expects two specs, OLD and NEW (got 1)');
  });
});
