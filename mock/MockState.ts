import type { Contract } from '../spec/index.js';
import type { Accounts } from './config/Accounts.js';
// Not config/index.js, which also offers readJsonFile (node:fs): the state runs in a browser too.
import { loadFixtures } from './config/loadFixtures.js';
import type { SourcedDocument } from './config/startingFixtures.js';
import type { IntegrationStore, IntegrationStoreOptions, MockRules } from './core/index.js';

/**
 * The running mock's state: the contract and its rules, who may call, and the store. The store is
 * replaced whole on reset and on loading fixtures, so a failed load leaves the old one serving.
 */
export class MockState {
  private current: IntegrationStore;
  private baseline: SourcedDocument;

  constructor(
    readonly contract: Contract,
    readonly rules: MockRules,
    readonly accounts: Accounts,
    fixtures: SourcedDocument,
    private readonly storeOptions: IntegrationStoreOptions = {},
  ) {
    this.baseline = { document: structuredClone(fixtures.document), source: fixtures.source };
    this.current = loadFixtures(rules, this.baseline.document, this.baseline.source, storeOptions);
  }

  get store(): IntegrationStore {
    return this.current;
  }

  /** Back to the fixtures last loaded (those of start-up until others are loaded). */
  reset(): void {
    this.current = loadFixtures(this.rules, this.baseline.document, this.baseline.source, this.storeOptions);
  }

  /** Replaces the whole state with these fixtures, which also become what reset returns to. Throws MockConfigError. */
  load(document: unknown, source: string): void {
    this.current = loadFixtures(this.rules, document, source, this.storeOptions);
    this.baseline = { document: structuredClone(document), source };
  }
}
