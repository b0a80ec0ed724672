import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDir } from '../../spec/test-support/temporaryDir.js';
import { brokenSpec } from '../../spec/test-support/brokenSpec.js';
import { runAic } from '../test-support/runAic.js';
import { UsageError } from '../UsageError.js';
import { parseOptions } from './mock.js';

const AIC = new URL('../../dist/cli/aic.js', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

function jsonFile(name: string, content: string): string {
  const path = join(temporaryDir('aic-mock-'), name);
  writeFileSync(path, content);
  return path;
}

/** Spawns `aic mock`, waits for the URL it prints, and returns it with a stop function. */
async function spawnMock(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [AIC, 'mock', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /served on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`aic mock exited with ${code}: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    url,
    output: () => ({ stdout, stderr }),
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * Starts `command` (an npm start, or a stand-in for one) with npm_lifecycle_event set, as npm sets
 * it, and reads the URL the mock prints. The mock inherits the starter's output pipes, so they end
 * only once every process holding them, the mock included, has exited.
 */
async function startThrough(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const starter = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, npm_lifecycle_event: 'start', npm_config_update_notifier: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const ended = Promise.all([
    new Promise((resolve) => starter.stdout.on('end', resolve)),
    new Promise((resolve) => starter.stderr.on('end', resolve)),
  ]);
  starter.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    starter.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /served on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    starter.once('exit', (code) => reject(new Error(`the starter exited with ${code}: ${stderr}`)));
  });
  return { starter, url, ended, stderr: () => stderr };
}

/** Whether anything still answers at `url`. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/v2/ai-integrations`, {
      headers: { authorization: 'Bearer x' },
      signal: AbortSignal.timeout(2000),
    });
    return true;
  } catch {
    return false;
  }
}

