import { beforeAll, describe, expect, it } from 'vitest';
import { contractModel, EDITIONS, loadContract, type Contract } from '../spec/index.js';
import { consistentUpdateBody, type IntegrationState } from './consistentUpdateBody.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertShrinkKeeps,
} from './test-support/assertArbitrary.js';

/** States read from the contract: a provider that needs metadata of the kind with role_arn (awsBedrock), a provider that needs none (openAI), and one that needs another kind (vertexAI). */
function statesOf(contract: Contract) {
  const model = contractModel(contract);
  const needy = Object.entries(model.requiredMetadataKind);
  const [awsProvider, awsKind] = needy[0]!;
  const plain = model.providers.find((p) => !Object.hasOwn(model.requiredMetadataKind, p))!;
  return {
    bedrock: {
      provider: awsProvider,
      provider_metadata: { kind: awsKind, role_arn: 'arn:aws:iam::123456789012:role/ArizeBedrock' },
    } as IntegrationState,
    openAI: { provider: plain, provider_metadata: null } as IntegrationState,
    otherNeedy: needy[1]![0],
  };
}

/** Provider consistency of the state after the patch, computed by hand. */
const problemsAfter =
  (c: Contract, state: { provider: string; provider_metadata?: unknown }) => (body: Record<string, unknown>) => {
    const required = c.rule('provider-consistency').params.requiredMetadataKind as Record<string, string>;
    const provider = ('provider' in body ? body.provider : state.provider) as string;
    const metadata = ('provider_metadata' in body ? body.provider_metadata : state.provider_metadata) as {
      kind?: string;
    } | null;
    const need = required[provider];
    return [
      ...c.operation('update').requestBody!.validate(body),
      ...(need !== undefined && metadata?.kind !== need ? [`${provider} left with ${JSON.stringify(metadata)}`] : []),
    ];
  };

describe.each(EDITIONS)('consistentUpdateBody in the %s edition', (edition) => {
  let contract: Contract;
  let bedrock: ReturnType<typeof statesOf>['bedrock'];
  let openAI: ReturnType<typeof statesOf>['openAI'];
  let otherNeedy: string;
  beforeAll(async () => {
    contract = await loadContract(undefined, { edition });
    ({ bedrock, openAI, otherNeedy } = statesOf(contract));
  });

  it('gives the same bodies for the same seed', () => {
    assertProduceSameValueGivenSameSeed(consistentUpdateBody(contract, bedrock));
  });

  it('never leaves an awsBedrock integration without AWS metadata, yet clears metadata when it moves provider', () => {
    const bodies = assertProduceCorrectValues(
      consistentUpdateBody(contract, bedrock),
      problemsAfter(contract, bedrock) as never,
    ) as Record<string, unknown>[];
    expect(bodies.some((b) => b.provider_metadata === null)).toBe(true);
    expect(bodies.some((b) => 'provider_metadata' in b && !('provider' in b))).toBe(true);
  });

  it('gives an openAI integration metadata when it moves to vertexAI', () => {
    const bodies = assertProduceCorrectValues(
      consistentUpdateBody(contract, openAI),
      problemsAfter(contract, openAI) as never,
    ) as Record<string, unknown>[];
    expect(bodies.some((b) => b.provider === otherNeedy)).toBe(true);
  });

  it('keeps shrunk bodies consistent', () => {
    assertShrinkKeeps(
      consistentUpdateBody(contract, bedrock),
      (b) => 'provider_metadata' in b,
      problemsAfter(contract, bedrock) as never,
    );
  });

  it('throws at once on a bad integration or option', () => {
    expect(() => consistentUpdateBody(contract, {} as never)).toThrow(/provider/);
    expect(() => consistentUpdateBody(contract, bedrock, { fields: ['id'] })).toThrow(/"id"/);
  });
});
