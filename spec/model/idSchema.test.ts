import { describe, expect, it } from 'vitest';
import { loadContract } from '../document/loadContract.js';
import { stringExamplesOf } from '../schema/schemaReaders.js';
import { idSchema } from './idSchema.js';

const contract = await loadContract();

describe('idSchema', () => {
  it("is the spec's id schema: a pattern, a maxLength and an example that fits both", () => {
    const schema = idSchema(contract);
    expect(typeof schema.pattern).toBe('string');
    expect(typeof schema.maxLength).toBe('number');
    const [example] = stringExamplesOf(schema);
    expect(example).toMatch(new RegExp(String(schema.pattern), 'u'));
    expect(example?.length).toBeLessThanOrEqual(Number(schema.maxLength));
  });
});
