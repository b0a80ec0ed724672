/** A fixtures or keys file (or object) the mock cannot use; the message lists every problem found. */
export class MockConfigError extends Error {
  override readonly name = 'MockConfigError';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
