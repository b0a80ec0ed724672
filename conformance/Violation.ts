import type { RecordedExchange } from './transport/ExchangeLog.js';

/** A check inside a rule found the target breaking the contract. Thrown, then turned into a ConformanceFailure. */
export class Violation extends Error {
  override readonly name = 'Violation';
  readonly expected: unknown;
  readonly actual: unknown;
  /** The exchange that showed it, when one did. */
  readonly exchange?: RecordedExchange;

  constructor(message: string, details: { expected?: unknown; actual?: unknown; exchange?: RecordedExchange } = {}) {
    super(message);
    this.expected = details.expected;
    this.actual = details.actual;
    if (details.exchange) this.exchange = details.exchange;
  }
}
