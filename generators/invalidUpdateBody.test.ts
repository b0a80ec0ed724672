import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS, loadContract, SPELLED_FIELDS, type Contract, type Edition } from '../spec/index.js';
import { INVALID_FAMILY_NAMES } from './invalidFamilies.js';
import type { InvalidRequest } from './InvalidRequest.js';
import { invalidUpdateBody } from './invalidUpdateBody.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertShrinkKeeps,
  invalidRequestProblems,
} from './test-support/assertArbitrary.js';

let contract: Contract;
let samples: InvalidRequest[];
beforeAll(async () => {
  contract = await loadContract();
  samples = fc.sample(invalidUpdateBody(contract), { seed: 21, numRuns: 600 });
});

const updateProperties = (c: Contract) =>
  (c.operation('update').requestBody!.schema as { properties: Record<string, unknown> }).properties;

describe('invalidUpdateBody', () => {
  it('gives the same requests for the same seed', () => {
    assertProduceSameValueGivenSameSeed(invalidUpdateBody(contract));
  });

  it('labels each request with a rule it really breaks: schema-invalid ones fail the validator, semantic ones pass it and break their rule', () => {
    assertProduceCorrectValues(invalidUpdateBody(contract), (r) => invalidRequestProblems(contract, r), 600);
  });

  it('covers every family within a few hundred samples', () => {
    expect(new Set(samples.map((r) => r.family))).toEqual(new Set(INVALID_FAMILY_NAMES));
  });

  it('derives wrong types for every property and null for every non-nullable one from the schema', () => {
    const fieldsOf = (family: string) => new Set(samples.filter((r) => r.family === family).map((r) => r.field));
    expect(fieldsOf('wrong-type')).toEqual(new Set(Object.keys(updateProperties(contract))));
    expect(fieldsOf('null-on-non-nullable')).toEqual(
      new Set(contract.rule('types-enforced').params.notNullable as string[]),
    );
    expect(fieldsOf('unknown-enum-value')).toEqual(new Set(['provider', 'auth_type']));
    expect(fieldsOf('empty-string')).toContain('name');
    expect(fieldsOf('malformed-structure')).toEqual(
      new Set(['scopings', 'provider_metadata', 'headers', 'model_names']),
    );
  });

  it('produces each kind of non-object body and malformed JSON', () => {
    const nonObjects = samples
      .filter((r) => r.family === 'non-object-body')
      .map((r) => (r.value === null ? 'null' : Array.isArray(r.value) ? 'array' : typeof r.value));
    expect(new Set(nonObjects)).toEqual(new Set(['array', 'string', 'number', 'boolean', 'null']));
    expect(samples.filter((r) => r.family === 'malformed-json').every((r) => !('value' in r))).toBe(true);
  });

  it('puts valid fields before and after the bad one', () => {
    const positions = samples
      .filter((r) => r.field !== undefined && r.family !== 'provider-metadata-mismatch')
      .map((r) => {
        const keys = Object.keys(r.value as object);
        return { before: keys.indexOf(r.field!) > 0, after: keys.indexOf(r.field!) < keys.length - 1 };
      });
    expect(positions.some((p) => p.before && p.after)).toBe(true);
    expect(positions.some((p) => !p.before && !p.after)).toBe(true);
  });

  it("labels the strict-only rules from the spec, and the other edition's spellings, and leaves them out on request", () => {
    const strictRules = new Set(contract.rules.filter((rule) => rule.strict).map((rule) => rule.id));
    expect(new Set(samples.filter((r) => r.strictOnly).map((r) => r.rule))).toEqual(
      new Set(['unknown-properties-rejected', 'non-empty-strings', 'types-enforced']),
    );
    expect(
      samples.every((r) => r.strictOnly === (strictRules.has(r.rule) || r.family === 'other-edition-spelling')),
    ).toBe(true);
    const lenient = fc.sample(invalidUpdateBody(contract, { includeStrictOnly: false }), { seed: 4, numRuns: 300 });
    expect(lenient.some((r) => r.strictOnly)).toBe(false);
  });

  it('sends the bad field alone without valid fields', () => {
    const alone = fc.sample(
      invalidUpdateBody(contract, { withValidFields: false, families: ['wrong-type', 'headers-too-large'] }),
      { seed: 4, numRuns: 100 },
    );
    for (const r of alone) expect(Object.keys(r.value as object)).toEqual([r.field]);
  });

  it.each(INVALID_FAMILY_NAMES)('keeps the family and its rule when shrinking a %s counterexample', (family) => {
    const shrunk = assertShrinkKeeps(
      invalidUpdateBody(contract),
      (r) => r.family === family,
      (r) => invalidRequestProblems(contract, r),
    );
    expect(shrunk.family).toBe(family);
  });

  it('throws at once on bad options', () => {
    expect(() => invalidUpdateBody(contract, { families: ['nope' as never] })).toThrow(/"nope"/);
    expect(() => invalidUpdateBody(contract, { families: [] })).toThrow(/empty/);
    expect(() => invalidUpdateBody(contract, { families: ['unknown-property'], includeStrictOnly: false })).toThrow(
      /no family left/,
    );
    expect(() => invalidUpdateBody(contract, { withValidFields: 1 as never })).toThrow(/withValidFields/);
  });
});

