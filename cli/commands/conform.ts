import { writeFile } from 'node:fs/promises';
import { allRules, assertUsableKeys, formatResultLine, formatSummary, HttpClient, ExchangeLog, Redactor, RequestBudget, runConformance, SetupError, sweepPrefix, toJson, toJUnit, DEFAULT_RUNS, type ProgressEvent } from '../../conformance/index.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';

const HELP = `Usage: aic conform --target URL --api-key KEY [options]
       aic conform --sweep --target URL --api-key KEY [--other-api-key KEY2]

Checks a server against the contract of the AI integrations API, rule by rule, and reports
pass, fail or skip (with the reason) per rule. A failure names the contract clause and shows the
shrunk sequence of requests, what came back against what was expected, the seed and path to
replay it, and curl commands (the key read from $AIC_API_KEY, never printed).

Safe on real deployments: it only touches integrations it created, all named
"aic-conform-<run id>-…", and deletes them at the end, after a failure, and on Ctrl-C.

Options:
  --target URL          base URL of the server (env AIC_TARGET)
  --api-key KEY         API key of the account to test in, at least 6 characters (env AIC_API_KEY)
  --other-api-key KEY2  a second account's key: enables the cross-account checks (env AIC_OTHER_API_KEY)
  --runs N              fast-check runs per property (default ${DEFAULT_RUNS})
  --seed S              fast-check seed (default: random, printed)
  --rules a,b           only these rules (default: all; see the list below)
  --strict              also assert the project's decisions (unknown properties rejected,
                        headers replaced, exact statuses, model_names order)
  --junit FILE          write a JUnit XML report (one test case per rule)
  --json FILE           write a JSON report
  --timeout MS          per-request timeout (default 10000)
  --max-requests N      request budget of the run, clean-up excluded (default 20000)
  --max-rate N          at most N requests per second (default: unlimited)
  --sweep               delete leftovers of earlier runs (names starting with "aic-conform-"), then exit
  -h, --help            this text

Exit status: 0 every rule passed (or was skipped), 1 a rule failed or the target failed,
2 usage or setup error (unreachable target, key rejected), 130 interrupted.

Rules:
${allRules.map((r) => `  ${r.id.padEnd(26)} ${r.title}`).join('\n')}`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    target: { type: 'string' },
    'api-key': { type: 'string' },
    'other-api-key': { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    rules: { type: 'string' },
    strict: { type: 'boolean', default: false },
    junit: { type: 'string' },
    json: { type: 'string' },
    timeout: { type: 'string' },
    'max-requests': { type: 'string' },
    'max-rate': { type: 'string' },
    sweep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const target = values.target ?? process.env.AIC_TARGET;
  const apiKey = values['api-key'] ?? process.env.AIC_API_KEY;
  const otherApiKey = values['other-api-key'] ?? process.env.AIC_OTHER_API_KEY ?? undefined;
  if (!target) throw new UsageError('--target URL (or AIC_TARGET) is required');
  if (!apiKey) throw new UsageError('--api-key KEY (or AIC_API_KEY) is required');
  try {
    assertUsableKeys(apiKey, otherApiKey || undefined);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.sweep) return sweep(target, apiKey, otherApiKey || undefined);

  const rules = values.rules?.split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = (rules ?? []).filter((id) => !allRules.some((r) => r.id === id));
  if (unknown.length > 0) throw new UsageError(`unknown rule(s): ${unknown.join(', ')} (known: ${allRules.map((r) => r.id).join(', ')})`);

  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++;
    if (interrupts > 1) {
      process.stderr.write(`\naic conform: ${signal} again, exiting without clean-up (run aic conform --sweep later)\n`);
      process.exit(130);
    }
    process.stderr.write(`\naic conform: ${signal}, stopping and deleting what this run created…\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const report = await runConformance({
      target,
      apiKey,
      ...(otherApiKey ? { otherApiKey } : {}),
      ...(values.runs === undefined ? {} : { runs: integer('--runs', values.runs) }),
      ...(values.seed === undefined ? {} : { seed: integer('--seed', values.seed, true) }),
      ...(rules ? { rules } : {}),
      strict: values.strict,
      ...(values.timeout === undefined ? {} : { timeoutMs: integer('--timeout', values.timeout) }),
      ...(values['max-requests'] === undefined ? {} : { maxRequests: integer('--max-requests', values['max-requests']) }),
      ...(values['max-rate'] === undefined ? {} : { maxRate: positive('--max-rate', values['max-rate']) }),
      signal: controller.signal,
      onProgress: progress,
    });
    process.stderr.write(`${formatSummary(report)}\n`);
    if (values.json) await writeFile(values.json, toJson(report));
    if (values.junit) await writeFile(values.junit, toJUnit(report));
    if (report.interrupted) return 130;
    return report.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof SetupError) {
      process.stderr.write(`aic conform: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function progress(event: ProgressEvent): void {
  if (event.type === 'start') {
    process.stderr.write(`aic conform: run ${event.runId}, seed ${event.seed}, ${event.runs} runs per property${event.strict ? ', strict' : ''}, ${event.rules.length} rules\n`);
  } else if (event.type === 'rule-start') {
    process.stderr.write(`[${event.index + 1}/${event.total}] ${event.rule} …\n`);
  } else if (event.type === 'rule-end') {
    process.stderr.write(`[${event.index + 1}/${event.total}] ${formatResultLine(event.result)}\n`);
  } else {
    process.stderr.write('cleaning up…\n');
  }
}

async function sweep(target: string, apiKey: string, otherApiKey: string | undefined): Promise<number> {
  const redactor = new Redactor([apiKey, otherApiKey]);
  const client = new HttpClient({ baseUrl: target, log: new ExchangeLog(), redactor, budget: new RequestBudget() }, 'primary', apiKey);
  let failed = 0;
  for (const [label, c] of [['primary', client], ['other', otherApiKey ? client.withKey('other', otherApiKey) : undefined]] as const) {
    if (!c) continue;
    try {
      const result = await sweepPrefix(c);
      process.stderr.write(`aic conform --sweep (${label} account): ${result.deleted.length} leftover(s) deleted${result.deleted.length ? `: ${result.deleted.join(', ')}` : ''}\n`);
      for (const f of result.failed) process.stderr.write(`  could not delete ${f.name}: ${f.reason}\n`);
      failed += result.failed.length;
    } catch (error) {
      process.stderr.write(`aic conform --sweep (${label} account): ${redactor.text(error instanceof Error ? error.message : String(error))}\n`);
      return 2;
    }
  }
  return failed > 0 ? 1 : 0;
}

function integer(flag: string, text: string, allowNegative = false): number {
  const value = Number(text);
  if (!Number.isInteger(value) || (!allowNegative && value <= 0)) throw new UsageError(`${flag} must be a ${allowNegative ? '' : 'positive '}integer, got "${text}"`);
  return value;
}

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!(value > 0)) throw new UsageError(`${flag} must be a positive number, got "${text}"`);
  return value;
}
