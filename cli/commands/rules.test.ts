import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type Contract } from '../../spec/index.js';
import { runAic } from '../test-support/runAic.js';

// Runs the built CLI (dist/): `npm test` builds first.
let camel: Contract;
let upper: Contract;
beforeAll(async () => {
  [camel, upper] = await Promise.all([
    loadContract(undefined, { edition: 'camel' }),
    loadContract(undefined, { edition: 'upper' }),
  ]);
});

describe('aic rules', () => {
  it('prints the rules for a terminal: grouped by operation, each under its own, wrapped to 80 columns when piped', async () => {
    const { code, stdout } = await runAic(['rules']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    for (const operation of camel.operations.values()) {
      if (operation.rules.length === 0) continue;
      const heading = lines.indexOf(`${operation.method.toUpperCase()} ${operation.path}  (${operation.operationId})`);
      expect(heading).toBeGreaterThanOrEqual(0);
      const next = lines.findIndex((line, i) => i > heading && /^[A-Z]+ \//.test(line));
      const section = lines.slice(heading, next === -1 ? undefined : next).join('\n');
      for (const rule of operation.rules) expect(section).toContain(`  ${rule.id} · ${rule.origin}`);
    }
  });

  it('prints the markdown table of the upper edition with --markdown --edition upper: its operation ids and spellings', async () => {
    const { code, stdout } = await runAic(['rules', '--markdown', '--edition', 'upper']);
    expect(code).toBe(0);
    expect(stdout).toContain(`(\`${upper.operation('update').operationId}\`)`);
    expect(stdout).not.toContain(`(\`${camel.operation('update').operationId}\`)`);
    expect(stdout).toContain('Edition: **upper**');
  });

  it('prints the rules as JSON with their params spelled as the edition asked for (flag or AIC_EDITION) spells them', async () => {
    const json = async (args: string[], env: NodeJS.ProcessEnv = process.env) => {
      const { code, stdout } = await runAic(['rules', '--json', ...args], { env });
      expect(code).toBe(0);
      const rules = JSON.parse(stdout) as Array<{ id: string; params: Record<string, unknown> }>;
      return rules.find((r) => r.id === 'provider-consistency')!.params.requiredMetadataKind;
    };
    const upperKinds = upper.rule('provider-consistency').params.requiredMetadataKind;
    expect(await json(['--edition', 'upper'])).toEqual(upperKinds);
    expect(await json([], { ...process.env, AIC_EDITION: 'upper' })).toEqual(upperKinds);
    expect(await json([], { ...process.env, AIC_EDITION: '' })).toEqual(
      camel.rule('provider-consistency').params.requiredMetadataKind,
    );
    expect(upperKinds).not.toEqual(camel.rule('provider-consistency').params.requiredMetadataKind);
  });

  it('exits 2 on an edition that does not exist', async () => {
    const { code, stderr } = await runAic(['rules', '--edition', 'lower']);
    expect(code).toBe(2);
    expect(stderr).toContain('--edition must be one of camel, upper (got "lower")');
  });
});
