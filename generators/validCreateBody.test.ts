import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractModel, EDITIONS, loadContract, type Contract } from '../spec/index.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertShrinkKeeps,
} from './test-support/assertArbitrary.js';
import { validCreateBody } from './validCreateBody.js';

const problemsOf = (c: Contract) => (body: Record<string, unknown>) => {
  const required = c.rule('create-provider-consistency').params.requiredMetadataKind as Record<string, string>;
  const need = required[body.provider as string];
  const kind = (body.provider_metadata as { kind?: string } | null | undefined)?.kind;
  return [
    ...c.operation('create').requestBody!.validate(body),
    ...(need !== undefined && kind !== need ? [`${String(body.provider)} without ${need} metadata`] : []),
  ];
};

describe.each(EDITIONS)('validCreateBody in the %s edition', (edition) => {
  let contract: Contract;
  beforeAll(async () => {
    contract = await loadContract(undefined, { edition });
  });

  it('gives the same bodies for the same seed', () => {
    assertProduceSameValueGivenSameSeed(validCreateBody(contract));
  });

  it('gives bodies the spec accepts, with provider and metadata consistent', () => {
    const bodies = assertProduceCorrectValues(
      validCreateBody(contract),
      problemsOf(contract) as never,
    ) as unknown as Record<string, unknown>[];
    expect(new Set(bodies.map((b) => b.provider))).toEqual(new Set(Object.values(contract.facts.spellings.provider)));
    expect(new Set(bodies.map((b) => b.auth_type).filter(Boolean))).toEqual(
      new Set(Object.values(contract.facts.spellings.auth_type)),
    );
    expect(bodies.some((b) => Object.keys(b).length === 2)).toBe(true);
  });

  it('keeps shrunk bodies valid and consistent', () => {
    // The last provider that needs metadata (vertexAI, VERTEX_AI), and its kind.
    const [provider, kind] = Object.entries(contractModel(contract).requiredMetadataKind).at(-1)!;
    const shrunk = assertShrinkKeeps(
      validCreateBody(contract),
      (b) => b.provider === provider,
      problemsOf(contract) as never,
    ) as unknown as Record<string, unknown>;
    expect((shrunk.provider_metadata as { kind: string }).kind).toBe(kind);
  });

  it('uses only the scoping ids it is given, a space only with its organization, and never an empty list', () => {
    const ids = { organizationId: 'T3JnOjE=', spaceId: 'U3BhY2U6MQ==' };
    const scopings = (options: object) =>
      fc
        .sample(validCreateBody(contract, { scopingIds: options }), { numRuns: 300, seed: 4 })
        .flatMap((b) => (b.scopings === undefined ? [] : [b.scopings]));
    const given = scopings(ids);
    expect(given.length).toBeGreaterThan(0);
    expect(given.every((list) => list.length > 0)).toBe(true);
    const values = given.flat().map((s) => JSON.stringify(s));
    expect(values.some((v) => v.includes(ids.spaceId))).toBe(true);
    expect(
      given
        .flat()
        .every(
          (s) =>
            (s.organization_id ?? ids.organizationId) === ids.organizationId &&
            (s.space_id ?? ids.spaceId) === ids.spaceId &&
            (s.space_id == null || s.organization_id === ids.organizationId),
        ),
    ).toBe(true);
    const accountWide = scopings({}).flat();
    expect(accountWide.every((s) => s.organization_id == null && s.space_id == null)).toBe(true);
    expect(() => validCreateBody(contract, { scopingIds: { organizationId: '' } })).toThrow(
      /scopingIds.organizationId/,
    );
  });

  it('throws at once on bad options', () => {
    expect(() => validCreateBody(contract, { takenNames: 'x' as never })).toThrow(/takenNames/);
  });
});
