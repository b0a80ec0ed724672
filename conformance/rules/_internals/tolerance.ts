import {
  isJsonObject,
  differingFields,
  inContractEdition,
  pickCanonical,
  withoutUnknownProperties,
  type JsonObject,
} from '../../../spec/index.js';
import { adoptMergedHeaders, expectAsModelled, fail } from '../../expect.js';
import type { Integration } from '../../IntegrationsApi.js';
import type { RuleContext } from '../../RuleContext.js';

/**
 * What the contract leaves open without --strict: the strict rules (`contract.rule(id).strict`:
 * headers-replace, unknown-properties-rejected, non-empty-strings) are project decisions, so a
 * target may merge headers, ignore unknown properties and accept empty strings. These helpers
 * check such an answer against what the body says, and no more.
 */

export interface AcceptedOptions {
  /** Names other integrations of the account hold: taking one is a 409, never a 200. */
  readonly takenNames?: readonly unknown[];
}

/**
 * A body that breaks only a strict rule (InvalidRequest.strictOnly) was answered 200 without
 * --strict. The result must be what the body says with its unknown properties ignored and its
 * values spelled as the run's edition spells them (a server in transition takes the other
 * edition's spellings for the same values), as the contract model predicts it (the fields it sets
 * as sent, an empty string too, every other field as before), and the model must accept it (else a
 * 409 or 422 was due). Throws a Violation.
 */
export function expectAcceptedAsTheBodySays(
  ctx: Pick<RuleContext, 'contract' | 'model' | 'compare'>,
  before: JsonObject,
  body: unknown,
  got: Integration,
  what: string,
  options: AcceptedOptions = {},
): void {
  const { contract } = ctx;
  if (!isJsonObject(body))
    fail(`${what}: answered 200 to a body that is not an object`, { expected: 'a 4xx', actual: got });
  const schema = contract.operation('update').requestBody?.schema;
  const sent = inContractEdition(contract, 'update', withoutUnknownProperties(schema, body));
  // Both keep an object an object.
  if (!isJsonObject(sent)) throw new Error(`${what}: the body lost its object shape on respelling`);
  if (Object.keys(sent).length === 0)
    fail(`${what}: answered 200 to a body without any known field (rule non-empty)`, { expected: 400, actual: got });
  const outcome = ctx.model.update(before, sent, options.takenNames ?? []);
  if (!outcome.accepted)
    fail(`${what}: answered 200 to a body that breaks ${outcome.rules.join(', ')}`, {
      expected: outcome.statuses.length === 1 ? outcome.statuses[0] : outcome.statuses,
      actual: got,
    });
  let expected = adoptMergedHeaders(sent, before, got, outcome.after, what);
  // An empty api_key may count as a key or as none: the rule that says is strict (non-empty-strings).
  if (sent.api_key === '') expected = { ...expected, has_api_key: got.has_api_key };
  expectAsModelled(got, expected, what, ctx.compare);
  const immutable = contract.rule('immutable-fields').fields;
  const changed = differingFields(contract, before, got, { serverFields: true }).filter((f) => immutable.includes(f));
  if (changed.length > 0)
    fail(`${what}: accepted, but ${changed.join(', ')} changed`, {
      expected: pickCanonical(contract, before, changed),
      actual: pickCanonical(contract, got, changed),
    });
}
