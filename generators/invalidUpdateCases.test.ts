import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS, loadContract } from '../spec/index.js';
import { invalidUpdateCases } from './invalidUpdateCases.js';
import { assertShrinkKeeps, invalidRequestProblems } from './test-support/assertArbitrary.js';

describe.each(EDITIONS)('invalidUpdateCases in the %s edition', (edition) => {
  it('draws, for each combination, only requests of that family, field and variant, each breaking its rule', async () => {
    const contract = await loadContract(undefined, { edition });
    const cases = invalidUpdateCases(contract);
    for (const [i, c] of cases.entries()) {
      for (const r of fc.sample(c.arbitrary, { seed: i, numRuns: 3 })) {
        expect({ family: r.family, field: r.field, variant: r.variant }).toEqual({
          family: c.family,
          field: c.field,
          variant: c.variant,
        });
        expect(invalidRequestProblems(contract, r), `${c.family} ${c.field ?? ''} ${c.variant ?? ''}`).toEqual([]);
      }
    }
  });

  it('names every non-nullable field for null, every field for wrong-type (one case per rejected JSON type), and each wrong metadata of each provider that needs one', async () => {
    const contract = await loadContract(undefined, { edition });
    const cases = invalidUpdateCases(contract);
    const fieldsOf = (family: string) => cases.filter((c) => c.family === family).map((c) => c.field);
    expect(fieldsOf('null-on-non-nullable')).toEqual(contract.rule('types-enforced').params.notNullable);
    const properties = Object.keys(
      (contract.operation('update').requestBody!.schema as { properties: object }).properties,
    );
    expect(new Set(fieldsOf('wrong-type'))).toEqual(new Set(properties));
    const nameTypes = cases.filter((c) => c.family === 'wrong-type' && c.field === properties[0]).map((c) => c.variant);
    expect(nameTypes).toEqual(['number', 'boolean', 'array', 'object']);
    const required = contract.rule('provider-consistency').params.requiredMetadataKind;
    const mismatches = cases.filter((c) => c.family === 'provider-metadata-mismatch');
    // Each provider that needs metadata: null, and each other kind the schema declares.
    expect(mismatches).toHaveLength(Object.keys(required).length * new Set(Object.values(required)).size);
    const keys = cases.map((c) => `${c.family}/${c.field ?? ''}/${c.variant ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names a missing member for each kind of provider_metadata and each member its schema requires', async () => {
    const contract = await loadContract(undefined, { edition });
    const metadata = contract.schemas.ProviderMetadata as {
      oneOf: Array<{ required: string[]; properties: { kind: { const: string } } }>;
    };
    const expected = metadata.oneOf.flatMap((kind) =>
      kind.required.map((member) => `${kind.properties.kind.const} without ${member}`),
    );
    const cases = invalidUpdateCases(contract, { families: ['missing-nested-required'] });
    expect(cases.map((c) => c.variant)).toEqual(expected);
    expect(new Set(cases.map((c) => c.field))).toEqual(new Set(['provider_metadata']));
  });

  it('keeps its combination when a counterexample shrinks', async () => {
    const contract = await loadContract(undefined, { edition });
    const c = invalidUpdateCases(contract, { families: ['wrong-type'] }).find((x) => x.variant === 'number')!;
    const shrunk = assertShrinkKeeps(
      c.arbitrary,
      () => true,
      (r) => invalidRequestProblems(contract, r),
    );
    expect([shrunk.family, shrunk.field, shrunk.variant]).toEqual([c.family, c.field, c.variant]);
  });
});
