import type { Contract } from '../spec/index.js';
import type { Accounts } from './config/Accounts.js';
// Not config/index.js, which also offers readJsonFile (node:fs): the state runs in a browser too.
import { loadFixtures } from './config/loadFixtures.js';
import type { SourcedDocument } from './config/startingFixtures.js';
import { IntegrationStore, type IntegrationStoreOptions, type MockRules, type StoreSnapshot } from './core/index.js';
import type { ServedState } from './ServedState.js';

/**
 * The running mock's state in memory: the contract and its rules, who may call, and the store. The
 * store is replaced whole on reset and on loading fixtures, so a failed load leaves the old one
 * serving. `saved` starts it from a saved state (a state file) instead of the fixtures, which
 * stay what reset returns to.
 */
export class MockState implements ServedState {
  private current: IntegrationStore;
  private baseline: SourcedDocument;

  constructor(
    readonly contract: Contract,
    readonly rules: MockRules,
    readonly accounts: Accounts,
    fixtures: SourcedDocument,
    private readonly storeOptions: IntegrationStoreOptions = {},
    saved?: StoreSnapshot,
  ) {
    this.baseline = { document: structuredClone(fixtures.document), source: fixtures.source };
    this.current = saved
      ? IntegrationStore.fromSnapshot(rules, saved, storeOptions)
      : loadFixtures(rules, this.baseline.document, this.baseline.source, storeOptions);
  }

  get store(): IntegrationStore {
    return this.current;
  }

  /** The fixtures reset returns to: those of start-up until others are loaded. */
  get fixtures(): SourcedDocument {
    return this.baseline;
  }

  /** Back to the fixtures last loaded (those of start-up until others are loaded). */
  reset(): void {
    this.current = loadFixtures(this.rules, this.baseline.document, this.baseline.source, this.storeOptions);
    this.storeOptions.onChange?.();
  }

  /** One account back to what the fixtures last loaded give it; the others keep their state. */
  resetAccount(accountId: string): void {
    // The baseline is built only to read one account from: it is no change of its own.
    const baseline = loadFixtures(
      this.rules,
      this.baseline.document,
      this.baseline.source,
      this.storeOptions.now ? { now: this.storeOptions.now } : {},
    );
    this.current.adoptAccount(accountId, baseline);
  }

  /** Replaces the whole state with these fixtures, which also become what reset returns to. Throws MockConfigError. */
  load(document: unknown, source: string): void {
    this.current = loadFixtures(this.rules, document, source, this.storeOptions);
    this.baseline = { document: structuredClone(document), source };
    this.storeOptions.onChange?.();
  }
}
