import { beforeAll, describe, expect, it } from 'vitest';
import { contractModel, loadContract, type Contract } from '../spec/index.js';
import { renameOntoOwnName } from './renameOntoOwnName.js';
import { renameOntoTakenName } from './renameOntoTakenName.js';
import {
  assertProduceCorrectValues,
  assertProduceSameValueGivenSameSeed,
  assertShrinkKeeps,
} from './test-support/assertArbitrary.js';
import type { StateAwareUpdate } from './StateAwareUpdate.js';

let contract: Contract;
/** Three integrations of one account: a provider that needs no metadata, and the two that need metadata (AWS, then GCP), spelled as the contract spells them. */
let account: Array<{
  id: string;
  name: string;
  provider: string;
  provider_metadata: { kind: string; [member: string]: string } | null;
}>;
beforeAll(async () => {
  contract = await loadContract();
  const model = contractModel(contract);
  const [[aws, awsKind], [gcp, gcpKind]] = Object.entries(model.requiredMetadataKind) as [
    [string, string],
    [string, string],
  ];
  const plain = model.providers.find((p) => !Object.hasOwn(model.requiredMetadataKind, p))!;
  account = [
    { id: 'SW50OjE6YQ==', name: 'Production OpenAI', provider: plain, provider_metadata: null },
    {
      id: 'SW50OjI6Yg==',
      name: 'Bedrock (us-east-1)',
      provider: aws,
      provider_metadata: { kind: awsKind, role_arn: 'arn:aws:iam::123456789012:role/A' },
    },
    {
      id: 'SW50OjM6Yw==',
      name: 'Vertex AI',
      provider: gcp,
      provider_metadata: { kind: gcpKind, project_id: 'p-1234', location: 'global', project_access_label: 'ml' },
    },
  ];
});

const problemsOf = (c: Contract, expectTaken: boolean) => (u: StateAwareUpdate) => {
  const target = account.find((i) => i.id === u.integrationId)!;
  const others = account.filter((i) => i.id !== target.id).map((i) => i.name);
  const required = c.rule('provider-consistency').params.requiredMetadataKind as Record<string, string>;
  const body = u.body as Record<string, unknown>;
  const provider = (body.provider ?? target.provider) as string;
  const metadata = ('provider_metadata' in body ? body.provider_metadata : target.provider_metadata) as {
    kind?: string;
  } | null;
  return [
    ...c.operation('update').requestBody!.validate(u.body),
    ...(expectTaken
      ? others.includes(u.body.name!)
        ? []
        : ['name not taken']
      : u.body.name === target.name
        ? []
        : ['not its own name']),
    ...(required[provider] !== undefined && metadata?.kind !== required[provider] ? ['inconsistent provider'] : []),
    ...(u.status === (expectTaken ? 409 : 200) && u.rule === 'name-unique'
      ? []
      : [`status ${u.status} rule ${u.rule}`]),
  ];
};

describe('renameOntoTakenName', () => {
  it('gives the same updates for the same seed', () => {
    assertProduceSameValueGivenSameSeed(renameOntoTakenName(contract, account));
  });

  it("renames one integration onto another's name (409), with other fields consistent with the target", () => {
    const updates = assertProduceCorrectValues(renameOntoTakenName(contract, account), problemsOf(contract, true));
    expect(new Set(updates.map((u) => u.integrationId)).size).toBe(3);
  });

  it('keeps the taken name when shrinking', () => {
    const shrunk = assertShrinkKeeps(renameOntoTakenName(contract, account), () => true, problemsOf(contract, true));
    expect(Object.keys(shrunk.body)).toEqual(['name']);
  });

  it('throws without two differently named integrations', () => {
    expect(() => renameOntoTakenName(contract, [account[0]!])).toThrow(/two integrations/);
    expect(() => renameOntoTakenName(contract, [{ id: 'x' }] as never)).toThrow(/string id, name and provider/);
  });
});

describe('renameOntoOwnName', () => {
  it('gives the same updates for the same seed', () => {
    assertProduceSameValueGivenSameSeed(renameOntoOwnName(contract, account[1]!));
  });

  it('renames an integration onto its own name (200), other fields consistent with it', () => {
    assertProduceCorrectValues(renameOntoOwnName(contract, account[1]!), problemsOf(contract, false));
  });

  it('keeps its own name when shrinking', () => {
    assertShrinkKeeps(renameOntoOwnName(contract, account[2]!), () => true, problemsOf(contract, false));
  });

  it('throws at once on a bad option', () => {
    expect(() => renameOntoOwnName(contract, account[0]!, { withValidFields: 'no' as never })).toThrow(
      /withValidFields/,
    );
  });
});
