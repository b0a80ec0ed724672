import { describe, expect, it } from 'vitest';
import { loadContract, readContract } from '../document/loadContract.js';
import { contractModel } from './contractModel.js';
import { resourceFields } from './resourceFields.js';
import { brokenSpec } from '../test-support/brokenSpec.js';

const contract = await loadContract();

describe('resourceFields', () => {
  it('derives the nullable optional, server-managed and updatable fields from the spec', () => {
    expect(resourceFields(contract)).toEqual({
      nullableOptional: ['base_url', 'model_names', 'headers', 'provider_metadata'],
      serverManaged: ['id', 'created_at', 'created_by_user_id', 'updated_at'],
      updatable: [
        'name',
        'provider',
        'api_key',
        'base_url',
        'model_names',
        'headers',
        'enable_default_models',
        'function_calling_enabled',
        'auth_type',
        'provider_metadata',
        'scopings',
      ],
    });
  });

  it('follows a field added to the spec', async () => {
    const changed = await readContract(
      brokenSpec((d) => {
        d.components.schemas.AiIntegration.properties.description = { type: ['string', 'null'] };
      }),
    );
    expect(resourceFields(changed).nullableOptional).toContain('description');
  });
});

describe('provider-consistency in the contract model', () => {
  it('needs AWS metadata for awsBedrock and GCP metadata for vertexAI, and nothing for the others', () => {
    const aws = { kind: 'aws', role_arn: 'arn:aws:iam::1:role/r' };
    const gcp = { kind: 'gcp', project_id: 'p', location: 'l', project_access_label: 'x' };
    expect(contractModel(contract).consistent('awsBedrock', aws)).toBe(true);
    expect(contractModel(contract).consistent('awsBedrock', gcp)).toBe(false);
    expect(contractModel(contract).consistent('awsBedrock', null)).toBe(false);
    expect(contractModel(contract).consistent('vertexAI', gcp)).toBe(true);
    expect(contractModel(contract).consistent('vertexAI', undefined)).toBe(false);
    expect(contractModel(contract).consistent('openAI', undefined)).toBe(true);
    expect(contractModel(contract).consistent('openAI', aws)).toBe(true);
  });
});
