/**
 * Phase 4: the default conformance run (every rule, with a second account's key) against the
 * local mock, timed as a user would run it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from '../log.js';
import { freePort, startServer } from '../processes.js';
import { median, round } from '../stats.js';
import { readyProbe, targets } from '../targets.js';

export interface KitRound {
  readonly wallSeconds: number;
  readonly requests: number;
  readonly rps: number;
  readonly exitCode: number;
}

export interface KitResult {
  readonly rounds: readonly KitRound[];
  readonly medianWallSeconds: number;
  readonly medianRps: number;
}

const AIC = fileURLToPath(new URL('../../cli/aic.js', import.meta.url));

export async function kit(options: { rounds: number }): Promise<KitResult> {
  const mock = targets[0]!;
  const port = await freePort();
  const server = await startServer(mock.command(port), port, readyProbe(mock));
  const rounds: KitRound[] = [];
  try {
    for (let i = 0; i < options.rounds; i++) {
      const report = join(mkdtempSync(join(tmpdir(), 'aic-bench-')), 'report.json');
      const started = performance.now();
      const exitCode = await new Promise<number>((resolve) => {
        const accounts = ['--api-key', `bench-kit-${i}`, '--other-api-key', `bench-kit-other-${i}`];
        execFile(process.execPath, [AIC, 'conform', '--target', `http://127.0.0.1:${port}`, ...accounts, '--json', report], (error) =>
          resolve(error ? Number((error as { code?: number }).code ?? 1) : 0),
        );
      });
      const wallSeconds = (performance.now() - started) / 1000;
      const requests = requestCount(JSON.parse(readFileSync(report, 'utf8')));
      rounds.push({ wallSeconds: round(wallSeconds, 1), requests, rps: Math.round(requests / wallSeconds), exitCode });
      log(`kit round ${i + 1}: ${round(wallSeconds, 1)} s, ${requests} requests, exit ${exitCode}`);
    }
  } finally {
    await server.stop();
  }
  return {
    rounds,
    medianWallSeconds: round(median(rounds.map((r) => r.wallSeconds)), 1),
    medianRps: Math.round(median(rounds.map((r) => r.rps))),
  };
}

/** The number of HTTP requests the run made, as its JSON report states it. */
function requestCount(report: unknown): number {
  const count = (report as { requests?: unknown }).requests;
  if (typeof count !== 'number') throw new Error('the conformance JSON report has no "requests" count');
  return count;
}
