import type { RuleId } from '../spec/index.js';
import type { InvalidFamily } from './invalidFamilies.js';

/** One request body that breaks exactly one contract rule, with the answer it must get. */
export interface InvalidRequest {
  /** Which kind of mistake (see INVALID_FAMILIES). */
  readonly family: InvalidFamily;
  /** The id of the rule it breaks, as the spec's x-contract-rules names it. */
  readonly rule: RuleId;
  /** The status that rule gives. */
  readonly status: number;
  /** True when the rule is a project decision the conformance kit asserts only in strict mode. */
  readonly strictOnly: boolean;
  /** The exact body to send (so malformed JSON is representable). */
  readonly text: string;
  /** `text` parsed, when it is JSON. */
  readonly value?: unknown;
  /** The body property the mistake is in, for the per-field families. */
  readonly field?: string;
  /** Which kind of mistake on that field, for families with several (see invalidUpdateCases). */
  readonly variant?: string;
  /** One line saying what is wrong, for reports. */
  readonly description: string;
}