/** Every value of `text` at a spelled member (provider, auth_type, kind), at any depth. */
function spelledValues(text: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  try {
    JSON.parse(text, (key, value: unknown) => {
      if ((SPELLED_FIELDS as readonly string[]).includes(key) && typeof value === 'string') found.push([key, value]);
      return value;
    });
  } catch {
    // malformed-json: no values
  }
  return found;
}

describe.each(EDITIONS)('invalidUpdateBody in the %s edition', (edition: Edition) => {
  let contract: Contract;
  let other: Edition;
  beforeAll(async () => {
    contract = await loadContract(undefined, { edition });
    other = EDITIONS.find((e) => e !== edition)!;
  });
  const otherSpellings = (c: Contract) =>
    new Set(
      SPELLED_FIELDS.flatMap((field) =>
        Object.values(c.editions.editions[other].spellings[field]).filter(
          (v) => c.editions.editionsSpelling(field, v).length === 1,
        ),
      ),
    );

  it('labels each request with a rule it really breaks', () => {
    assertProduceCorrectValues(invalidUpdateBody(contract), (r) => invalidRequestProblems(contract, r), 400);
  });

  it("never sends the other edition's spellings as invalid without --strict: a server in transition accepts them", () => {
    const foreign = otherSpellings(contract);
    expect(foreign.size).toBeGreaterThan(0);
    const lenient = fc.sample(invalidUpdateBody(contract, { includeStrictOnly: false }), { seed: 5, numRuns: 800 });
    const sent = lenient.flatMap((r) => spelledValues(r.text).map(([, v]) => v));
    expect(sent.filter((v) => foreign.has(v))).toEqual([]);
    // Unknown enum values are still sent, and only values neither edition knows.
    const unknown = lenient.filter((r) => r.family === 'unknown-enum-value');
    expect(unknown.length).toBeGreaterThan(20);
    for (const r of unknown)
      expect(
        contract.editions.editionsSpelling(r.field as 'provider', (r.value as Record<string, string>)[r.field!]!),
      ).toEqual([]);
  });

  it("sends the other edition's spellings in a body otherwise valid, as the strict-only family other-edition-spelling", () => {
    const foreign = otherSpellings(contract);
    const spelled = fc.sample(invalidUpdateBody(contract, { families: ['other-edition-spelling'] }), {
      seed: 6,
      numRuns: 200,
    });
    for (const r of spelled) {
      expect(r).toMatchObject({ rule: 'types-enforced', strictOnly: true, status: 400 });
      expect(spelledValues(r.text).some(([, v]) => foreign.has(v))).toBe(true);
      expect(r.description).toContain(`the ${other} edition's spelling`);
    }
    const fields = new Set(
      spelled.flatMap((r) =>
        spelledValues(r.text)
          .filter(([, v]) => foreign.has(v))
          .map(([k]) => k),
      ),
    );
    expect(fields).toEqual(new Set(SPELLED_FIELDS));
    const alone = fc.sample(
      invalidUpdateBody(contract, { families: ['other-edition-spelling'], withValidFields: false }),
      { seed: 6, numRuns: 50 },
    );
    for (const r of alone)
      expect(
        Object.keys(r.value as object).every((k) => ['provider', 'provider_metadata', 'auth_type'].includes(k)),
      ).toBe(true);
  });
});
