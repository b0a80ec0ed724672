import { readFileSync } from 'node:fs';
import {
  ADMIN_PREFIX,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_STORE_PREFIX,
  DEMO_TOKEN,
  ListenError,
  MockConfigError,
  MockOptionsConflict,
  startMock,
  stderrLogger,
  type MockOptions,
  type RunningMock,
} from '../../mock/index.js';
import { EDITIONS } from '../../spec/index.js';
import { EDITION_HELP, EDITION_OPTION, readEdition } from '../editionOption.js';
import { errorCode } from '../errorCode.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';

const HELP = `Usage: aic mock [options]

Runs the stateful mock of the AI integrations API (Arize AX REST API v2), driven by the spec.
By default every bearer token is its own account, and the demo account is preloaded.
The mock speaks one edition of the API; a request spelled in the other gets a 400 that says so.

Options:
  --port N           port to listen on, 0 for any free one (env PORT; default ${DEFAULT_PORT})
  --host HOST        address to bind (default ${DEFAULT_HOST})
  --fixtures FILE    JSON accounts and integrations to start from (default: built-in demo)
  --keys FILE        JSON closed set of API keys: [{key, account, user?, role?}]; others get 401
  --latency MS       delay each API request: fixed (200) or a range (100-400)
  --rate-limit N/s   at most N requests per second per API key (per account without --keys),
                     beyond them 429 with Retry-After; N alone means the same (20 or 20/s)
  --spec FILE        OpenAPI document to serve (default: the project's spec/openapi.yaml)
  --quiet            no request log lines (errors are still printed)
  --store URL        keep the state in Redis, redis://HOST:PORT/DB (env AIC_STORE): every mock
                     with the same URL and prefix serves the same accounts (replicas), and a
                     restart keeps them; default: this process's memory
  --store-prefix P   what this mock's Redis keys start with (default ${DEFAULT_STORE_PREFIX}),
                     so several mocks can share one Redis
  --state-file FILE  without Redis: load the accounts from FILE at start (when it exists) and
                     write them back on change and on exit
  --admin-token T    require "Authorization: Bearer T" (env AIC_ADMIN_TOKEN) to reset every
                     account or load fixtures; anyone may still reset their own account
${EDITION_HELP}
  -h, --help         this text

Admin endpoints: POST ${ADMIN_PREFIX}/reset (with a bearer token: that account only),
PUT ${ADMIN_PREFIX}/fixtures, GET ${ADMIN_PREFIX}/state, GET ${ADMIN_PREFIX}/requests (your recent
requests), GET ${ADMIN_PREFIX}/openapi.yaml or .json (the spec served; see README).
Stop it with Ctrl+C or a signal (kill PID). Started by an npm script or npx, it also stops when
the npm process that started it goes away, however that was stopped.`;

