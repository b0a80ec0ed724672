import type { UpdateAiIntegrationRequest } from '../spec/index.js';

/** A PATCH meant for one stored integration, with the answer the contract gives it. */
export interface StateAwareUpdate {
  /** The integration to patch. */
  readonly integrationId: string;
  readonly body: UpdateAiIntegrationRequest;
  /** The rule the case exercises (e.g. name-unique). */
  readonly rule: string;
  /** The expected status: the rule's status when it is broken, the operation's success status otherwise. */
  readonly status: number;
  readonly strictOnly: boolean;
  readonly description: string;
}

/** The integration fields the state-aware generators read. */
export interface StoredIntegration {
  readonly id: string;
  readonly name: string;
  readonly provider: string;
  readonly provider_metadata?: unknown;
}
