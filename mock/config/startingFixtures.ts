import demoFixtures from '../fixtures/demo.json' with { type: 'json' };

/** The bearer token of the demo account of the built-in fixtures (not a secret: it is the demo). */
export const DEMO_TOKEN: string = demoAccount().account;

function demoAccount() {
  const [first] = demoFixtures.accounts;
  if (!first) throw new Error('mock/fixtures/demo.json lists no account');
  return first;
}

/** A document as given (a file's content or an option's value) and how a MockConfigError names it. */
export interface SourcedDocument {
  readonly document: unknown;
  readonly source: string;
}

/** The fixtures the mock starts from and resets to: the built-in demo when none are given, none for `null`. */
export function startingFixtures(given: SourcedDocument | null | undefined): SourcedDocument {
  if (given === undefined) return { document: demoFixtures, source: 'the built-in demo fixtures' };
  if (given === null) return { document: { accounts: [] }, source: 'no fixtures' };
  return given;
}
