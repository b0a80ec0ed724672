import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractModel, EDITIONS, loadContract, type Contract } from '../spec/index.js';
import {
  anyStateConsistencyProblems,
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertShrinkKeeps,
  utf8JsonBytes,
} from './test-support/assertArbitrary.js';
import { validUpdateBody } from './validUpdateBody.js';

const problemsOf = (c: Contract) => (body: Record<string, unknown>) => {
  const maxBytes = c.rule('headers-size-limit').params.maxBytes as number;
  return [
    ...c.operation('update').requestBody!.validate(body),
    ...(body.headers && utf8JsonBytes(body.headers) > maxBytes ? ['headers over the limit'] : []),
    ...anyStateConsistencyProblems(c, body),
  ];
};

describe.each(EDITIONS)('validUpdateBody in the %s edition', (edition) => {
  let contract: Contract;
  beforeAll(async () => {
    contract = await loadContract(undefined, { edition });
  });

  it('gives the same bodies for the same seed', () => {
    assertProduceSameValueGivenSameSeed(validUpdateBody(contract));
  });

  it('gives bodies the spec validator accepts, under the headers limit, consistent whatever the stored state', () => {
    assertProduceCorrectValues(validUpdateBody(contract), problemsOf(contract) as never);
  });

  it('covers every updatable field, null on every nullable one, both metadata kinds, empty and non-empty lists, small and near-limit headers', () => {
    const bodies = fc.sample(validUpdateBody(contract), { seed: 3, numRuns: 400 }) as Record<string, unknown>[];
    const schema = contract.operation('update').requestBody!.schema as { properties: Record<string, unknown> };
    for (const field of Object.keys(schema.properties))
      expect(
        bodies.some((b) => field in b),
        field,
      ).toBe(true);
    for (const field of ['api_key', 'base_url', 'headers', 'provider_metadata'])
      expect(
        bodies.some((b) => b[field] === null),
        `${field}: null`,
      ).toBe(true);
    const kinds = new Set(bodies.map((b) => (b.provider_metadata as { kind?: string } | null)?.kind).filter(Boolean));
    expect([...kinds].sort()).toEqual(Object.values(contract.facts.spellings.kind).sort());
    for (const list of ['model_names', 'scopings']) {
      expect(
        bodies.some((b) => Array.isArray(b[list]) && (b[list] as unknown[]).length === 0),
        `${list} empty`,
      ).toBe(true);
      expect(
        bodies.some((b) => Array.isArray(b[list]) && (b[list] as unknown[]).length > 1),
        `${list} several`,
      ).toBe(true);
    }
    const sizes = bodies.filter((b) => b.headers).map((b) => utf8JsonBytes(b.headers));
    expect(sizes.some((s) => s < 200)).toBe(true);
    expect(sizes.some((s) => s > 8175 - 256)).toBe(true);
    expect(sizes).toContain(8175);
    expect(bodies.some((b) => typeof b.name === 'string' && /[^\x00-\x7f]/.test(b.name) && / /.test(b.name))).toBe(
      true,
    );
  });

  it('keeps shrunk bodies valid', () => {
    const arbitrary = validUpdateBody(contract);
    const shrunk = assertShrinkKeeps(arbitrary, () => true, problemsOf(contract) as never);
    // One field, or provider_metadata with the provider it needs to be consistent.
    expect(Object.keys(shrunk).length).toBeLessThanOrEqual(2);
    const [needy] = Object.keys(contractModel(contract).requiredMetadataKind);
    assertShrinkKeeps(
      arbitrary,
      (b) => (b as Record<string, unknown>).provider === needy,
      problemsOf(contract) as never,
    );
  });

  it('keeps to the fields it is given and never uses a taken name', () => {
    const bodies = fc.sample(
      validUpdateBody(contract, { fields: ['name', 'auth_type'], takenNames: ['Production OpenAI'] }),
      { seed: 1, numRuns: 200 },
    );
    for (const body of bodies) {
      expect(Object.keys(body).every((k) => k === 'name' || k === 'auth_type')).toBe(true);
      expect(body.name).not.toBe('Production OpenAI');
    }
    expect(bodies.some((b) => b.name === 'Production OpenAI (2)')).toBe(true);
  });

  it('without anyState, sends provider_metadata on its own too', () => {
    const bodies = fc.sample(validUpdateBody(contract, { anyState: false }), { seed: 2, numRuns: 300 }) as Record<
      string,
      unknown
    >[];
    expect(bodies.some((b) => 'provider_metadata' in b && !('provider' in b))).toBe(true);
    for (const body of bodies) expect(contract.operation('update').requestBody!.validate(body)).toEqual([]);
  });

  it('throws at once on bad options', () => {
    expect(() => validUpdateBody(contract, { fields: ['nme'] })).toThrow(/"nme"/);
    expect(() => validUpdateBody(contract, { fields: [] })).toThrow(/empty/);
    expect(() => validUpdateBody(contract, { anyState: 'yes' as never })).toThrow(/anyState/);
    expect(() => validUpdateBody(contract, { seed: 1 } as never)).toThrow(/unknown option "seed"/);
  });
});
