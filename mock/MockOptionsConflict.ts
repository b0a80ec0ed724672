import type { MockOptions } from './MockOptions.js';

/** Two options the mock cannot honour together; the message names the options, a CLI names its flags. */
export class MockOptionsConflict extends Error {
  override readonly name = 'MockOptionsConflict';

  constructor(
    readonly options: readonly [keyof MockOptions, keyof MockOptions],
    /** What to do, e.g. `choose one (Redis already keeps the state across restarts)`. */
    readonly advice: string,
  ) {
    super(`The ${options[0]} and ${options[1]} options: ${advice}`);
  }
}
