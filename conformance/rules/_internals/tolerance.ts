import { flattenAllOf, isClosedObject, providerMetadataConsistent, resourceFields, type Contract, type JsonSchema } from '../../../spec/index.js';
import { applyPatch, differingFields, isObject, normalizeIntegration } from '../../compare.js';
import { fail } from '../../expect.js';
import type { Integration } from '../../IntegrationsApi.js';

/**
 * What the contract leaves open without --strict: the strict rules (`contract.rule(id).strict`:
 * headers-replace, unknown-properties-rejected, non-empty-strings) are project decisions, so a
 * target may merge headers, ignore unknown properties and accept empty strings. These helpers
 * check such an answer against what the body says, and no more.
 */

type Json = Record<string, unknown>;

/**
 * `value` with every object property its schema does not declare taken out (at any depth), where
 * the schema closes the object (`additionalProperties: false`, or `unevaluatedProperties: false`
 * beside an allOf, read merged). A oneOf branch is chosen by its `const` properties
 * (provider_metadata's `kind`).
 */
export function withoutUnknownProperties(schema: JsonSchema | undefined, value: unknown): unknown {
  if (!schema) return value;
  const leaves = leavesOf(schema);
  if (Array.isArray(value)) {
    const items = leaves.map((l) => l.items).find((i): i is JsonSchema => isObject(i));
    return items ? value.map((v) => withoutUnknownProperties(items, v)) : value;
  }
  if (!isObject(value)) return value;
  const objects = leaves.filter((l) => isObject(l.properties) || l.additionalProperties !== undefined || l.unevaluatedProperties !== undefined);
  const matching = objects.filter((l) => Object.entries(propertiesOf(l)).every(([k, s]) => !('const' in s) || value[k] === s.const));
  const chosen = matching.length > 0 ? matching : objects;
  if (chosen.length === 0) return value;
  const closed = chosen.every(isClosedObject);
  const out: Json = {};
  for (const [key, inner] of Object.entries(value)) {
    const declared = chosen.map((l) => propertiesOf(l)[key]).find((s) => s !== undefined);
    if (declared) out[key] = withoutUnknownProperties(declared, inner);
    else if (!closed) {
      const additional = chosen.map((l) => l.additionalProperties).find((a): a is JsonSchema => isObject(a));
      out[key] = withoutUnknownProperties(additional, inner);
    }
  }
  return out;
}

/**
 * Without --strict, headers need not replace the stored map (headers-replace is a decision): every
 * entry sent must be in the result, and the model takes the target's map. Returns `expected` with
 * the target's headers when the body sent a headers object; `expected` itself otherwise.
 */
export function adoptMergedHeaders(body: Json, got: Integration, expected: Json, what: string): Json {
  if (!isObject(body.headers)) return expected;
  const stored = isObject(got.headers) ? got.headers : {};
  const missing = Object.entries(body.headers).filter(([name, value]) => stored[name] !== value);
  if (missing.length > 0) {
    fail(`${what}: headers sent are missing from the result (${missing.map(([n]) => n).join(', ')})`, {
      expected: { headers: Object.fromEntries(missing) },
      actual: { headers: got.headers ?? null },
    });
  }
  return { ...expected, headers: got.headers ?? null };
}

export interface AcceptedOptions {
  readonly strict: boolean;
  /** Names other integrations of the account hold: taking one is a 409, never a 200. */
  readonly takenNames?: readonly unknown[];
}

/**
 * A body that breaks only a strict rule (InvalidRequest.strictOnly) was answered 200 without
 * --strict. The result must be what the body says with its unknown properties ignored: the fields
 * it sets as sent (an empty string too), every other field as before, the server fields unchanged,
 * and the state consistent and the name free (else a 409 or 422 was due). Throws a Violation.
 */
export function expectAcceptedAsTheBodySays(contract: Contract, before: Json, body: unknown, got: Integration, what: string, options: AcceptedOptions): void {
  if (!isObject(body)) fail(`${what}: answered 200 to a body that is not an object`, { expected: 'a 4xx', actual: got });
  const schema = contract.operation('ai_integrations_update').requestBody?.schema;
  const sent = withoutUnknownProperties(schema, body) as Json;
  if (Object.keys(sent).length === 0) fail(`${what}: answered 200 to a body without any known field (rule non-empty)`, { expected: 400, actual: got });
  if (typeof sent.name === 'string' && (options.takenNames ?? []).includes(sent.name)) fail(`${what}: answered 200 to a rename onto a taken name`, { expected: 409, actual: got });
  const compare = { fields: resourceFields(contract), strict: options.strict };
  let expected = applyPatch(before, sent, compare.fields);
  if (!providerMetadataConsistent(contract, expected.provider, expected.provider_metadata)) fail(`${what}: answered 200 although the provider and its metadata disagree afterwards`, { expected: 422, actual: got });
  if (!options.strict) expected = adoptMergedHeaders(sent, got, expected, what);
  // An empty api_key may count as a key or as none: the rule that says is strict (non-empty-strings).
  if (sent.api_key === '') expected = { ...expected, has_api_key: got.has_api_key };
  // The target may keep what it ignored: compare the known fields only.
  const fields = isObject(schema) && isObject(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : {};
  const result: Json = { ...got };
  for (const [field, fieldSchema] of Object.entries(fields)) if (field in got) result[field] = withoutUnknownProperties(fieldSchema, got[field]);
  const differing = differingFields(expected, result, compare);
  for (const field of contract.rule('immutable-fields').fields) if (got[field] !== before[field]) differing.push(field);
  if (differing.length > 0) {
    const pick = (v: Json) => Object.fromEntries(differing.map((f) => [f, v[f]]));
    fail(`${what}: accepted, but ${differing.join(', ')} ${differing.length === 1 ? 'is' : 'are'} not what the body says`, {
      expected: pick(normalizeIntegration(expected, { ...compare, keepServerFields: true })),
      actual: pick(normalizeIntegration(result, { ...compare, keepServerFields: true })),
    });
  }
}

function leavesOf(schema: JsonSchema): JsonSchema[] {
  schema = flattenAllOf(schema);
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  return Array.isArray(alternatives) ? alternatives.flatMap(leavesOf) : [schema];
}

function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  return (isObject(schema.properties) ? schema.properties : {}) as Record<string, JsonSchema>;
}
