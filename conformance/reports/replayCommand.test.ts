import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { replayCommand, replayEnvironment } from './replayCommand.js';

describe('replayCommand', () => {
  it('gives the options that decide a rule, a negative seed as one word, and nothing of the target or keys', () => {
    expect(replayCommand('create', { seed: -12, runs: 50, strict: false, edition: 'upper', otherAccount: false })).toBe(
      'aic conform --rules create --seed=-12 --runs 50 --edition upper',
    );
    expect(replayEnvironment({ seed: 1, runs: 1, strict: false, edition: 'camel', otherAccount: true })).toEqual([
      'AIC_TARGET',
      'AIC_API_KEY',
      'AIC_OTHER_API_KEY',
    ]);
  });

  it('quotes values so that a shell reads them back as given', () => {
    const command = replayCommand('replace-all', {
      seed: 3,
      runs: 5,
      strict: true,
      edition: 'camel',
      spec: "/tmp/my specs/it's.yaml",
      organizationId: 'T3JnYW5pemF0aW9uOjE6YUJjRA==',
      spaceId: 'a b',
      otherAccount: false,
    });
    const words = execFileSync('bash', ['-c', `printf '%s\\n' ${command}`], { encoding: 'utf8' })
      .trimEnd()
      .split('\n');
    expect(words).toEqual([
      'aic',
      'conform',
      '--rules',
      'replace-all',
      '--seed=3',
      '--runs',
      '5',
      '--strict',
      '--edition',
      'camel',
      '--spec',
      "/tmp/my specs/it's.yaml",
      '--organization-id',
      'T3JnYW5pemF0aW9uOjE6YUJjRA==',
      '--space-id',
      'a b',
    ]);
  });
});
