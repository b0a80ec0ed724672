import { describe, expect, it } from 'vitest';
import { loadContract } from '../document/loadContract.js';
import { contractModel } from '../model/contractModel.js';
import { stringExamplesOf, withoutUnknownProperties } from './schemaReaders.js';

const contract = await loadContract();
const update = contract.operation('update').requestBody?.schema ?? {};
const gcpKind = Object.values(contractModel(contract).requiredMetadataKind)[1];

describe('stringExamplesOf', () => {
  it('lists the string examples, those of `examples` first, and skips the others', () => {
    expect(stringExamplesOf({ type: 'string', examples: ['a', 1, 'b'], example: 'c' })).toEqual(['a', 'b', 'c']);
    expect(stringExamplesOf({ allOf: [{ examples: ['x'] }] })).toEqual(['x']);
    expect(stringExamplesOf({ type: 'string' })).toEqual([]);
  });
});

describe('withoutUnknownProperties', () => {
  it('drops undeclared properties at the top, in scopings and in provider_metadata (branch chosen by kind), and keeps header names', () => {
    const body = {
      name: 'n',
      extra: 1,
      scopings: [{ organization_id: 'T3Jn', orgId: 'x' }],
      provider_metadata: { kind: gcpKind, project_id: 'p', location: 'l', project_access_label: 'a', role_arn: 'r' },
      headers: { 'X-Anything': 'v' },
    };
    expect(withoutUnknownProperties(update, body)).toEqual({
      name: 'n',
      scopings: [{ organization_id: 'T3Jn' }],
      provider_metadata: { kind: gcpKind, project_id: 'p', location: 'l', project_access_label: 'a' },
      headers: { 'X-Anything': 'v' },
    });
  });
});
