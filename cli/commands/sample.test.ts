import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { invalidRequestProblems } from '../../generators/test-support/assertArbitrary.js';
import type { InvalidRequest } from '../../generators/index.js';
import { loadContract, type Contract } from '../../spec/index.js';
import { runAic } from '../test-support/runAic.js';

// Runs the built CLI (dist/): `npm test` builds first.
let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('aic sample', () => {
  it('ends quietly, exit 0, when its reader closes early (| head -1)', async () => {
    const child = spawn(
      process.execPath,
      [
        new URL('../../dist/cli/aic.js', import.meta.url).pathname,
        'sample',
        'update',
        '--valid',
        '-n',
        '3000',
        '--seed',
        '1',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().split('\n')[0]!)),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(firstLine)).toBeTypeOf('object');
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });

  it('prints valid update bodies, one per line, the same for the same seed', async () => {
    const first = await runAic(['sample', 'update', '--valid', '-n', '12', '--seed', '7']);
    expect(first.code).toBe(0);
    const bodies = lines(first.stdout);
    expect(bodies).toHaveLength(12);
    for (const body of bodies) expect(contract.operation('update').requestBody!.validate(body)).toEqual([]);
    expect((await runAic(['sample', 'update', '--valid', '-n', '12', '--seed', '7'])).stdout).toBe(first.stdout);
  });

  it('prints labelled invalid requests whose body is the text to send', async () => {
    const result = await runAic(['sample', 'update', '--invalid', '-n', '60', '--seed', '3']);
    expect(result.code).toBe(0);
    const requests = lines(result.stdout);
    expect(requests).toHaveLength(60);
    for (const line of requests) {
      expect(typeof line.body).toBe('string');
      let value: unknown;
      let parsed = true;
      try {
        value = JSON.parse(line.body as string);
      } catch {
        parsed = false;
      }
      const request = { ...line, text: line.body, ...(parsed ? { value } : {}) } as unknown as InvalidRequest;
      expect(invalidRequestProblems(contract, request)).toEqual([]);
    }
  });

  it('keeps to the families asked for', async () => {
    const result = await runAic([
      'sample',
      'update',
      '--invalid',
      '--family',
      'malformed-json',
      '--family',
      'empty-body',
      '-n',
      '10',
      '--seed',
      '1',
    ]);
    expect(new Set(lines(result.stdout).map((l) => l.family))).toEqual(new Set(['malformed-json', 'empty-body']));
  });

  it('prints valid create bodies and tells the seed it picked', async () => {
    const result = await runAic(['sample', 'create', '-n', '5']);
    expect(result.code).toBe(0);
    for (const body of lines(result.stdout))
      expect(contract.operation('create').requestBody!.validate(body)).toEqual([]);
    expect(result.stderr).toMatch(/seed -?\d+/);
  });

  it.each([
    [[], /update --valid/],
    [['update'], /needs --valid or --invalid/],
    [['update', '--valid', '--invalid'], /not both/],
    [['delete', '--valid'], /unknown body "delete"/],
    [['create', '--invalid'], /valid bodies only/],
    [['update', '--valid', '-n', '0'], /--count must be between 1 and 10000/],
    [['update', '--valid', '--seed', 'abc'], /--seed must be an integer/],
    [['update', '--invalid', '--family', 'nope'], /unknown family "nope"/],
    [['update', '--valid', '--bogus'], /bogus/],
  ])('exits 2 with a readable message on bad usage: %j', async (args, message) => {
    const result = await runAic(['sample', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  describe('--edition upper', () => {
    let upper: Contract;
    beforeAll(async () => {
      upper = await loadContract(undefined, { edition: 'upper' });
    });
    const spellingsOf = (c: Contract, field: 'provider' | 'auth_type' | 'kind') =>
      new Set(Object.values(c.facts.spellings[field]));

    it('prints valid bodies in the upper edition, which only its spec accepts', async () => {
      const create = await runAic(['sample', 'create', '-n', '40', '--seed', '2', '--edition', 'upper']);
      expect(create.code).toBe(0);
      const bodies = lines(create.stdout);
      for (const body of bodies) {
        expect(upper.operation('create').requestBody!.validate(body)).toEqual([]);
        expect(contract.operation('create').requestBody!.validate(body)).not.toEqual([]);
      }
      expect(new Set(bodies.map((b) => b.provider))).toEqual(spellingsOf(upper, 'provider'));
      const kinds = new Set(
        bodies.map((b) => (b.provider_metadata as { kind?: string } | undefined)?.kind).filter(Boolean),
      );
      expect(kinds).toEqual(spellingsOf(upper, 'kind'));
      const update = await runAic(['sample', 'update', '--valid', '-n', '30', '--seed', '2'], {
        env: { ...process.env, AIC_EDITION: 'upper' },
      });
      const authTypes = lines(update.stdout)
        .map((b) => b.auth_type)
        .filter(Boolean);
      expect(authTypes.length).toBeGreaterThan(0);
      for (const value of authTypes) expect(spellingsOf(upper, 'auth_type')).toContain(value);
    });

    it('labels invalid requests by the upper edition, the camel spellings as the strict-only family', async () => {
      const result = await runAic(['sample', 'update', '--invalid', '-n', '60', '--seed', '3', '--edition', 'upper']);
      expect(result.code).toBe(0);
      for (const line of lines(result.stdout)) {
        let value: unknown;
        try {
          value = JSON.parse(line.body as string);
        } catch {
          value = undefined;
        }
        const request = {
          ...line,
          text: line.body,
          ...(value === undefined ? {} : { value }),
        } as unknown as InvalidRequest;
        expect(invalidRequestProblems(upper, request)).toEqual([]);
      }
      const camel = await runAic([
        'sample',
        'update',
        '--invalid',
        '--family',
        'other-edition-spelling',
        '-n',
        '5',
        '--seed',
        '3',
        '--edition',
        'upper',
      ]);
      for (const line of lines(camel.stdout)) {
        expect(line).toMatchObject({ family: 'other-edition-spelling', rule: 'types-enforced', strictOnly: true });
        expect(line.description).toContain("the camel edition's spelling, where the contract speaks upper");
      }
    });

    it('exits 2 on an edition that does not exist', async () => {
      const result = await runAic(['sample', 'create', '--edition', 'lower']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--edition must be one of camel, upper (got "lower")');
    });
  });

  it('documents the line shapes in --help', async () => {
    const result = await runAic(['sample', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"body" is the exact request text as a JSON string');
    expect(result.stdout).toContain('malformed-json');
    expect(result.stdout).toContain('other-edition-spelling');
    expect(result.stdout).toMatch(/\n {2}--edition E +camel or upper/);
  });
});
