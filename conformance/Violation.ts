/** A check inside a rule found the target breaking the contract. Thrown, then turned into a ConformanceFailure. */
export class Violation extends Error {
  override readonly name = 'Violation';
  readonly expected: unknown;
  readonly actual: unknown;

  constructor(message: string, details: { expected?: unknown; actual?: unknown } = {}) {
    super(message);
    this.expected = details.expected;
    this.actual = details.actual;
  }
}
