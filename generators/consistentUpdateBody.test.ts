import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type Contract } from '../spec/index.js';
import { consistentUpdateBody } from './consistentUpdateBody.js';
import { assertProduceCorrectValues, assertProduceSameValueGivenSameSeed, assertShrinkKeeps } from './test-support/assertArbitrary.js';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const bedrock = { provider: 'awsBedrock' as const, provider_metadata: { kind: 'aws' as const, role_arn: 'arn:aws:iam::123456789012:role/ArizeBedrock' } };
const openAI = { provider: 'openAI' as const, provider_metadata: null };

/** Provider consistency of the state after the patch, computed by hand. */
const problemsAfter = (c: Contract, state: { provider: string; provider_metadata: unknown }) => (body: Record<string, unknown>) => {
  const required = c.rule('provider-consistency').params.requiredMetadataKind as Record<string, string>;
  const provider = ('provider' in body ? body.provider : state.provider) as string;
  const metadata = ('provider_metadata' in body ? body.provider_metadata : state.provider_metadata) as { kind?: string } | null;
  const need = required[provider];
  return [...c.operation('update').requestBody!.validate(body), ...(need !== undefined && metadata?.kind !== need ? [`${provider} left with ${JSON.stringify(metadata)}`] : [])];
};

describe('consistentUpdateBody', () => {
  it('gives the same bodies for the same seed', () => {
    assertProduceSameValueGivenSameSeed(consistentUpdateBody(contract, bedrock));
  });

  it('never leaves an awsBedrock integration without AWS metadata, yet clears metadata when it moves provider', () => {
    const bodies = assertProduceCorrectValues(consistentUpdateBody(contract, bedrock), problemsAfter(contract, bedrock) as never) as Record<string, unknown>[];
    expect(bodies.some((b) => b.provider_metadata === null)).toBe(true);
    expect(bodies.some((b) => 'provider_metadata' in b && !('provider' in b))).toBe(true);
  });

  it('gives an openAI integration metadata when it moves to vertexAI', () => {
    const bodies = assertProduceCorrectValues(consistentUpdateBody(contract, openAI), problemsAfter(contract, openAI) as never) as Record<string, unknown>[];
    expect(bodies.some((b) => b.provider === 'vertexAI')).toBe(true);
  });

  it('keeps shrunk bodies consistent', () => {
    assertShrinkKeeps(consistentUpdateBody(contract, bedrock), (b) => 'provider_metadata' in b, problemsAfter(contract, bedrock) as never);
  });

  it('throws at once on a bad integration or option', () => {
    expect(() => consistentUpdateBody(contract, {} as never)).toThrow(/provider/);
    expect(() => consistentUpdateBody(contract, bedrock, { fields: ['id'] })).toThrow(/"id"/);
  });
});
