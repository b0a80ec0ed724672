import { describe, expect, it } from 'vitest';
import { checkResponse, findOperation } from './checkResponse.js';
import { loadContract } from './loadContract.js';

const contract = await loadContract();
const ID = 'TGxtSW50ZWdyYXRpb246MTI6YUJjRA==';
const integration = {
  id: ID,
  name: 'Production OpenAI',
  provider: 'openAI',
  has_api_key: true,
  enable_default_models: false,
  function_calling_enabled: true,
  auth_type: 'default',
  scopings: [{}],
  created_at: '2026-02-13T21:27:19.055Z',
  updated_at: '2026-02-13T21:27:19.055Z',
  created_by_user_id: 'VXNlcjoxOm5OYkM=',
};
const json = { 'Content-Type': 'application/json; charset=utf-8' };
const problemJson = { 'content-type': 'application/problem+json' };

describe('checkResponse', () => {
  it('accepts a conforming 200 of the update', async () => {
    expect(
      await checkResponse(contract, {
        method: 'PATCH',
        path: `/v2/ai-integrations/${ID}`,
        status: 200,
        headers: json,
        body: integration,
      }),
    ).toEqual([]);
  });

  it('checks an answer against its own edition, through both validators', async () => {
    const upper = await loadContract(undefined, { edition: 'upper' });
    const upperIntegration = { ...integration, provider: 'OPEN_AI', auth_type: 'DEFAULT' };
    const exchange = (body: unknown) => ({
      method: 'GET',
      path: `/v2/ai-integrations/${ID}`,
      status: 200,
      headers: json,
      body,
    });
    expect(await checkResponse(upper, exchange(upperIntegration))).toEqual([]);
    const camelInUpper = await checkResponse(upper, exchange(integration));
    expect(new Set(camelInUpper.map((i) => i.validator))).toEqual(new Set(['ajv', 'prism']));
    expect(await checkResponse(contract, exchange(upperIntegration))).not.toEqual([]);
  });

  it('finds the operation by method and path template', () => {
    expect(findOperation(contract, 'PATCH', `/v2/ai-integrations/${ID}`)?.operationId).toBe('ai_integrations_update');
    expect(findOperation(contract, 'GET', '/v2/ai-integrations?limit=5')?.operationId).toBe('ai_integrations_list');
    expect(findOperation(contract, 'PUT', `/v2/ai-integrations/${ID}`)).toBeUndefined();
  });

  it('reports a body that breaks the schema through both validators', async () => {
    const { has_api_key: _dropped, ...withoutFlag } = integration;
    const issues = await checkResponse(contract, {
      method: 'GET',
      path: `/v2/ai-integrations/${ID}`,
      status: 200,
      headers: json,
      body: { ...withoutFlag, provider: 'openAi' },
    });
    const validators = new Set(issues.map((i) => i.validator));
    expect(validators).toEqual(new Set(['ajv', 'prism']));
    expect(issues).toContainEqual({ validator: 'ajv', pointer: '/body/has_api_key', message: 'is required' });
    expect(issues.some((i) => i.validator === 'ajv' && i.pointer === '/body/provider')).toBe(true);
  });

  it('reports a status the operation does not declare', async () => {
    const issues = await checkResponse(contract, {
      method: 'GET',
      path: `/v2/ai-integrations/${ID}`,
      status: 409,
      headers: problemJson,
      body: {},
    });
    expect(issues).toEqual([
      {
        validator: 'http',
        pointer: '/status',
        message: '409 is not declared by ai_integrations_get (declared: 200, 400, 401, 404, 429)',
      },
    ]);
  });

  it('requires problem+json with the matching type and status on errors', async () => {
    const body = {
      type: 'https://arize.com/docs/ax/rest-reference/errors#invalid-request',
      title: 'Resource not found',
      status: 400,
    };
    const issues = await checkResponse(contract, {
      method: 'GET',
      path: `/v2/ai-integrations/${ID}`,
      status: 404,
      headers: json,
      body,
    });
    expect(issues).toContainEqual({
      validator: 'http',
      pointer: '/headers/content-type',
      message: 'must be application/problem+json, got application/json',
    });
    expect(issues).toContainEqual({
      validator: 'http',
      pointer: '/body/type',
      message: 'must be https://arize.com/docs/ax/rest-reference/errors#resource-not-found',
    });
    expect(issues).toContainEqual({
      validator: 'http',
      pointer: '/body/status',
      message: 'must equal the HTTP status 404',
    });
  });

  it('accepts any URI reference as a problem type when asked (relative, about:blank), still requiring a URI reference', async () => {
    const notFound = (type: unknown) =>
      checkResponse(
        contract,
        {
          method: 'GET',
          path: `/v2/ai-integrations/${ID}`,
          status: 404,
          headers: problemJson,
          body: { type, title: 'Not found', status: 404 },
        },
        { problemType: 'any' },
      );
    expect(await notFound('/problems/resource-not-found')).toEqual([]);
    expect(await notFound('about:blank')).toEqual([]);
    expect(await notFound('https://errors.example.test/not-found')).toEqual([]);
    expect((await notFound('not a uri reference')).length).toBeGreaterThan(0);
    expect(
      await checkResponse(contract, {
        method: 'GET',
        path: `/v2/ai-integrations/${ID}`,
        status: 404,
        headers: problemJson,
        body: { type: 'about:blank', title: 'Not found', status: 404 },
      }),
    ).toContainEqual({
      validator: 'http',
      pointer: '/body/type',
      message: 'must be https://arize.com/docs/ax/rest-reference/errors#resource-not-found',
    });
  });

  it('accepts a 429 with or without Retry-After (optional in the public spec), and a problem of title and status only', async () => {
    const body = {
      type: 'https://arize.com/docs/ax/rest-reference/errors#rate-limit-exceeded',
      title: 'Rate limit exceeded',
      status: 429,
    };
    expect(
      await checkResponse(contract, {
        method: 'GET',
        path: '/v2/ai-integrations',
        status: 429,
        headers: problemJson,
        body,
      }),
    ).toEqual([]);
    expect(
      await checkResponse(contract, {
        method: 'GET',
        path: '/v2/ai-integrations',
        status: 429,
        headers: { ...problemJson, 'Retry-After': '1' },
        body,
      }),
    ).toEqual([]);
    expect(
      await checkResponse(contract, {
        method: 'GET',
        path: '/v2/ai-integrations',
        status: 429,
        headers: { ...problemJson, 'Retry-After': 'Tue, 01 Dec 2026 03:45:37 GMT' },
        body,
      }),
    ).toEqual([]);
    expect(
      (
        await checkResponse(contract, {
          method: 'GET',
          path: '/v2/ai-integrations',
          status: 429,
          headers: { ...problemJson, 'Retry-After': 'soon' },
          body,
        })
      ).length,
    ).toBeGreaterThan(0);
    expect(
      await checkResponse(contract, {
        method: 'GET',
        path: '/v2/ai-integrations',
        status: 429,
        headers: problemJson,
        body: { title: 'Too many', status: 429, error_code: 'RATE' },
      }),
    ).toEqual([]);
    const untitled = await checkResponse(contract, {
      method: 'GET',
      path: '/v2/ai-integrations',
      status: 429,
      headers: problemJson,
      body: { status: 429 },
    });
    expect(untitled).toContainEqual({ validator: 'ajv', pointer: '/body/title', message: 'is required' });
  });

  it('accepts timestamps at any RFC 3339 precision and offset, and extra members at every depth', async () => {
    const integration = {
      id: ID,
      name: 'n',
      provider: 'openAI',
      has_api_key: false,
      enable_default_models: false,
      function_calling_enabled: true,
      auth_type: 'default',
      scopings: [{ organization_id: null, space_id: null, space_name: 'x' }],
      header_names: [],
      created_by_user_id: 'VXNlcjoxOm5OYkM=',
    };
    for (const [created, updated] of [
      ['2026-02-13T21:27:19Z', '2026-02-13T21:27:19.055123Z'],
      ['2026-02-13T21:27:19.055+00:00', '2026-02-13T22:27:19.055+01:00'],
    ]) {
      const issues = await checkResponse(contract, {
        method: 'GET',
        path: `/v2/ai-integrations/${ID}`,
        status: 200,
        headers: json,
        body: { ...integration, created_at: created, updated_at: updated },
      });
      expect(issues).toEqual([]);
    }
    const notADate = await checkResponse(contract, {
      method: 'GET',
      path: `/v2/ai-integrations/${ID}`,
      status: 200,
      headers: json,
      body: { ...integration, created_at: 'yesterday', updated_at: '2026-02-13T21:27:19Z' },
    });
    expect(notADate.some((i) => i.pointer === '/body/created_at')).toBe(true);
  });

  it('requires next_cursor exactly when has_more is true', async () => {
    const list = (pagination: object) => ({
      method: 'GET',
      path: '/v2/ai-integrations',
      status: 200,
      headers: json,
      body: { ai_integrations: [], pagination },
    });
    expect(await checkResponse(contract, list({ has_more: true, next_cursor: 'Y3Vyc29yOjEy' }))).toEqual([]);
    expect(await checkResponse(contract, list({ has_more: false }))).toEqual([]);
    expect(
      (await checkResponse(contract, list({ has_more: true }))).some(
        (i) => i.validator === 'ajv' && i.pointer === '/body/pagination/next_cursor',
      ),
    ).toBe(true);
    expect(
      (await checkResponse(contract, list({ has_more: false, next_cursor: 'Y3Vyc29yOjEy' }))).some(
        (i) => i.validator === 'ajv',
      ),
    ).toBe(true);
  });

  it('requires an empty 204 on delete', async () => {
    expect(
      await checkResponse(contract, {
        method: 'DELETE',
        path: `/v2/ai-integrations/${ID}`,
        status: 204,
        headers: {},
        body: undefined,
      }),
    ).toEqual([]);
    const issues = await checkResponse(contract, {
      method: 'DELETE',
      path: `/v2/ai-integrations/${ID}`,
      status: 204,
      headers: json,
      body: integration,
    });
    expect(issues).toContainEqual({
      validator: 'http',
      pointer: '/body',
      message: '204 of ai_integrations_delete must have no body',
    });
  });

  it('accepts extra fields inside a scoping and inside provider_metadata (response schemas are open), through both validators', async () => {
    const body = {
      ...integration,
      provider: 'awsBedrock',
      provider_metadata: { kind: 'aws', role_arn: 'arn:aws:iam::123456789012:role/ArizeBedrock', region: 'us-east-1' },
      scopings: [{ organization_id: 'T3JnYW5pemF0aW9uOjE6YUJjRA==', space_id: null, organization_name: 'Acme' }],
    };
    for (const exchange of [
      { method: 'GET', path: `/v2/ai-integrations/${ID}`, status: 200 },
      { method: 'PATCH', path: `/v2/ai-integrations/${ID}`, status: 200 },
      { method: 'POST', path: '/v2/ai-integrations', status: 201 },
    ]) {
      expect(await checkResponse(contract, { ...exchange, headers: json, body }), exchange.method).toEqual([]);
    }
    const list = { ai_integrations: [body], pagination: { has_more: false } };
    expect(
      await checkResponse(contract, {
        method: 'GET',
        path: '/v2/ai-integrations',
        status: 200,
        headers: json,
        body: list,
      }),
    ).toEqual([]);
    // Both validators do look inside: a wrong type beside the extra field is still reported by each.
    const broken = { ...body, scopings: [{ ...body.scopings[0], space_id: 7 }] };
    const issues = await checkResponse(contract, {
      method: 'GET',
      path: `/v2/ai-integrations/${ID}`,
      status: 200,
      headers: json,
      body: broken,
    });
    expect(new Set(issues.map((i) => i.validator))).toEqual(new Set(['ajv', 'prism']));
    expect(issues).toContainEqual({
      validator: 'ajv',
      pointer: '/body/scopings/0/space_id',
      message: 'must be string,null',
    });
  });
});

