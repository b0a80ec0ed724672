import { describe, expect, it } from 'vitest';
import { ContractLoadError } from '../ContractLoadError.js';
import { loadContract, readContract } from './loadContract.js';
import { brokenSpec, writeSpecText } from '../test-support/brokenSpec.js';
import type { RuleId } from '../types.generated.js';

async function loadError(path: string): Promise<ContractLoadError> {
  const error = await readContract(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContractLoadError);
  return error as ContractLoadError;
}

describe('loadContract', () => {
  it('exposes the five operations with the statuses the contract declares', async () => {
    const contract = await loadContract();
    const statuses = Object.fromEntries(
      [...contract.operations.values()].map((op) => [op.operationId, op.declaredStatuses]),
    );
    expect(statuses).toEqual({
      ai_integrations_list: [200, 400, 401, 403, 429],
      ai_integrations_create: [201, 400, 401, 403, 404, 409, 413, 415, 422, 429],
      ai_integrations_get: [200, 400, 401, 404, 429],
      ai_integrations_update: [200, 400, 401, 403, 404, 409, 413, 415, 422, 429],
      ai_integrations_delete: [204, 400, 401, 403, 404, 429],
    });
    expect([...contract.operations.keys()].sort()).toEqual(['create', 'delete', 'get', 'list', 'update']);
    expect(contract.operation('update')).toMatchObject({
      method: 'patch',
      path: '/v2/ai-integrations/{integration_id}',
    });
  });

  it('returns the same contract object on every call for one path', async () => {
    expect(await loadContract()).toBe(await loadContract());
  });

  it('reads the update rules with their parameters', async () => {
    const contract = await loadContract();
    expect(contract.rule('null-clears').fields).toEqual(['base_url', 'headers', 'provider_metadata']);
    expect(contract.rule('headers-size-limit').params.maxBytes).toBe(8175);
    expect(contract.rule('provider-consistency').params.requiredMetadataKind).toEqual({
      awsBedrock: 'aws',
      vertexAI: 'gcp',
    });
    expect(contract.rule('headers-replace').strict).toBe(true);
    expect(() => contract.rule('no-such-rule' as RuleId)).toThrow(/declares no rule "no-such-rule"/);
  });

  it('maps every declared error status to a problem type and title', async () => {
    const contract = await loadContract();
    for (const operation of contract.operations.values()) {
      for (const status of operation.declaredStatuses.filter((s) => s >= 400)) {
        expect(contract.problemTypes.get(status), `status ${status}`).toBeDefined();
      }
    }
    expect(contract.problemTypes.get(409)).toEqual({
      status: 409,
      slug: 'resource-conflict',
      title: 'Resource conflict',
      type: 'https://arize.com/docs/ax/rest-reference/errors#resource-conflict',
    });
  });

  it('coerces query parameters and fills the default limit', async () => {
    const list = (await loadContract()).operation('list');
    const input = { path: {}, query: { limit: '7', name: 'prod' } as Record<string, unknown> };
    expect(list.validateParameters(input)).toEqual([]);
    expect(input.query.limit).toBe(7);
    const defaulted = { path: {}, query: {} as Record<string, unknown> };
    list.validateParameters(defaulted);
    expect(defaulted.query.limit).toBe(50);
    expect(list.validateParameters({ path: {}, query: { limit: '101' } })).toEqual([
      { pointer: '/query/limit', message: 'must be <= 100' },
    ]);
  });

  it('rejects an integration id that is not base64', async () => {
    const get = (await loadContract()).operation('get');
    const issues = get.validateParameters({ path: { integration_id: '../etc/passwd' }, query: {} });
    expect(issues).toEqual([
      { pointer: '/path/integration_id', message: expect.stringContaining('must match pattern') },
    ]);
  });
});

describe('loadContract on a broken spec', () => {
  it('names a missing file', async () => {
    const error = await loadError('/nonexistent/openapi.yaml');
    expect(error.message).toContain('/nonexistent/openapi.yaml');
    expect(error.problems).toEqual(['cannot be read: ENOENT']);
  });

  it('names the YAML syntax error and its line', async () => {
    const error = await loadError(writeSpecText('openapi: 3.1.0\ninfo: [unclosed\n'));
    expect(error.problems[0]).toMatch(/^is not valid YAML: .*line/);
  });

  it('requires OpenAPI 3.1 and the 2020-12 dialect', async () => {
    const error = await loadError(
      brokenSpec((d) => {
        d.openapi = '3.0.3';
        delete d.jsonSchemaDialect;
      }),
    );
    expect(error.problems).toEqual([
      'declares openapi "3.0.3"; this project needs 3.1.x',
      expect.stringContaining('must set jsonSchemaDialect'),
    ]);
  });

  it('reports an OpenAPI validation failure with where it is', async () => {
    const error = await loadError(
      brokenSpec((d) => {
        delete d.paths['/v2/ai-integrations'].get.responses['200'].description;
      }),
    );
    expect(error.problems[0]).toMatch(/^fails OpenAPI validation: .*description/);
  });

  it('reports a schema that Ajv cannot compile instead of accepting everything', async () => {
    const error = await loadError(
      brokenSpec((d) => {
        d.components.schemas.Provider.type = 'strin';
      }),
    );
    expect(error.problems.join('\n')).toMatch(/schema/);
  });

  it('reports a rule that names a field the operation does not have', async () => {
    const error = await loadError(
      brokenSpec((d) => {
        d.paths['/v2/ai-integrations/{integration_id}'].patch['x-contract-rules'][4].fields.push('base_uri');
      }),
    );
    expect(error.problems).toEqual([
      'rule "null-clears" names field "base_uri", which neither the request body nor the resource of the update operation has',
    ]);
  });

  it('reports malformed and duplicate rules together', async () => {
    const error = await loadError(
      brokenSpec((d) => {
        const rules = d.paths['/v2/ai-integrations/{integration_id}'].patch['x-contract-rules'];
        rules[0].origin = 'rumour';
        rules[1].status = 'ok';
        rules.push({ ...rules[2] });
      }),
    );
    expect(error.problems).toEqual([
      'operation ai_integrations_update: x-contract-rules[0].origin must be "fact" or "decision"',
      'operation ai_integrations_update: x-contract-rules[1].status must be an HTTP status code',
    ]);
    const duplicate = await loadError(
      brokenSpec((d) => {
        const rules = d.paths['/v2/ai-integrations/{integration_id}'].patch['x-contract-rules'];
        rules.push({ ...rules[2] });
      }),
    );
    expect(duplicate.problems).toEqual(['rule id "name-unique" is declared twice']);
  });

  it('reports a rule whose problem type is not declared', async () => {
    const error = await loadError(
      brokenSpec((d) => {
        d.paths['/v2/ai-integrations/{integration_id}'].patch['x-contract-rules'][2].problem = 'name-taken';
      }),
    );
    expect(error.problems).toEqual([
      'rule "name-unique" names problem type "name-taken", which x-problem-types does not declare',
    ]);
  });
});
