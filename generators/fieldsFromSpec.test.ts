import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContract, type Contract } from '../spec/index.js';
import { brokenSpec } from '../spec/test-support/brokenSpec.js';
import { invalidUpdateBody } from './invalidUpdateBody.js';
import { invalidRequestProblems } from './test-support/assertArbitrary.js';
import { validCreateBody } from './validCreateBody.js';
import { validUpdateBody } from './validUpdateBody.js';

// A copy of the spec with three properties the generators have never heard of.
let contract: Contract;
beforeAll(async () => {
  const path = brokenSpec((doc) => {
    const added = {
      description: { type: ['string', 'null'], maxLength: 200 },
      temperature: { type: 'number', minimum: 0, maximum: 2 },
      tags: { type: 'array', items: { type: 'string', enum: ['prod', 'eval'] } },
    };
    Object.assign(doc.components.schemas.UpdateAiIntegrationRequest.properties, added);
    Object.assign(doc.components.schemas.CreateAiIntegrationRequest.properties, added);
  });
  contract = await readContract(path);
});

describe('generators follow the spec', () => {
  it('put a property added to the spec into valid update and create bodies, valid against the new schema', () => {
    const updates = fc.sample(validUpdateBody(contract), { seed: 9, numRuns: 300 }) as Record<string, unknown>[];
    const creates = fc.sample(validCreateBody(contract), { seed: 9, numRuns: 300 }) as unknown as Record<
      string,
      unknown
    >[];
    for (const field of ['description', 'temperature', 'tags']) {
      expect(
        updates.some((b) => field in b),
        field,
      ).toBe(true);
      expect(
        creates.some((b) => field in b),
        field,
      ).toBe(true);
    }
    expect(updates.some((b) => b.description === null)).toBe(true);
    for (const body of updates) expect(contract.operation('update').requestBody!.validate(body)).toEqual([]);
    for (const body of creates) expect(contract.operation('create').requestBody!.validate(body)).toEqual([]);
  });

  it('derive the invalid families of an added property from its schema', () => {
    const invalid = fc.sample(invalidUpdateBody(contract), { seed: 9, numRuns: 1500 });
    const seen = new Set(invalid.map((r) => `${r.family}:${r.field ?? ''}`));
    for (const label of [
      'wrong-type:description',
      'wrong-type:temperature',
      'wrong-type:tags',
      'null-on-non-nullable:temperature',
      'null-on-non-nullable:tags',
      'malformed-structure:tags',
    ]) {
      expect(seen, label).toContain(label);
    }
    expect(seen).not.toContain('null-on-non-nullable:description');
    for (const r of invalid) expect(invalidRequestProblems(contract, r)).toEqual([]);
  });
});
