import fc from 'fast-check';
import { expect } from 'vitest';
import { hasParam, SPELLED_FIELDS, type Contract } from '../../spec/index.js';
import type { InvalidRequest } from '../InvalidRequest.js';
import { describeInvalid } from '../invalidFamilies.js';

/**
 * Shared assertions every public arbitrary passes, after fast-check's own
 * (assertProduceSameValueGivenSameSeed, assertProduceCorrectValues, shrinking checks).
 */

export function assertProduceSameValueGivenSameSeed<T>(arbitrary: fc.Arbitrary<T>, numRuns = 40): void {
  const first = fc.sample(arbitrary, { seed: 7, numRuns });
  expect(fc.sample(arbitrary, { seed: 7, numRuns })).toEqual(first);
  // A constant arbitrary would pass the line above; another seed must change something.
  expect(fc.sample(arbitrary, { seed: 8, numRuns })).not.toEqual(first);
}

/** Every value satisfies `check` (which returns the problems it finds). */
export function assertProduceCorrectValues<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => readonly unknown[],
  numRuns = 300,
): T[] {
  const values = fc.sample(arbitrary, { seed: 11, numRuns });
  for (const value of values) {
    const problems = check(value);
    if (problems.length > 0) expect({ value, problems }).toEqual({ value, problems: [] });
  }
  return values;
}

/**
 * Runs a property that fails on every value `triggers` selects and lets fast-check shrink the
 * counterexample; the shrunk value must still satisfy `check` (still valid, or still breaking the
 * same rule). Returns the shrunk value.
 */
export function assertShrinkKeeps<T>(
  arbitrary: fc.Arbitrary<T>,
  triggers: (value: T) => boolean,
  check: (value: T) => readonly unknown[],
  seed = 5,
): T {
  const details = fc.check(
    fc.property(arbitrary, (value) => !triggers(value)),
    { seed, numRuns: 300 },
  );
  expect(details.failed).toBe(true);
  const shrunk = details.counterexample![0];
  expect(triggers(shrunk)).toBe(true);
  expect(check(shrunk)).toEqual([]);
  return shrunk;
}

/** The UTF-8 byte length of JSON.stringify(value): the measure of headers-size-limit. */
export function utf8JsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Problems with one InvalidRequest, checked independently of the generators: the label matches
 * the spec's rule; the text is (or is not) JSON as `value` says; a schema-invalid body fails the
 * spec's validator; a semantic-invalid body passes it and breaks its rule, checked here by hand.
 */
export function invalidRequestProblems(contract: Contract, request: InvalidRequest): string[] {
  const problems: string[] = [];
  const rule = contract.rule(request.rule);
  if (request.status !== rule.status) problems.push(`status ${request.status}, rule says ${rule.status}`);
  const info = describeInvalid(request.family);
  const strictOnly = info.strictOnly === true || rule.strict;
  if (request.strictOnly !== strictOnly)
    problems.push(`strictOnly ${request.strictOnly}, rule and family say ${strictOnly}`);
  if (info.rule !== request.rule)
    problems.push(`family ${request.family} belongs to rule ${info.rule}, labelled ${request.rule}`);
  if (request.value === undefined && !('value' in request)) {
    let parsed = true;
    try {
      JSON.parse(request.text);
    } catch {
      parsed = false;
    }
    if (parsed) problems.push('the text parses as JSON but no value is given');
    return problems;
  }
  if (JSON.stringify(JSON.parse(request.text)) !== JSON.stringify(request.value))
    problems.push('text and value differ');
  const issues = contract.operation('update').requestBody!.validate(request.value);
  if (!info.semantic) {
    if (issues.length === 0) problems.push('the schema accepts a body labelled schema-invalid');
    problems.push(...otherSpellingProblems(contract, request));
    return problems;
  }
  if (issues.length > 0) problems.push(`a semantic-invalid body fails the schema: ${JSON.stringify(issues)}`);
  const body = request.value as Record<string, unknown>;
  if (hasParam(rule, 'maxBytes')) {
    const maxBytes = rule.params.maxBytes;
    if (
      !rule.fields.some(
        (field) => body[field] !== undefined && body[field] !== null && utf8JsonBytes(body[field]) > maxBytes,
      )
    )
      problems.push(`no field of ${rule.fields.join(', ')} is over ${maxBytes} bytes`);
  } else if (hasParam(rule, 'requiredMetadataKind')) {
    const required = rule.params.requiredMetadataKind;
    const provider = body.provider as string;
    const metadata = body.provider_metadata as { kind?: string } | null | undefined;
    if (!(provider in required)) problems.push(`provider ${provider} needs no metadata`);
    if (!('provider_metadata' in body))
      problems.push('without provider_metadata in the body, the stored metadata may be consistent');
    else if (metadata?.kind === required[provider]) problems.push('the metadata matches the provider');
  } else problems.push(`no hand check for semantic rule ${rule.id}`);
  return problems;
}

/**
 * Another edition's spelling is invalid only as the other-edition-spelling family (strict-only): no
 * other family may send one, and that family's body, spelled as the contract's edition spells it
 * (by a table written here, not the generators' helper), must pass the schema.
 */
function otherSpellingProblems(contract: Contract, request: InvalidRequest): string[] {
  const table = contract.editions;
  const foreign: string[] = [];
  const respelled = JSON.parse(request.text, (key, value: unknown) => {
    const field = SPELLED_FIELDS.find((f) => f === key);
    if (!field || typeof value !== 'string') return value;
    const editions = table.editionsSpelling(field, value);
    if (editions.length === 0 || editions.includes(contract.edition)) return value;
    foreign.push(`${key} ${JSON.stringify(value)}`);
    return table.respell(field, value, contract.edition);
  }) as unknown;
  if (request.family !== 'other-edition-spelling')
    return foreign.length > 0
      ? [`another edition's spelling outside other-edition-spelling: ${foreign.join(', ')}`]
      : [];
  if (foreign.length === 0) return ["no value spelled as another edition's"];
  const issues = contract.operation('update').requestBody!.validate(respelled);
  return issues.length > 0 ? [`invalid for more than the spelling: ${JSON.stringify(issues)}`] : [];
}

/** Problems of a body that must pass provider-consistency whatever the stored state is. */
export function anyStateConsistencyProblems(contract: Contract, body: Record<string, unknown>): string[] {
  const required = contract.rule('provider-consistency').params.requiredMetadataKind;
  if ('provider_metadata' in body && !('provider' in body)) return ['provider_metadata without provider'];
  if (!('provider' in body)) return [];
  const need = required[body.provider as string];
  const kind = (body.provider_metadata as { kind?: string } | null | undefined)?.kind;
  return need === undefined || kind === need
    ? []
    : [`provider ${String(body.provider)} with metadata kind ${String(kind)}`];
}