export async function run(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  let mock: RunningMock;
  try {
    mock = await startMock(options);
  } catch (error) {
    if (error instanceof MockConfigError || error instanceof ListenError) {
      console.error(`aic mock: ${error.message}`);
      return 2;
    }
    if (error instanceof MockOptionsConflict)
      throw new UsageError(`${error.options.map(flagOf).join(' and ')}: ${error.advice}`);
    throw error;
  }
  console.log(banner(mock, options));
  const reason = await whenToStop();
  // Through the logger, so the request lines still pending come first.
  if (reason !== 'signal') stderrLogger.error(`aic mock: stopping: ${reason}.`);
  await mock.close();
  return 0;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Resolves when the mock should stop: on SIGINT, SIGTERM or SIGHUP ('signal'), or, when an npm
 * script or npx started it (npm sets npm_lifecycle_event), once the npm process is gone. Killing
 * `npm start` kills the shell npm runs the script in, but not the node process below it, which
 * would be left serving and holding its port.
 */
function whenToStop(): Promise<string> {
  return new Promise((resolve) => {
    let watch: NodeJS.Timeout | undefined;
    const stop = (reason: string) => {
      for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
      clearInterval(watch);
      resolve(reason);
    };
    const onSignal = () => stop('signal');
    for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
    if (process.env.npm_lifecycle_event !== undefined)
      watch = watchStarter(() => stop('the npm process that started it is gone'));
  });
}

/**
 * Calls `onGone` once the parent process is gone (the orphan is adopted by another, or the parent
 * no longer runs) or, when the parent is the shell npm runs scripts in, once the process above
 * that shell is gone (Linux: read from /proc). Checked twice a second.
 */
function watchStarter(onGone: () => void): NodeJS.Timeout {
  const parent = process.ppid;
  const starter = isShell(parent) ? parentOf(parent) : undefined;
  const timer = setInterval(() => {
    if (process.ppid !== parent || !isRunning(parent) || (starter !== undefined && !isRunning(starter))) onGone();
  }, 500);
  timer.unref();
  return timer;
}

function isShell(pid: number): boolean {
  try {
    return /^(sh|dash|bash|ash|zsh)$/.test(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
  } catch {
    return false;
  }
}

/** The parent of `pid` from /proc/<pid>/stat ("pid (comm) state ppid ..."); undefined elsewhere. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** The options of `aic mock`, or 'help'; a bad flag is a UsageError. */
export function parseOptions(argv: string[]): MockOptions | 'help' {
  const { values } = parseCommandArgs(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    fixtures: { type: 'string' },
    keys: { type: 'string' },
    latency: { type: 'string' },
    'rate-limit': { type: 'string' },
    spec: { type: 'string' },
    store: { type: 'string' },
    'store-prefix': { type: 'string' },
    'state-file': { type: 'string' },
    'admin-token': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
    ...EDITION_OPTION,
  });
  if (values.help) return 'help';
  const port = values.port ?? process.env.PORT;
  const edition = readEdition(values.edition);
  const store = nonEmpty(values.store ?? process.env.AIC_STORE);
  const adminToken = values['admin-token'] ?? nonEmpty(process.env.AIC_ADMIN_TOKEN);
  if (adminToken !== undefined && !/^\S+$/.test(adminToken))
    throw new UsageError('--admin-token (or AIC_ADMIN_TOKEN) must be a non-empty token without spaces');
  if (values['store-prefix'] !== undefined && !/^[\w.:-]{1,100}$/.test(values['store-prefix'])) {
    throw new UsageError(`--store-prefix must be 1 to 100 letters, digits or . _ : -, got "${values['store-prefix']}"`);
  }
  if (values['store-prefix'] !== undefined && store === undefined)
    throw new UsageError('--store-prefix needs --store redis://HOST:PORT/DB (or AIC_STORE)');
  return {
    port: port === undefined || port === '' ? DEFAULT_PORT : parsePort(port),
    host: values.host ?? DEFAULT_HOST,
    ...(values.fixtures === undefined ? {} : { fixtures: values.fixtures }),
    ...(values.keys === undefined ? {} : { keys: values.keys }),
    ...(values.latency === undefined ? {} : { latencyMs: parseLatency(values.latency) }),
    ...(values['rate-limit'] === undefined ? {} : { rateLimitPerSecond: parseRateLimit(values['rate-limit']) }),
    ...(values.spec === undefined ? {} : { specPath: values.spec }),
    ...(values.quiet ? { logRequests: false } : {}),
    ...(edition === undefined ? {} : { edition }),
    ...(store === undefined ? {} : { store }),
    ...(values['store-prefix'] === undefined ? {} : { storePrefix: values['store-prefix'] }),
    ...(values['state-file'] === undefined ? {} : { stateFile: values['state-file'] }),
    ...(adminToken === undefined ? {} : { adminToken }),
  };
}

/** The flag of a MockOptions field: `stateFile` is `--state-file`. */
function flagOf(option: string): string {
  return `--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError(`--port (or PORT) must be a number from 0 to 65535, got "${text}"`);
  return port;
}

function parseLatency(text: string): number | [number, number] {
  const match = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(text);
  if (!match) throw new UsageError(`--latency must be milliseconds (200) or a range (100-400), got "${text}"`);
  const min = Number(match[1]);
  if (match[2] === undefined) return min;
  const max = Number(match[2]);
  if (max < min) throw new UsageError(`--latency range must go from low to high, got "${text}"`);
  return [min, max];
}

function parseRateLimit(text: string): number {
  const match = /^(\d{1,6})(?:\/s)?$/.exec(text);
  const perSecond = match ? Number(match[1]) : 0;
  if (perSecond < 1)
    throw new UsageError(
      `--rate-limit must be a positive number of requests per second per API key (50 or 50/s), got "${text}"`,
    );
  return perSecond;
}

/** What to paste next. Keys are never printed: with --keys the curl line has a placeholder. */
function banner(mock: RunningMock, options: MockOptions): string {
  const token =
    options.keys !== undefined ? '<your api key>' : options.fixtures === undefined ? DEMO_TOKEN : 'any-token';
  const lines = [
    `aic mock: the AI integrations API is served on ${mock.url}`,
    options.keys !== undefined
      ? '  accounts: the keys file (unknown keys get 401)'
      : options.fixtures === undefined
        ? `  demo account token: ${DEMO_TOKEN} (any other bearer token is a fresh, empty account of its own)`
        : '  accounts: every bearer token is its own account; fixture accounts are reached with their name as token',
    editionLine(mock),
    `  state: ${mock.storeDescription}`,
    `  try: curl -s -H 'Authorization: Bearer ${token}' ${mock.url}/v2/ai-integrations`,
    options.adminToken === undefined
      ? `  admin: open to anyone (POST ${ADMIN_PREFIX}/reset, PUT ${ADMIN_PREFIX}/fixtures); set --admin-token when the mock is shared`
      : `  admin: reset of every account and PUT ${ADMIN_PREFIX}/fixtures need the admin token; POST ${ADMIN_PREFIX}/reset with an account's own token resets that account`,
    `  your account: GET ${ADMIN_PREFIX}/state, POST ${ADMIN_PREFIX}/reset with your bearer token`,
    '  stop with Ctrl+C',
  ];
  return lines.join('\n');
}

/** The edition served, with how it spells a provider and an auth type, and the flag for the other. */
function editionLine(mock: RunningMock): string {
  const { edition, editions } = mock.state.contract;
  const example = (of: typeof edition) => {
    const { provider, auth_type: authType } = editions.editions[of].spellings;
    return [Object.values(provider)[0], Object.values(authType)[0]].filter((v) => v !== undefined).join(', ');
  };
  const others = EDITIONS.filter((e) => e !== edition).map((e) => `--edition ${e} for ${example(e)}`);
  return `  edition: ${edition} (enum values spelled like ${example(edition)}${others.length > 0 ? `; ${others.join('; ')}` : ''})`;
}