describe('aic mock', () => {
  it('prints its options with --help', async () => {
    const { code, stdout } = await runAic(['mock', '--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--fixtures',
      '--keys',
      '--latency',
      '--rate-limit',
      '--spec',
      '--edition',
      'AIC_EDITION',
    ])
      expect(stdout).toContain(flag);
    expect(stdout).toContain('--rate-limit N/s   at most N requests per second per API key');
    expect(stdout).toContain('N alone means the same (20 or 20/s)');
    expect(stdout).toContain('Stop it with Ctrl+C or a signal');
  });

  it('reads --rate-limit as N/s or N, and --spec as the document to serve', () => {
    for (const text of ['20', '20/s'])
      expect(parseOptions(['--rate-limit', text])).toMatchObject({ rateLimitPerSecond: 20 });
    for (const text of ['20/min', '20 /s', '0', '-1', 's'])
      expect(() => parseOptions(['--rate-limit', text]), text).toThrow(UsageError);
    expect(parseOptions(['--spec', 'changed.yaml'])).toMatchObject({ specPath: 'changed.yaml' });
    expect(parseOptions([])).not.toHaveProperty('specPath');
  });

  it('serves the spec --spec names, and exits 2 with a readable message on a broken one', async () => {
    const changed = brokenSpec((d) => {
      d.components.parameters.Limit.schema.maximum = 5;
    });
    const mock = await spawnMock(['--port', '0', '--quiet', '--spec', changed]);
    try {
      const list = (limit: number) =>
        fetch(`${mock.url}/v2/ai-integrations?limit=${limit}`, { headers: { authorization: 'Bearer spec-reviewer' } });
      expect((await list(5)).status).toBe(200);
      expect((await list(6)).status).toBe(400);
    } finally {
      expect(await mock.stop()).toBe(0);
    }
    const broken = brokenSpec((d) => {
      d.openapi = '3.0.0';
    });
    const { code, stderr } = await runAic(['mock', '--port', '0', '--spec', broken]);
    expect(code).toBe(2);
    expect(stderr).toContain('declares openapi "3.0.0"; this project needs 3.1.x');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops when `npm start` is stopped by a signal, leaving no server behind', async () => {
    const npm = await startThrough('npm', ['start', '--silent', '--', '--port', '0', '--quiet']);
    expect(await answers(npm.url)).toBe(true);
    npm.starter.kill('SIGTERM');
    await npm.ended;
    expect(npm.stderr()).toContain('aic mock: stopping: the npm process that started it is gone.');
    expect(await answers(npm.url)).toBe(false);
  });

  it('stops when the process that started it through a shell is killed outright (SIGKILL)', async () => {
    const script = `require('node:child_process').spawn('sh', ['-c', ${JSON.stringify(`"${process.execPath}" "${AIC}" mock --port 0 --quiet`)}], { stdio: 'inherit' }); setInterval(() => {}, 1000);`;
    const starter = await startThrough(process.execPath, ['-e', script]);
    expect(await answers(starter.url)).toBe(true);
    starter.starter.kill('SIGKILL');
    await starter.ended;
    expect(starter.stderr()).toContain('aic mock: stopping: the npm process that started it is gone.');
    expect(await answers(starter.url)).toBe(false);
  });

  it('exits 2 on bad flags', async () => {
    for (const args of [
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--latency', '50-10'],
      ['--latency', 'slow'],
      ['--rate-limit', '0'],
      ['--colour'],
      ['--edition'],
    ]) {
      const { code, stderr } = await runAic(['mock', ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('aic mock:');
    }
  });

  it('exits 2 on --state-file with --store, naming both flags', async () => {
    const { code, stderr } = await runAic([
      'mock',
      '--store',
      'redis://127.0.0.1:1/0',
      '--state-file',
      join(temporaryDir('aic-mock-'), 'state.json'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--state-file and --store: choose one (Redis already keeps the state across restarts)');
  });

  it('exits 2 on a busy port, naming the port and the fix', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    try {
      const { code, stderr } = await runAic(['mock', '--port', String(port), '--host', '127.0.0.1']);
      expect(code).toBe(2);
      expect(stderr).toContain(
        `aic mock: cannot listen on 127.0.0.1:${port}: port ${port} is already in use (EADDRINUSE)`,
      );
      expect(stderr).toContain('--port 0 picks a free one');
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('exits 2 on an unknown edition, naming the editions, from the flag or from AIC_EDITION', async () => {
    const flag = await runAic(['mock', '--port', '0', '--edition', 'x']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--edition must be one of camel, upper (got "x")');
    const env = await runAic(['mock', '--port', '0'], { env: { ...process.env, AIC_EDITION: 'UPPER' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('AIC_EDITION must be one of camel, upper (got "UPPER")');
  });

  it('serves the upper edition with --edition upper (the flag wins over AIC_EDITION): banner, demo fixtures and refusals in that edition', async () => {
    const mock = await spawnMock(['--port', '0', '--edition', 'upper', '--quiet'], {
      ...process.env,
      AIC_EDITION: 'camel',
    });
    try {
      expect(mock.output().stdout).toContain(
        '  edition: upper (enum values spelled like OPEN_AI, DEFAULT; --edition camel for openAI, default)',
      );
      const demo = (await (
        await fetch(`${mock.url}/v2/ai-integrations`, { headers: { authorization: 'Bearer aic-demo-token' } })
      ).json()) as { ai_integrations: Array<{ provider: string }> };
      expect(demo.ai_integrations.map((i) => i.provider)).toContain('OPEN_AI');
      const refused = await fetch(`${mock.url}/v2/ai-integrations`, {
        method: 'POST',
        headers: { authorization: 'Bearer cli-upper', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x', provider: 'openAI' }),
      });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { detail: string }).detail).toContain(
        'this mock serves the upper edition: send "OPEN_AI", or start the mock with --edition camel.',
      );
    } finally {
      expect(await mock.stop()).toBe(0);
    }
  });

  it('exits 2 with a readable message on unusable fixtures or keys files', async () => {
    const cases: Array<[string[], string]> = [
      [['--fixtures', jsonFile('f.json', '{"accounts": [')], 'is not valid JSON'],
      [
        [
          '--fixtures',
          jsonFile('f.json', '{"accounts":[{"account":"a","ai_integrations":[{"name":"B","provider":"awsBedrock"}]}]}'),
        ],
        'accounts[0].ai_integrations[0] would be refused with 422',
      ],
      [['--fixtures', '/nonexistent/fixtures.json'], 'cannot be read: ENOENT'],
      [
        ['--keys', jsonFile('k.json', '{"keys":[{"key":"sekrit-value","account":"a","role":"admin"}]}')],
        'keys[0].role must be "read-write" or "read-only"',
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await runAic(['mock', '--port', '0', ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr).not.toContain('sekrit-value');
    }
  });

  it('serves the demo fixtures, prints a curl line with the demo token, logs requests and stops on SIGTERM', async () => {
    const mock = await spawnMock(['--port', '0']);
    try {
      const curl = /curl -s -H 'Authorization: Bearer (\S+)' (\S+)/.exec(mock.output().stdout);
      expect(curl?.[2]).toBe(`${mock.url}/v2/ai-integrations`);
      expect(mock.output().stdout).toContain(
        '  edition: camel (enum values spelled like openAI, default; --edition upper for OPEN_AI, DEFAULT)',
      );
      const response = await fetch(curl![2]!, { headers: { authorization: `Bearer ${curl![1]}` } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { ai_integrations: Array<{ provider: string }> };
      expect(new Set(body.ai_integrations.map((i) => i.provider)).size).toBeGreaterThanOrEqual(4);
    } finally {
      expect(await mock.stop()).toBe(0);
    }
    expect(mock.output().stderr).toMatch(/GET \/v2\/ai-integrations 200 \d+\.\dms/);
  });

  it('takes the port from PORT and closes the set of accounts with --keys', async () => {
    const keys = jsonFile(
      'k.json',
      JSON.stringify({ keys: [{ key: 'cli-key-1234', account: 'acme', role: 'read-only' }] }),
    );
    const mock = await spawnMock(['--keys', keys], { ...process.env, PORT: '0' });
    try {
      expect(mock.url).not.toContain(':4010');
      expect(mock.output().stdout).toContain('Bearer <your api key>');
      expect(
        (await fetch(`${mock.url}/v2/ai-integrations`, { headers: { authorization: 'Bearer aic-demo-token' } })).status,
      ).toBe(401);
      expect(
        (await fetch(`${mock.url}/v2/ai-integrations`, { headers: { authorization: 'Bearer cli-key-1234' } })).status,
      ).toBe(200);
    } finally {
      await mock.stop();
    }
    expect(mock.output().stdout + mock.output().stderr).not.toContain('cli-key-1234');
  });
});