describe('request bodies stay closed', () => {
  const update = contract.operation('update').requestBody!;
  const create = contract.operation('create').requestBody!;

  it('rejects an unknown property inside a scoping, pointing at the key', () => {
    const body = { scopings: [{}, { organization_id: 'T3JnYW5pemF0aW9uOjE6YUJjRA==', orgId: 'x' }] };
    expect(update.validate(body)).toEqual([{ pointer: '/body/scopings/1/orgId', message: 'is not a known property' }]);
    expect(create.validate({ name: 'n', provider: 'openAI', ...body })).toEqual([
      { pointer: '/body/scopings/1/orgId', message: 'is not a known property' },
    ]);
  });

  it('rejects an unknown property inside provider_metadata, pointing at the key, whichever kind', () => {
    const aws = { kind: 'aws', role_arn: 'arn:aws:iam::123456789012:role/ArizeBedrock', region: 'us-east-1' };
    expect(update.validate({ provider_metadata: aws })).toEqual([
      { pointer: '/body/provider_metadata/region', message: 'is not a known property' },
    ]);
    // A property of the other branch is unknown too: only the branch `kind` selects is evaluated.
    const gcp = { kind: 'gcp', project_id: 'p', location: 'europe-west4', project_access_label: 'ml', role_arn: 'arn' };
    expect(update.validate({ provider_metadata: gcp })).toEqual([
      { pointer: '/body/provider_metadata/role_arn', message: 'is not a known property' },
    ]);
    expect(create.validate({ name: 'n', provider: 'awsBedrock', provider_metadata: aws })).toEqual([
      { pointer: '/body/provider_metadata/region', message: 'is not a known property' },
    ]);
  });

  it('still accepts the known properties of every branch and of a scoping', () => {
    expect(update.validate({ provider_metadata: { kind: 'aws', role_arn: 'arn', external_id: null } })).toEqual([]);
    expect(
      update.validate({
        provider_metadata: { kind: 'gcp', project_id: 'p', location: 'l', project_access_label: 'a' },
      }),
    ).toEqual([]);
    expect(
      update.validate({ provider_metadata: null, scopings: [{}, { organization_id: 'o', space_id: null }] }),
    ).toEqual([]);
  });
});
