import type { ScopingIds } from '../../generators/index.js';
import type { Contract } from '../../spec/index.js';
import type { RuleResult } from '../RuleResult.js';
import { COMBINATION_KINDS, type Combination, type CombinationKind } from './Combination.js';
import { namedCombinations } from './combinations.js';

/** One named combination in the run's coverage: which rules exercised it, or why none did. */
export interface CoveredCombination extends Combination {
  readonly coveredBy: readonly string[];
  /** Why no rule exercised it (absent when one did). */
  readonly missing?: string;
  /** Not reached because the run was interrupted first: neither the target's miss nor the kit's. */
  readonly interrupted?: true;
}

/** The run's coverage of the combinations the contract names (RunReport.coverage). */
export interface RunCoverage {
  /** Combinations the contract names that this run could reach. */
  readonly named: number;
  readonly covered: number;
  /** covered / named, in percent, rounded down to a tenth (100 only when every one was covered). */
  readonly percent: number;
  readonly byKind: Readonly<Record<CombinationKind, { readonly named: number; readonly covered: number }>>;
  readonly combinations: readonly CoveredCombination[];
  /** Named by the contract but out of this run's reach for want of an input, and why (`combination` is its label). */
  readonly unreachable: ReadonlyArray<Combination & { readonly combination: string; readonly reason: string }>;
}

/** Which rule's systematic phase covers each kind, to say why a combination was missed. */
const PLANNED_BY: Readonly<Record<CombinationKind, string>> = {
  invalid: 'rejection-is-atomic',
  null: 'null-clears and api-key',
  boundary: 'replace-all',
  list: 'list-and-pagination',
  concurrent: 'concurrent-requests',
  'account-size': 'beyond-one-page',
  awkward: 'awkward-text',
};

/** The union of what the rules exercised, against what the contract names for this run. */
export function runCoverage(
  contract: Contract,
  results: readonly RuleResult[],
  inputs: { readonly scopingIds?: ScopingIds } = {},
): RunCoverage {
  const { named, unreachable } = namedCombinations(contract, inputs);
  const coveredBy = new Map<string, string[]>();
  const reasons = new Map<string, string>();
  // Rules the run's interruption cut short (with coverage) or kept from starting (without).
  const interrupted = new Map(results.filter((r) => r.outcome === 'interrupted').map((r) => [r.rule, r]));
  for (const result of results) {
    for (const e of result.coverage?.exercised ?? [])
      coveredBy.set(e.key, [...(coveredBy.get(e.key) ?? []), result.rule]);
    if (interrupted.has(result.rule)) continue;
    for (const m of result.coverage?.missed ?? [])
      if (!reasons.has(m.combination)) reasons.set(m.combination, `${result.rule}: ${m.reason}`);
  }
  const ran = new Set(results.filter((r) => r.outcome !== 'skipped' && r.outcome !== 'interrupted').map((r) => r.rule));
  const combinations = named.map((c): CoveredCombination => {
    const by = coveredBy.get(c.key) ?? [];
    if (by.length > 0) return { ...c, coveredBy: by };
    const planner = PLANNED_BY[c.kind];
    const planners = planner.split(' and ');
    const known = reasons.get(c.label);
    if (known !== undefined) return { ...c, coveredBy: [], missing: known };
    if (planners.some((r) => ran.has(r))) return { ...c, coveredBy: [], missing: `${planner} did not reach it` };
    const cut = planners.flatMap((r) => {
      const result = interrupted.get(r);
      return result === undefined ? [] : [`${r} ${result.coverage ? 'not reached' : 'not run'}: interrupted`];
    });
    if (cut.length > 0) return { ...c, coveredBy: [], missing: cut.join(', '), interrupted: true };
    return { ...c, coveredBy: [], missing: `${planner} did not run (--rules)` };
  });
  const covered = combinations.filter((c) => c.coveredBy.length > 0).length;
  const byKind = Object.fromEntries(
    COMBINATION_KINDS.map((kind) => {
      const ofKind = combinations.filter((c) => c.kind === kind);
      return [kind, { named: ofKind.length, covered: ofKind.filter((c) => c.coveredBy.length > 0).length }];
    }),
  ) as Record<CombinationKind, { named: number; covered: number }>;
  return {
    named: named.length,
    covered,
    percent: named.length === 0 ? 100 : Math.floor((1000 * covered) / named.length) / 10,
    byKind,
    combinations,
    unreachable: unreachable.map((u) => ({ ...u.combination, combination: u.combination.label, reason: u.reason })),
  };
}
