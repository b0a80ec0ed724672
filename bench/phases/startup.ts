/**
 * Where `aic mock`'s start-up goes. The mock is started as the CLI starts it (dist/cli/aic.js mock
 * --quiet), with a small `--import` file that marks, on the process's own clock, when user code
 * begins, when the server calls listen() and is listening, and when the first request arrives and
 * is answered; half the starts also run under `--cpu-prof`, and the profile up to the first answer
 * is split by owner. Owners are discovered from the profile's script URLs, never named in advance:
 * a package under node_modules, or a folder of the project (e.g. spec/, mock/http/), so the
 * breakdown follows whatever files the mock is made of.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from '../log.js';
import { freePort, startServer } from '../processes.js';
import { median, round } from '../stats.js';
import { mockTarget, readyProbe } from '../targets.js';

const DIST = fileURLToPath(new URL('../..', import.meta.url));

/** Loaded with --import before the CLI: marks on the process's clock, written to a file at exit. */
const MARKS_HOOK = `
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
const at = () => ({ ms: performance.now(), us: Number(process.hrtime.bigint() / 1000n) });
const marks = { userCode: at() };
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  marks.listenCalled ??= at();
  this.once('listening', () => { marks.listening ??= at(); });
  return listen.apply(this, args);
};
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, response) {
  if (event === 'request' && !marks.firstRequest) {
    marks.firstRequest = at();
    response.once('finish', () => { marks.firstResponse ??= at(); });
  }
  return emit.apply(this, arguments);
};
process.once('exit', () => writeFileSync(process.env.AIC_BENCH_MARKS, JSON.stringify(marks)));
`;

const HOOK_NAME = 'aic-bench-marks.mjs';

type Mark = { ms: number; us: number };
type Marks = Partial<Record<'userCode' | 'listenCalled' | 'listening' | 'firstRequest' | 'firstResponse', Mark>>;

export interface Timed {
  readonly name: string;
  readonly medianMs: number;
  readonly eachMs: readonly number[];
}

export interface StartupResult {
  readonly runs: number;
  /** Unprofiled starts: milliseconds since the process began (performance.timeOrigin), medians. */
  readonly timeline: readonly Timed[];
  /** The runner's spawn to first answered request, same starts. */
  readonly spawnToAnswerMs: number;
  /** Profiled starts, up to the first answer: CPU time by owner (the innermost project or package frame of each sample). */
  readonly cpuByOwner: readonly Timed[];
  /** Time inside the top-level code of modules (their import), by owner of the outermost module on the stack. */
  readonly importByOwner: readonly Timed[];
  /** Named functions of the project, by CPU time with them on the stack (their callees included). */
  readonly projectFunctions: readonly Timed[];
  /** Median CPU time the profile holds up to the first answer (idle excluded). */
  readonly profiledCpuMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Who a script URL belongs to: a package, a project folder, or undefined for node's own code. */
export function ownerOf(url: string): string | undefined {
  if (url === '' || url.startsWith('node:')) return undefined;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (path.endsWith(`/${HOOK_NAME}`)) return "(the bench's --import marks)";
  const packages = path.lastIndexOf('/node_modules/');
  if (packages >= 0) {
    const [scope, name] = path.slice(packages + '/node_modules/'.length).split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  if (path.startsWith(DIST)) {
    const folders = relative(DIST, path).split('/').slice(0, -1);
    return `${folders.slice(0, 2).join('/') || '.'}/`;
  }
  return path;
}

const NATIVE: Record<string, string> = {
  '(garbage collector)': '(garbage collector)',
  '(program)': '(V8 and native: parse, compile, I/O)',
};

/** Splits a profile's samples up to `untilUs` (the profile's clock) into the breakdowns. */
export function analyzeProfile(profile: Profile, untilUs: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const cpu = new Map<string, number>();
  const imports = new Map<string, number>();
  const functions = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let time = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    if (time > untilUs) break;
    const us = profile.timeDeltas[i + 1] ?? 0;
    const leaf = byId.get(profile.samples[i]!)!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    total += us;
    let owner: string | undefined;
    let outermostModule: string | undefined;
    const seen = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const nodeOwner = ownerOf(url);
      if (nodeOwner === undefined) continue;
      owner ??= nodeOwner;
      if (functionName === '' && lineNumber === 0 && columnNumber === 0) outermostModule = nodeOwner;
      if (
        functionName !== '' &&
        url.startsWith('file://') &&
        fileURLToPath(url).startsWith(DIST) &&
        !url.includes('/node_modules/')
      ) {
        const name = `${functionName} (${relative(DIST, fileURLToPath(url))})`;
        if (!seen.has(name)) {
          seen.add(name);
          add(functions, name, us);
        }
      }
    }
    add(cpu, owner ?? NATIVE[leaf.callFrame.functionName] ?? 'node internals (bootstrap, module loader)', us);
    if (outermostModule) add(imports, outermostModule, us);
  }
  return { cpu, imports, functions, totalUs: total };
}

