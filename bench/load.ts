/**
 * One load run: requests per second and latency of one request shape. wrk (a Debian package)
 * when it is installed: a C load generator in a process of its own, so the runner's garbage and
 * JIT stay out of the measure. Otherwise autocannon, in the runner process; on 2 cores it served
 * 0.81-0.94 times the GET requests wrk did against the same mock, so a run says which one it used.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { log } from './log.js';

export interface LoadResult {
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ok: number;
  readonly failed: number;
}

export interface LoadShape {
  readonly url: string;
  readonly method: 'GET' | 'PATCH';
  readonly body?: string;
  readonly headers: Record<string, string>;
}

export interface LoadOptions {
  readonly connections: number;
  readonly seconds: number;
}

/** The load generator of this run, as the report names it. */
export function loadGenerator(): string {
  generator ??= findWrk() ?? 'autocannon in the runner process (wrk is not installed)';
  return generator;
}

let generator: string | undefined;

export async function load(shape: LoadShape, options: LoadOptions): Promise<LoadResult> {
  return loadGenerator().startsWith('wrk') ? loadWithWrk(shape, options) : loadWithAutocannon(shape, options);
}

function findWrk(): string | undefined {
  try {
    // `wrk -v` prints its version and exits with 1.
    execFileSync('wrk', ['-v'], { stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stdout?: unknown }).stdout ?? '');
    const version = /^wrk (\S+)/.exec(output)?.[1];
    if (version) {
      const name = `wrk ${version}, one thread, in a process of its own`;
      log(`load generator: ${name}`);
      return name;
    }
  }
  log('load generator: autocannon in the runner process (apt-get install wrk for a separate one)');
  return undefined;
}

/** wrk reports through this script's done(): exact counts and latency percentiles, as JSON. */
function wrkScript(shape: LoadShape): string {
  const text = (value: string) => JSON.stringify(value); // a JSON string literal is a valid Lua string literal for these ASCII values
  const headers = Object.entries(shape.headers)
    .map(([name, value]) => `wrk.headers[${text(name)}] = ${text(value)}`)
    .join('\n');
  return `wrk.method = ${text(shape.method)}
${shape.body === undefined ? '' : `wrk.body = ${text(shape.body)}`}
${headers}
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"status":%d,"socket":%d,"p50Us":%d,"p99Us":%d}\\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99)))
end
`;
}

/** One folder for the run's wrk scripts, removed when the runner exits. */
let scriptFolder: string | undefined;
/** Each run's script has a name of its own, so runs at the same time never share one. */
let scripts = 0;

async function loadWithWrk(shape: LoadShape, options: LoadOptions): Promise<LoadResult> {
  const texts = [shape.method, shape.body ?? '', ...Object.entries(shape.headers).flat()];
  if (texts.some((text) => /[^\x20-\x7e]/.test(text)))
    throw new Error('bench/load: wrk scripts take printable ASCII only');
  if (scriptFolder === undefined) {
    const folder = mkdtempSync(join(tmpdir(), 'aic-bench-wrk-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    scriptFolder = folder;
  }
  scripts += 1;
  const script = join(scriptFolder, `shape-${scripts}.lua`);
  writeFileSync(script, wrkScript(shape));
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '-s', script, shape.url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`))));
  });
  const line = output.split('\n').find((l) => l.startsWith('{"requests"'));
  if (!line) throw new Error(`bench/load: wrk printed no summary:\n${output}`);
  const run = JSON.parse(line) as {
    requests: number;
    durationUs: number;
    status: number;
    socket: number;
    p50Us: number;
    p99Us: number;
  };
  return {
    rps: run.requests / (run.durationUs / 1e6),
    p50Ms: run.p50Us / 1000,
    p99Ms: run.p99Us / 1000,
    ok: run.requests - run.status,
    failed: run.status + run.socket,
  };
}

async function loadWithAutocannon(shape: LoadShape, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: shape.url,
    method: shape.method,
    headers: shape.headers,
    ...(shape.body === undefined ? {} : { body: shape.body }),
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
