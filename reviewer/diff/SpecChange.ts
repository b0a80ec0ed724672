/** Whether a change breaks someone: the two groups a contract change can break. */
export type Impact = 'breaking' | 'compatible';

/** One change between two versions of the contract, and who it breaks. */
export interface SpecChange {
  /** Where it was found: the schemas (through the OpenAPI diff library), `x-contract-rules` or `x-editions`. */
  readonly kind: 'schema' | 'rule' | 'edition';
  /** What changed, in a reader's words, e.g. "PATCH /v2/ai-integrations/{integration_id}, request body: model_names". */
  readonly where: string;
  readonly change: string;
  /** A client (frontend, SDK) written against OLD, talking to a server of NEW. */
  readonly clients: Impact;
  /** A server built to OLD, checked by the conformance kit of NEW. */
  readonly servers: Impact;
  /** Why it is classified so. */
  readonly why: string;
}

export interface SpecDiff {
  readonly old: string;
  readonly new: string;
  readonly changes: readonly SpecChange[];
}

export function isBreaking(change: SpecChange): boolean {
  return change.clients === 'breaking' || change.servers === 'breaking';
}
