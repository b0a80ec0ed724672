import { open, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  allRules,
  assertKnownRules,
  assertScopingIds,
  assertTargetUrl,
  assertUsableKeys,
  formatCleanup,
  formatProgress,
  formatSummary,
  runConformance,
  SetupError,
  sweepLeftovers,
  toHtml,
  toJson,
  toJUnit,
  DEFAULT_RUNS,
  DEFAULT_CONCURRENCY,
  DEFAULT_RETRIES,
  PROFILES,
  isProfile,
  OptionError,
  type ConformanceOptions,
  type OptionName,
  type Profile,
  type ProgressEvent,
  type RunReport,
} from '../../conformance/index.js';
import { plural } from '../../conformance/reports/plural.js';
import { apiBasePath, loadContract, type Contract } from '../../spec/index.js';
import { EDITION_OPTION, readEdition } from '../editionOption.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';

const HELP = `Usage: aic conform --target URL --api-key KEY [options]
       aic conform --sweep --target URL --api-key KEY [--other-api-key KEY2]

Checks a server against the contract of the AI integrations API, rule by rule, and reports
pass, fail or skip (with the reason) per rule. A failure names the contract clause and shows the
shrunk sequence of requests, what came back against what was expected, the command that replays
it and a bash script of its requests (target and key read from $AIC_TARGET and $AIC_API_KEY,
never printed).

Safe on real deployments: it only touches integrations it created, all named
"aic-conform-<run id>-…", and deletes them at the end, after a failure, and on Ctrl-C.
Before the rules it lists with each key and creates and deletes one integration with it: a key
that can read but not create integrations is a setup error (exit 2).

Options:
  --target URL          base URL of the server (env AIC_TARGET)
  --api-key KEY         API key of the account to test in, at least 6 characters; it must be
                        allowed to create and delete integrations (env AIC_API_KEY)
  --other-api-key KEY2  a second account's key: enables the cross-account checks (env AIC_OTHER_API_KEY)
  --organization-id ID  a real organization id of the --api-key account: scopings sent may name it
                        (env AIC_ORGANIZATION_ID). Without it every scoping sent is account-wide
  --space-id ID         a real space id in that organization; needs --organization-id (env AIC_SPACE_ID)
  --spec FILE           OpenAPI document holding the contract to check (default: the project's
                        spec/openapi.yaml), e.g. a changed spec under review, with aic mock --spec
  --edition E           camel or upper: the public edition's spelling of enum values to speak
                        (env AIC_EDITION). Without it the kit works out the target's edition from
                        its answer to a probe create (a server that accepts both keeps camel); with
                        it, a target that speaks the other edition stops the run at setup (exit 2)
  --profile P           default or quick. default: every combination the contract names, then
                        random cases (--runs). quick, for pull requests: every combination at
                        least once with the fewest requests (1 run per property unless --runs)
  --runs N              fast-check runs per property (default ${DEFAULT_RUNS}; 1 with --profile quick)
  --seed S              fast-check seed (default: random, printed)
  --rules a,b           only these rules (default: all; see the list below)
  --strict              also assert the project's decisions (unknown properties rejected,
                        headers replaced, exact statuses, model_names order)
  --junit FILE          write a JUnit XML report (one test case per rule, coverage as properties)
  --json FILE           write a JSON report (the whole run, with every combination covered)
  --html FILE           write a self-contained HTML report (coverage matrix, each failure with
                        its reproduction), readable offline as a CI artifact
  --timeout MS          per-request timeout (default 10000)
  --max-requests N      request budget of the run, clean-up excluded (default 20000)
  --max-rate N          at most N requests per second (default: unlimited)
  --concurrency N       rules run at once (default ${DEFAULT_CONCURRENCY}), lowered while the target answers
                        429; 1 runs them one at a time. The results are the same either way,
                        but for a property stopped at its time limit
  --retries N           resends of a request after a transient fault: a dropped connection, a
                        timeout, a 502/503/504 that is not a problem of the API (default ${DEFAULT_RETRIES},
                        0 for none), with back-off; a create is resent only once a listing by its
                        name shows it was not created. Counted in every report; a fault that
                        persists is an error of the target (exit 1)
  --sweep               delete leftovers of earlier runs (names starting with "aic-conform-"), then exit
  -h, --help            this text

Each rule first covers every combination the contract names (every invalid family on every
field it applies to, every nullable field set to null, every list and map field at its
boundaries, the list's page sizes and name filter), then explores at random (--runs).

Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (or their lower-case forms) are honoured as curl
honours them (http:// targets through a forward proxy, https:// ones through CONNECT).

Output: the report goes to stdout; progress, one line per rule, to stderr, with where the run
stands (rules in flight, requests so far, time left): on a terminal one line that updates itself
every second, otherwise a plain line every 5 seconds. So
"aic conform … > report.txt" keeps the report: the edition spoken and how the kit knew, each
rule with what it exercised, each failure in full, the totals, the coverage of the combinations
the contract names, the clean-up and the limitations of the run (what it could not check without
--other-api-key or --organization-id, the 429s it waited out). --json, --junit and --html files
are checked before the first request.

Exit status: 0 every rule passed (or was skipped, or was only flaky), 1 a rule failed or the
target failed (timeouts, 5xx, resets, budget spent), 2 usage or setup error (unreachable target,
key rejected or read-only, scoping ids refused, --edition not the target's, report file not
writable), 130 interrupted (the report names the rule in flight as interrupted and the rules
not run).

Rules:
${allRules.map((r) => `  ${r.id.padEnd(26)} ${r.title}`).join('\n')}`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    target: { type: 'string' },
    'api-key': { type: 'string' },
    'other-api-key': { type: 'string' },
    'organization-id': { type: 'string' },
    'space-id': { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    rules: { type: 'string' },
    strict: { type: 'boolean', default: false },
    junit: { type: 'string' },
    json: { type: 'string' },
    html: { type: 'string' },
    timeout: { type: 'string' },
    'max-requests': { type: 'string' },
    'max-rate': { type: 'string' },
    concurrency: { type: 'string' },
    retries: { type: 'string' },
    profile: { type: 'string' },
    sweep: { type: 'boolean', default: false },
    spec: { type: 'string' },
    ...EDITION_OPTION,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  // An empty environment variable counts as unset; an empty flag value is a mistake.
  const target = values.target ?? (process.env.AIC_TARGET || undefined);
  const apiKey = values['api-key'] ?? (process.env.AIC_API_KEY || undefined);
  const otherApiKey = values['other-api-key'] ?? (process.env.AIC_OTHER_API_KEY || undefined);
  const organizationId = values['organization-id'] ?? (process.env.AIC_ORGANIZATION_ID || undefined);
  const spaceId = values['space-id'] ?? (process.env.AIC_SPACE_ID || undefined);
  // Absent: the kit works out the target's edition.
  const edition = readEdition(values.edition);
  if (!target) throw new UsageError('--target URL (or AIC_TARGET) is required');
  if (!apiKey) throw new UsageError('--api-key KEY (or AIC_API_KEY) is required');
  usage(() => {
    assertTargetUrl(target);
    assertUsableKeys(apiKey, otherApiKey);
  });
  // A spec that cannot be read or is not a contract stops here, before any request (exit 2).
  const contract =
    values.spec === undefined ? undefined : await loadContract(values.spec, edition === undefined ? {} : { edition });
  const served = contract ?? (await loadContract());
  usage(() => assertNoBasePath(target, served));
  if (values.sweep) return sweep(target, apiKey, otherApiKey, contract);
  usage(() => assertScopingIds(organizationId, spaceId));

  const rules = values.rules
    ?.split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  usage(() => assertKnownRules(rules ?? []));
  const options: ConformanceOptions = {
    target,
    apiKey,
    ...(otherApiKey ? { otherApiKey } : {}),
    ...(organizationId === undefined ? {} : { organizationId }),
    ...(spaceId === undefined ? {} : { spaceId }),
    ...(edition === undefined ? {} : { edition }),
    ...(contract === undefined ? {} : { contract }),
    ...(values.runs === undefined ? {} : { runs: integer('--runs', values.runs) }),
    ...(values.seed === undefined ? {} : { seed: integer('--seed', values.seed, true) }),
    ...(rules ? { rules } : {}),
    strict: values.strict,
    ...(values.timeout === undefined ? {} : { timeoutMs: integer('--timeout', values.timeout) }),
    ...(values['max-requests'] === undefined ? {} : { maxRequests: integer('--max-requests', values['max-requests']) }),
    ...(values['max-rate'] === undefined ? {} : { maxRate: positive('--max-rate', values['max-rate']) }),
    ...(values.concurrency === undefined ? {} : { concurrency: integer('--concurrency', values.concurrency) }),
    ...(values.retries === undefined ? {} : { retries: wholeNumber('--retries', values.retries) }),
    ...(values.profile === undefined ? {} : { profile: profile(values.profile) }),
  };
  // Report files are checked before any request: a run must not end in a report it cannot write.
  const outputs = (['json', 'junit', 'html'] as const).flatMap((flag) =>
    values[flag] === undefined ? [] : [{ flag: `--${flag}`, file: values[flag] }],
  );
  for (const [i, a] of outputs.entries()) {
    const b = outputs.slice(i + 1).find((o) => resolve(o.file) === resolve(a.file));
    if (b) throw new UsageError(`${a.flag} and ${b.flag} name the same file`);
  }
  for (const { flag, file } of outputs) await assertWritable(flag, file);

  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) {
      process.stderr.write(
        `\naic conform: ${signal} again, exiting without clean-up (run aic conform --sweep later)\n`,
      );
      process.exit(130);
    }
    process.stderr.write(`\naic conform: ${signal}, stopping and deleting what this run created…\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let report: RunReport;
  try {
    report = await runConformance({
      ...options,
      signal: controller.signal,
      onProgress: progressWriter(process.stderr),
    });
  } catch (error) {
    if (error instanceof SetupError) {
      process.stderr.write(`aic conform: ${inFlags(error)}\n`);
      // Ctrl-C during the preflight surfaces as a failed probe: still an interruption.
      return controller.signal.aborted ? 130 : 2;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  // The report on stdout (so `aic conform … > report.txt` holds it); progress stayed on stderr.
  process.stdout.write(`${formatSummary(report)}\n`);
  if (report.interrupted) process.stderr.write(`The run was interrupted. ${formatCleanup(report.cleanup)}\n`);
  let written = true;
  for (const { flag, file } of outputs) {
    try {
      await writeFile(file, flag === '--json' ? toJson(report) : flag === '--html' ? toHtml(report) : toJUnit(report));
    } catch (error) {
      process.stderr.write(`aic conform: could not write the ${flag} report to ${file}: ${fileProblem(error, file)}\n`);
      written = false;
    }
  }
  if (report.interrupted) return 130;
  if (!written) return 2;
  return report.passed ? 0 : 1;
}

/**
 * Writes progress events to `stream`: rule lines as they come, and where the run stands. On a
 * terminal that is one line updated in place every second (cleared before any other line); otherwise
 * a plain line every 5 seconds, so a CI log shows the run is alive without filling up.
 */
export function progressWriter(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  plainEveryMs = 5000,
): (event: ProgressEvent) => void {
  let status = '';
  let lastPlain = 0;
  return (event) => {
    if (event.type === 'tick') {
      const line = formatProgress(event);
      if (stream.isTTY) {
        status = line;
        stream.write(`\r\x1b[K${line}`);
      } else if (event.elapsedMs - lastPlain >= plainEveryMs) {
        lastPlain = event.elapsedMs;
        stream.write(`${line}\n`);
      }
      return;
    }
    if (status !== '') {
      stream.write('\r\x1b[K');
      status = '';
    }
    stream.write(`${formatProgress(event)}\n`);
  };
}

/**
 * A target ending with the API's base path (`http://host/v2`) would be asked for `/v2/v2/...`:
 * the operation paths already start with it. Stops at setup, naming the doubled path and the fix.
 */
function assertNoBasePath(target: string, served: Contract): void {
  const basePath = apiBasePath(served);
  const url = new URL(target);
  const path = url.pathname.replace(/\/+$/, '');
  if (basePath === '' || !path.endsWith(basePath)) return;
  const fixed = new URL(target);
  fixed.pathname = path.slice(0, -basePath.length) || '/';
  const listPath = served.operation('list').path;
  throw new SetupError(
    `the target "${target}" ends with ${basePath}, which the API's paths already start with: the server would see ${path}${listPath}. Drop ${basePath}: --target ${fixed.href.replace(/\/$/, '')}`,
  );
}

/** The flag of each option the library names in its errors (the others keep their names). */
const FLAG_OF: Readonly<Partial<Record<OptionName, string>>> = {
  target: '--target',
  apiKey: '--api-key',
  otherApiKey: '--other-api-key',
  organizationId: '--organization-id',
  spaceId: '--space-id',
  runs: '--runs',
  profile: '--profile',
  concurrency: '--concurrency',
  retries: '--retries',
  seed: '--seed',
  rules: '--rules',
  timeoutMs: '--timeout',
  maxRequests: '--max-requests',
  maxRate: '--max-rate',
  edition: '--edition',
  contract: '--spec',
};

/** A SetupError's message as the CLI's users know the options: by their flags. */
function inFlags(error: SetupError): string {
  return error instanceof OptionError ? error.describe((option) => FLAG_OF[option] ?? option) : error.message;
}

/** Runs a check of the options, turning its SetupError into a UsageError (exit 2 with the help hint). */
function usage(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof SetupError) throw new UsageError(inFlags(error));
    throw error;
  }
}

