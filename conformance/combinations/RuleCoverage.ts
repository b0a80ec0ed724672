import type { InvalidRequest } from '../../generators/index.js';
import { isJsonObject, type Contract, jsonUtf8Bytes, resourceFields } from '../../spec/index.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';
import type { Combination } from './Combination.js';
import {
  boundaryCombination,
  boundaryOf,
  collectionFields,
  invalidCombination,
  nullCombination,
  type CollectionField,
} from './combinations.js';

/** A combination a rule exercised, and how often. */
export interface Exercised extends Combination {
  readonly count: number;
}

/** What one rule exercised: the full form is in the JSON report, a line of it in the text report. */
export interface RuleCoverageReport {
  readonly requests: number;
  /** Status → how many responses of the rule had it (clean-up excluded). */
  readonly statuses: Readonly<Record<string, number>>;
  /** Body fields the rule's PATCHes sent, in spec order. */
  readonly fields: readonly string[];
  /** The combinations the rule's systematic phase set out to cover. */
  readonly planned: number;
  /** Of those, how many it exercised. */
  readonly covered: number;
  /** Planned combinations not exercised, and why (the rule stopped at a failure; the target refused a decision it rests on). */
  readonly missed: ReadonlyArray<{ readonly combination: string; readonly reason: string }>;
  /** Every combination the rule exercised, planned or met along the way (invalid bodies it sent; nulls and boundaries in PATCHes the target accepted). */
  readonly exercised: readonly Exercised[];
}

const ACCEPTED = (status: number) => status >= 200 && status < 300;

/**
 * The coverage recorder of one rule. The systematic phase plans combinations and marks them
 * covered; invalid bodies sent at random are marked as they go; nulls, boundaries, fields and
 * statuses are read from the exchanges of the rule when it ends.
 */
export class RuleCoverage {
  private readonly planned = new Map<string, Combination>();
  private readonly exercised = new Map<string, { combination: Combination; count: number }>();
  private readonly reasons = new Map<string, string>();
  private readonly collections: readonly CollectionField[];
  private readonly updateFields: readonly string[];

  constructor(contract: Contract) {
    this.collections = collectionFields(contract);
    this.updateFields = resourceFields(contract).updatable;
  }

  plan(combination: Combination): void {
    this.planned.set(combination.key, combination);
  }

  cover(combination: Combination): void {
    const seen = this.exercised.get(combination.key);
    if (seen) seen.count++;
    else this.exercised.set(combination.key, { combination, count: 1 });
  }

  /** An invalid request was sent and judged. */
  sentInvalid(request: Pick<InvalidRequest, 'family' | 'field' | 'variant'>): void {
    this.cover(invalidCombination(request));
  }

  /** Why a planned combination was not exercised (kept only if it stays uncovered). */
  missed(combination: Combination, reason: string): void {
    if (!this.reasons.has(combination.key)) this.reasons.set(combination.key, reason);
  }

  /** Adds what another part of the same rule (a shard) planned, exercised and missed. */
  absorb(other: RuleCoverage): void {
    for (const combination of other.planned.values()) this.plan(combination);
    for (const { combination, count } of other.exercised.values()) {
      const seen = this.exercised.get(combination.key);
      if (seen) seen.count += count;
      else this.exercised.set(combination.key, { combination, count });
    }
    for (const [key, reason] of other.reasons) if (!this.reasons.has(key)) this.reasons.set(key, reason);
  }

  /** The report, with what the rule's own exchanges show. */
  report(exchanges: readonly RecordedExchange[]): RuleCoverageReport {
    const statuses: Record<string, number> = {};
    const fields = new Set<string>();
    const shown = exchanges.filter((e) => !e.cleanup);
    for (const exchange of shown) {
      statuses[exchange.status] = (statuses[exchange.status] ?? 0) + 1;
      if (exchange.method !== 'PATCH' || exchange.requestBody === undefined) continue;
      const body = parse(exchange.requestBody);
      if (!isJsonObject(body)) continue;
      for (const field of Object.keys(body)) if (this.updateFields.includes(field)) fields.add(field);
      if (!ACCEPTED(exchange.status)) continue;
      for (const [field, value] of Object.entries(body)) {
        if (value === null && this.updateFields.includes(field)) this.cover(nullCombination(field));
        const collection = this.collections.find((c) => c.field === field);
        const boundary = collection ? boundaryOf(collection, value, jsonUtf8Bytes) : undefined;
        if (collection && boundary && collection.boundaries.includes(boundary))
          this.cover(boundaryCombination(field, boundary));
      }
    }
    const exercised = [...this.exercised.values()].map(({ combination, count }) => ({ ...combination, count }));
    const uncovered = [...this.planned.values()].filter((c) => !this.exercised.has(c.key));
    return {
      requests: shown.length,
      statuses,
      fields: this.updateFields.filter((f) => fields.has(f)),
      planned: this.planned.size,
      covered: this.planned.size - uncovered.length,
      missed: uncovered.map((c) => ({
        combination: c.label,
        reason: this.reasons.get(c.key) ?? 'not reached: the rule stopped before it (a failure or an error)',
      })),
      exercised,
    };
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
