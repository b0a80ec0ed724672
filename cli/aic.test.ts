import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenSpec } from '../spec/test-support/brokenSpec.js';
import { temporaryDir } from '../spec/test-support/temporaryDir.js';
import { runAic } from './test-support/runAic.js';

const aic = (...args: string[]) => runAic(args);
const withoutColourSettings = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS'].includes(name)),
  );

describe('aic', () => {
  it('lists its commands with --help', async () => {
    const { code, stdout } = await aic('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: aic <command>/);
    expect(stdout).toMatch(/\n {2}rules +Print the contract rules/);
    expect(stdout).toMatch(/\n {2}-v, --version +print the version/);
  });

  it('prints the version of the package with --version and -v', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await aic(flag);
      expect(code).toBe(0);
      expect(stdout.trim()).toBe(version);
    }
  });

  it('prints the version after a command too, before reading its options', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const args of [
      ['mock', '--version'],
      ['conform', '--target', 'http://127.0.0.1:1', '--version'],
    ]) {
      const { code, stdout } = await aic(...args);
      expect([code, stdout.trim()], args.join(' ')).toEqual([0, version]);
    }
  });

  it('suggests the option meant for a mistyped one, in colour only where colour is asked for', async () => {
    const plain = await runAic(['conform', '--taget', 'http://127.0.0.1:1'], { env: withoutColourSettings() });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe(
      `aic conform: Unknown option '--taget': did you mean --target?\nRun "aic conform --help" for usage.\n`,
    );
    const forced = await runAic(['conform', '--taget', 'x'], { env: { ...withoutColourSettings(), FORCE_COLOR: '1' } });
    expect(forced.stderr).toBe(
      `\u001b[31maic conform:\u001b[39m Unknown option '--taget': did you mean --target?\nRun "aic conform --help" for usage.\n`,
    );
    const refused = await runAic(['conform', '--taget', 'x'], { env: { ...withoutColourSettings(), NO_COLOR: '1' } });
    expect(refused.stderr).toBe(plain.stderr);
  });

  it('exits 2 with the list of commands on an unknown command', async () => {
    const { code, stderr } = await aic('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  it('prints the rules of the spec as JSON', async () => {
    const { code, stdout } = await aic('rules', '--json');
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as Array<{ id: string; status: number }>;
    expect(rules.find((r) => r.id === 'name-unique')?.status).toBe(409);
  });

  it('exits 2 with a readable message, not a stack trace, on a broken spec', async () => {
    const path = brokenSpec((d) => {
      d.openapi = '3.0.0';
    });
    const { code, stderr } = await aic('rules', '--spec', path);
    expect(code).toBe(2);
    expect(stderr).toContain('declares openapi "3.0.0"; this project needs 3.1.x');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown option', async () => {
    const { code, stderr } = await aic('rules', '--colour');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--colour'");
  });

  it('says when it builds on first use through npx, and builds nothing more when dist/ is there', async () => {
    // npx runs the project's own bin by installing the project into its cache as a link, which runs
    // `prepare` with its output hidden: that was the silent build of the first `npx aic`.
    const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: { prepare: string };
    };
    expect(scripts.prepare).toBe('node scripts/prepare.mjs');
    const prepareScript = fileURLToPath(new URL('../scripts/prepare.mjs', import.meta.url));
    const tools = temporaryDir('aic-prepare-');
    writeFileSync(join(tools, 'npm'), '#!/bin/sh\necho "fake npm $*"\n');
    chmodSync(join(tools, 'npm'), 0o755);
    const prepare = (cwd: string, npmCommand: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        // detached: no controlling terminal, so nothing is written to the developer's /dev/tty.
        const child = spawn(process.execPath, [prepareScript], {
          cwd,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, PATH: `${tools}:${process.env.PATH}`, npm_command: npmCommand },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
      });
    const fresh = temporaryDir('aic-clone-');
    expect(await prepare(fresh, 'exec')).toEqual({
      code: 0,
      stdout: 'fake npm run build\n',
      stderr: 'aic: building dist/ before its first run through npx (npm run build, about 10 s)\n',
    });
    expect(await prepare(fresh, 'ci')).toEqual({
      code: 0,
      stdout: 'fake npm run build\n',
      stderr: 'aic: building dist/ (npm run build, about 10 s)\n',
    });
    const built = temporaryDir('aic-built-');
    mkdirSync(join(built, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(built, 'dist', 'cli', 'aic.js'), '');
    expect(await prepare(built, 'exec')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await prepare(built, 'install')).stdout).toBe('fake npm run build\n');
  });
});