/**
 * Makes sure a report can be written to `file`, by opening it for appending (which neither truncates
 * an existing file nor writes to it). A file the check had to create is removed again, so a run that
 * stops before its end leaves no empty report behind.
 */
async function assertWritable(flag: string, file: string): Promise<void> {
  const existed = await stat(file).then(
    (s) => {
      if (s.isDirectory()) throw new UsageError(`${flag} ${file}: cannot write the report there: it is a directory`);
      return true;
    },
    () => false,
  );
  try {
    await (await open(file, 'a')).close();
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot write the report there: ${fileProblem(error, file)}`);
  }
  if (!existed) await rm(file, { force: true });
}

/** Why a file cannot be written, in words. */
function fileProblem(error: unknown, file: string): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return `the directory ${dirname(resolve(file))} does not exist`;
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function sweep(
  target: string,
  apiKey: string,
  otherApiKey: string | undefined,
  contract: Contract | undefined,
): Promise<number> {
  const swept = await sweepLeftovers({
    target,
    apiKey,
    ...(otherApiKey ? { otherApiKey } : {}),
    ...(contract === undefined ? {} : { contract }),
  });
  let failed = 0;
  for (const account of swept) {
    if ('error' in account) {
      process.stderr.write(`aic conform --sweep (${account.account} account): ${account.error}\n`);
      return 2;
    }
    const { deleted, failed: notDeleted } = account.result;
    process.stderr.write(
      `aic conform --sweep (${account.account} account): ${plural(deleted.length, 'leftover')} deleted${deleted.length ? `: ${deleted.join(', ')}` : ''}\n`,
    );
    for (const f of notDeleted) process.stderr.write(`  could not delete ${f.name}: ${f.reason}\n`);
    failed += notDeleted.length;
  }
  return failed > 0 ? 1 : 0;
}

function integer(flag: string, text: string, allowNegative = false): number {
  const value = Number(text);
  if (!Number.isInteger(value) || (!allowNegative && value <= 0))
    throw new UsageError(`${flag} must be a ${allowNegative ? '' : 'positive '}integer, got "${text}"`);
  return value;
}

function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || text.trim() === '')
    throw new UsageError(`${flag} must be a whole number (0 or more), got "${text}"`);
  return value;
}

function profile(text: string): Profile {
  if (!isProfile(text)) throw new UsageError(`--profile must be ${PROFILES.join(' or ')}, got "${text}"`);
  return text;
}

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!(value > 0)) throw new UsageError(`${flag} must be a positive number, got "${text}"`);
  return value;
}