function mediansOf(runs: ReadonlyArray<Map<string, number>>, top: number): Timed[] {
  const names = new Set(runs.flatMap((run) => [...run.keys()]));
  return [...names]
    .map((name) => {
      const eachMs = runs.map((run) => round((run.get(name) ?? 0) / 1000, 1));
      return { name, eachMs, medianMs: round(median(eachMs), 1) };
    })
    .sort((a, b) => b.medianMs - a.medianMs)
    .slice(0, top);
}

export async function startup(options: { runs: number }): Promise<StartupResult> {
  const mock = mockTarget();
  const dir = mkdtempSync(join(tmpdir(), 'aic-bench-startup-'));
  const hook = join(dir, HOOK_NAME);
  writeFileSync(hook, MARKS_HOOK);
  const timelines: Marks[] = [];
  const spawnToAnswer: number[] = [];
  const profiles: Array<ReturnType<typeof analyzeProfile>> = [];
  try {
    for (let i = 0; i < options.runs; i++) {
      for (const profiled of [false, true]) {
        const port = await freePort();
        const marksFile = join(dir, `marks-${i}-${profiled}.json`);
        const profileDir = join(dir, `profile-${i}`);
        const [node, ...rest] = mock.command(port);
        const command = [
          node!,
          ...(profiled ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
          '--import',
          hook,
          ...rest,
        ];
        const server = await startServer(command, port, readyProbe(mock), { env: { AIC_BENCH_MARKS: marksFile } });
        await server.stop();
        const marks = JSON.parse(readFileSync(marksFile, 'utf8')) as Marks;
        if (!profiled) {
          timelines.push(marks);
          spawnToAnswer.push(server.coldStartMs);
          log(
            `start-up ${i + 1}: ${JSON.stringify(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, round(v.ms, 1)])))}`,
          );
          continue;
        }
        const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
        if (!file) throw new Error(`start-up: no CPU profile written in ${profileDir}`);
        const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as Profile;
        // The profile and process.hrtime share the monotonic clock; without a first answer, keep it all.
        profiles.push(analyzeProfile(profile, marks.firstResponse?.us ?? Number.POSITIVE_INFINITY));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const steps: Array<[string, keyof Marks]> = [
    ['user code begins (node started)', 'userCode'],
    ['listen() called (modules imported, mock built)', 'listenCalled'],
    ['listening', 'listening'],
    ['first request arrives', 'firstRequest'],
    ['first response sent', 'firstResponse'],
  ];
  const timeline = steps.map(([name, mark]) => {
    const eachMs = timelines.map((m) => round(m[mark]?.ms ?? NaN, 1));
    return { name, eachMs, medianMs: round(median(eachMs), 1) };
  });
  return {
    runs: options.runs,
    timeline,
    spawnToAnswerMs: round(median(spawnToAnswer), 0),
    cpuByOwner: mediansOf(
      profiles.map((p) => p.cpu),
      14,
    ),
    importByOwner: mediansOf(
      profiles.map((p) => p.imports),
      10,
    ),
    projectFunctions: mediansOf(
      profiles.map((p) => p.functions),
      12,
    ),
    profiledCpuMs: round(median(profiles.map((p) => p.totalUs / 1000)), 0),
  };
}
