import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenSpec } from '../spec/test-support/brokenSpec.js';
import { runAic } from './test-support/runAic.js';

const aic = (...args: string[]) => runAic(args);

describe('aic', () => {
  it('lists its commands with --help', async () => {
    const { code, stdout } = await aic('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: aic <command>/);
    expect(stdout).toMatch(/\n {2}rules +Print the contract rules/);
    expect(stdout).toMatch(/\n {2}-v, --version +print the version/);
  });

  it('prints the version of the package with --version and -v', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await aic(flag);
      expect(code).toBe(0);
      expect(stdout.trim()).toBe(version);
    }
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
});
