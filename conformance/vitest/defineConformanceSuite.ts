import { afterAll, beforeAll, describe, it } from 'vitest';
import { ConformanceSession } from '../ConformanceSession.js';
import type { ConformanceOptions } from '../session/options.js';
import { describeEdition } from '../editionChoice.js';
import { formatFailure } from '../reports/formatText.js';
import { allRules } from '../rules/index.js';

export interface ConformanceSuiteOptions extends ConformanceOptions {
  /** The describe block's name (default: `AI integrations contract (<target>)`). */
  readonly name?: string;
  /** Per-rule test timeout in ms (default 120,000). */
  readonly timeoutMs?: number;
}

/**
 * The kit's rules as a vitest suite: one `it` per rule against `options.target`. A failed rule
 * fails its test with the full report (clause, shrunk requests, expected/actual, seed, curl); the
 * parts of a rule that need a second key or --strict are left out and noted (as test annotations);
 * what the run created is deleted in afterAll.
 *
 * ```ts
 * // my-server.conformance.ts, run by your own vitest config
 * import { defineConformanceSuite } from 'ai-integrations-contract/conformance/vitest';
 * defineConformanceSuite({ target: process.env.AIC_TARGET!, apiKey: process.env.AIC_API_KEY!, otherApiKey: process.env.AIC_OTHER_API_KEY });
 * ```
 */
export function defineConformanceSuite(options: ConformanceSuiteOptions): void {
  const { rules } = options;
  const selected = rules && rules.length > 0 ? allRules.filter((r) => rules.includes(r.id)) : allRules;
  describe(options.name ?? `AI integrations contract (${options.target})`, () => {
    let session: ConformanceSession | undefined;
    beforeAll(async () => {
      session = await ConformanceSession.open(options);
    }, 60_000);
    afterAll(async () => {
      const cleanup = await session?.close();
      if (cleanup && cleanup.leftovers.length > 0)
        console.warn(`aic conformance: left behind ${cleanup.leftovers.join(', ')} (run aic conform --sweep)`);
    }, 120_000);

    for (const [index, rule] of selected.entries()) {
      it(
        `${rule.id}: ${rule.title}`,
        async (context) => {
          if (!session) throw new Error('the conformance session did not open');
          if (index === 0) await context.annotate(`edition ${describeEdition(session.edition)}`);
          const result = await session.runRule(rule);
          for (const note of result.notes) await context.annotate(note);
          if (result.outcome === 'failed' && result.failure) throw new Error(`\n${formatFailure(result.failure)}`);
          if (result.outcome === 'error') throw new Error(`${rule.id}: ${result.reason}`);
          for (const flaky of result.flaky ?? []) console.warn(formatFailure(flaky));
        },
        options.timeoutMs ?? 120_000,
      );
    }
  });
}
