/**
 * Arize's own TypeScript SDK (@arizeai/ax-client) as a frontend developer uses it, against the
 * mock: once against the upper edition with the SDK's typed values (TypeScript checks every call),
 * once against the default camel edition with camelCase strings (the one cast is in spellings.ts).
 * Every error the SDK raises is built from the problem's `detail`, so each message is read too.
 */
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  createAiIntegration,
  deleteAiIntegration,
  getAiIntegration,
  listAiIntegrations,
  NotFoundError,
  updateAiIntegration,
  type AiIntegration,
  type ArizeClient,
  type CreateAiIntegrationInput,
  type UpdateAiIntegrationInput,
} from '@arizeai/ax-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectedFromCreate, fieldsOf, type Fields } from './integrationFields.js';
import { startSdkMock, type SdkMock } from './sdkMock.js';
import { CAMEL, PROVIDER_KEYS, UPPER, type ProviderKey, type Spelling } from './spellings.js';

/** Well-formed organization and space ids (the mock accepts any such id in scopings). */
const ORG = 'T3JnYW5pemF0aW9uOjE6YUJjRA==';
const SPACE = 'U3BhY2U6NzphQmNE';

/** The SDK's provider api keys sent; no answer may hold one. */
const PROVIDER_KEY_PREFIX = 'sk-sdk-test-';

/** One create per provider, each with what it needs: AWS metadata for Bedrock, GCP for Vertex AI, and a model source for both. */
function createInputs(s: Spelling): Record<ProviderKey, CreateAiIntegrationInput> {
  return {
    openAI: {
      name: 'Production OpenAI',
      provider: s.provider.openAI,
      apiKey: `${PROVIDER_KEY_PREFIX}openai-0123456789`,
      baseUrl: 'https://api.openai.com/v1',
      modelNames: ['gpt-4o', 'gpt-4o-mini'],
      headers: { 'OpenAI-Organization': 'org-acme' },
      scopings: [{ organizationId: ORG }],
    },
    azureOpenAI: {
      name: 'Azure OpenAI (EU)',
      provider: s.provider.azureOpenAI,
      apiKey: `${PROVIDER_KEY_PREFIX}azure-0123456789`,
      baseUrl: 'https://acme-eu.openai.azure.com',
      modelNames: ['gpt-4o'],
    },
    awsBedrock: {
      name: 'Bedrock',
      provider: s.provider.awsBedrock,
      providerMetadata: {
        kind: s.aws,
        role_arn: 'arn:aws:iam::123456789012:role/ArizeBedrock',
        external_id: 'acme-external-id',
      },
      enableDefaultModels: true,
    },
    vertexAI: {
      name: 'Vertex AI',
      provider: s.provider.vertexAI,
      providerMetadata: {
        kind: s.gcp,
        project_id: 'acme-ml',
        location: 'us-central1',
        project_access_label: 'Acme ML',
      },
      enableDefaultModels: true,
    },
    anthropic: {
      name: 'Claude',
      provider: s.provider.anthropic,
      apiKey: `${PROVIDER_KEY_PREFIX}anthropic-0123456789`,
      modelNames: ['claude-sonnet-4-5'],
    },
    custom: {
      name: 'In-house gateway',
      provider: s.provider.custom,
      baseUrl: 'https://llm-gateway.acme.example/v1',
      headers: { 'X-Gateway-Tenant': 'acme' },
      modelNames: ['acme-large'],
      authType: s.authType.proxyWithHeaders,
      functionCallingEnabled: false,
    },
    nvidiaNim: {
      name: 'NVIDIA NIM',
      provider: s.provider.nvidiaNim,
      apiKey: `${PROVIDER_KEY_PREFIX}nvidia-0123456789`,
      baseUrl: 'https://integrate.api.nvidia.com/v1',
      modelNames: ['meta/llama-3.1-70b-instruct'],
    },
    gemini: {
      name: 'Gemini',
      provider: s.provider.gemini,
      apiKey: `${PROVIDER_KEY_PREFIX}gemini-0123456789`,
      authType: s.authType.bearerToken,
      enableDefaultModels: true,
    },
  };
}

/** The rejection `call` ends with, which must be a `type`. */
async function rejection<E extends Error>(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  const outcome = await call.then(
    (value: unknown) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome))
    throw new Error(`expected a ${type.name}, the call succeeded: ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof type)) throw new Error(`expected a ${type.name}, got ${String(outcome.error)}`);
  return outcome.error;
}

function defineSdkRun(title: string, spelling: Spelling, edition: 'upper' | undefined): void {
  describe(title, () => {
    let sdk: SdkMock;
    let client: ArizeClient;
    let otherClient: ArizeClient;
    const created = new Map<ProviderKey, AiIntegration>();
    /** Every error message the SDK raised in this run. */
    const messages: string[] = [];

    const mine = (key: ProviderKey): AiIntegration => {
      const integration = created.get(key);
      if (!integration) throw new Error(`no ${key} integration was created`);
      return integration;
    };

    /** A partial update of `key`'s integration: `changed` must be set, `cleared` gone, every other field as it was. */
    const expectUpdate = async (
      key: ProviderKey,
      change: UpdateAiIntegrationInput,
      changed: Fields,
      cleared: readonly (keyof Fields)[] = [],
    ): Promise<AiIntegration> => {
      const before = mine(key);
      const after = await updateAiIntegration({ client, integration: before.id, ...change });
      const expected: Fields = { ...fieldsOf(before), ...changed };
      for (const field of cleared) delete expected[field];
      expect(fieldsOf(after)).toEqual(expected);
      expect(after.id).toBe(before.id);
      expect(after.createdAt).toEqual(before.createdAt);
      expect(after.createdByUserId).toBe(before.createdByUserId);
      expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
      // Read back: a get right after returns the same integration.
      expect(await getAiIntegration({ client, integration: before.id })).toEqual(after);
      created.set(key, after);
      return after;
    };

    beforeAll(async () => {
      // The SDK warns once per function that it is an alpha API.
      vi.stubEnv('DISABLE_PRERELEASE_WARNING', 'true');
      sdk = await startSdkMock(edition);
      client = sdk.client('sdk-token-a');
      otherClient = sdk.client('sdk-token-b');
    });

    afterAll(async () => {
      await sdk?.close();
      vi.unstubAllEnvs();
    });

    it('lists an empty account', async () => {
      const page = await listAiIntegrations({ client });
      expect(page).toEqual({ data: [], pagination: { hasMore: false } });
      // The SDK always sends a page size (50 by default).
      expect(sdk.exchanges.map((exchange) => `${exchange.method} ${exchange.target}`)).toEqual([
        'GET /v2/ai-integrations?limit=50',
      ]);
    });

    it('creates an integration of every provider, with the metadata and model source it needs', async () => {
      const inputs = createInputs(spelling);
      for (const key of PROVIDER_KEYS) {
        const input = inputs[key];
        const integration = await createAiIntegration({ client, ...input });
        expect(fieldsOf(integration), key).toEqual(expectedFromCreate(input, spelling));
        expect(Buffer.from(integration.id, 'base64').toString()).toContain(':'); // the SDK takes it as an id, not a name
        expect(integration.createdAt.getTime()).not.toBeNaN();
        expect(integration.updatedAt).toEqual(integration.createdAt);
        created.set(key, integration);
      }
      expect(created.get('awsBedrock')?.providerMetadata).toMatchObject({
        kind: spelling.aws,
        role_arn: 'arn:aws:iam::123456789012:role/ArizeBedrock',
      });
      expect(created.get('vertexAI')?.providerMetadata).toMatchObject({ kind: spelling.gcp, project_id: 'acme-ml' });
    });

    it('lists and gets what it created', async () => {
      const page = await listAiIntegrations({ client });
      expect(page.pagination).toEqual({ hasMore: false });
      expect(page.data.map((integration) => integration.name).sort()).toEqual(
        [...created.values()].map((integration) => integration.name).sort(),
      );
      for (const integration of page.data)
        expect(integration).toEqual(created.get(PROVIDER_KEYS.find((key) => created.get(key)?.id === integration.id)!));
      const filtered = await listAiIntegrations({ client, name: 'openai' });
      expect(filtered.data.map((integration) => integration.name).sort()).toEqual([
        'Azure OpenAI (EU)',
        'Production OpenAI',
      ]);
      for (const key of PROVIDER_KEYS)
        expect(await getAiIntegration({ client, integration: mine(key).id })).toEqual(mine(key));
    });

    it('renames, leaving every other field as it was', async () => {
      await expectUpdate('openAI', { name: 'OpenAI (prod)' }, { name: 'OpenAI (prod)' });
    });

    it('removes the api key with apiKey null: hasApiKey false, nothing else changed', async () => {
      expect(mine('openAI').hasApiKey).toBe(true);
      await expectUpdate('openAI', { apiKey: null }, { hasApiKey: false });
      await expectUpdate('anthropic', { apiKey: `${PROVIDER_KEY_PREFIX}anthropic-rotated-42` }, { hasApiKey: true });
    });

    it('clears baseUrl and headers with null, one at a time', async () => {
      await expectUpdate('openAI', { baseUrl: null }, {}, ['baseUrl']);
      expect(mine('openAI').headers).toEqual({ 'OpenAI-Organization': 'org-acme' });
      await expectUpdate('openAI', { headers: null }, {}, ['headers']);
    });

    it('replaces modelNames and scopings wholesale', async () => {
      await expectUpdate('openAI', { modelNames: ['gpt-4.1'] }, { modelNames: ['gpt-4.1'] });
      const scoped = await expectUpdate(
        'openAI',
        { scopings: [{ organizationId: ORG, spaceId: SPACE }] },
        { scopings: [{ organizationId: ORG, spaceId: SPACE }] },
      );
      // By name within a space id, the SDK finds it through list (space_id and name filters).
      expect(await getAiIntegration({ client, integration: scoped.name, space: SPACE })).toEqual(scoped);
    });

    it('switches the provider, with the metadata the new one needs', async () => {
      const metadata = { kind: spelling.aws, role_arn: 'arn:aws:iam::123456789012:role/FromOpenAI' };
      await expectUpdate(
        'openAI',
        { provider: spelling.provider.awsBedrock, providerMetadata: metadata },
        { provider: spelling.provider.awsBedrock, providerMetadata: metadata },
      );
    });

    it('refuses a duplicate name with APIError 409 that names it, and changes nothing', async () => {
      const taken = mine('anthropic').name;
      const onCreate = await rejection(
        createAiIntegration({ client, name: taken, provider: spelling.provider.openAI }),
        APIError,
      );
      expect(onCreate.statusCode).toBe(409);
      expect(onCreate.message).toContain(`"${taken}"`);
      const onRename = await rejection(
        updateAiIntegration({ client, integration: mine('gemini').id, name: taken }),
        APIError,
      );
      expect(onRename.statusCode).toBe(409);
      expect(onRename.message).toContain(`"${taken}"`);
      messages.push(onCreate.message, onRename.message);
      expect(await getAiIntegration({ client, integration: mine('gemini').id })).toEqual(mine('gemini'));
      expect((await listAiIntegrations({ client, name: taken })).data.map((integration) => integration.id)).toEqual([
        mine('anthropic').id,
      ]);
    });

    it('refuses an update with no field ({}) with BadRequestError, and changes nothing', async () => {
      const error = await rejection(updateAiIntegration({ client, integration: mine('custom').id }), BadRequestError);
      expect(error.statusCode).toBe(400);
      expect(error.message).toMatch(/at least one/i);
      messages.push(error.message);
      expect(await getAiIntegration({ client, integration: mine('custom').id })).toEqual(mine('custom'));
    });

    it("refuses provider metadata null on Vertex AI with APIError 422 in the edition's spelling", async () => {
      const error = await rejection(
        updateAiIntegration({ client, integration: mine('vertexAI').id, providerMetadata: null }),
        APIError,
      );
      expect(error.statusCode).toBe(422);
      expect(error.message).toContain(spelling.provider.vertexAI);
      messages.push(error.message);
      expect(await getAiIntegration({ client, integration: mine('vertexAI').id })).toEqual(mine('vertexAI'));
    });

    it('hides an integration from another account: get and delete are NotFoundError', async () => {
      const error = await rejection(
        getAiIntegration({ client: otherClient, integration: mine('gemini').id }),
        NotFoundError,
      );
      expect(error.statusCode).toBe(404);
      const onDelete = await rejection(
        deleteAiIntegration({ client: otherClient, integration: mine('gemini').id }),
        NotFoundError,
      );
      messages.push(error.message, onDelete.message);
      expect((await listAiIntegrations({ client: otherClient })).data).toEqual([]);
      expect(await getAiIntegration({ client, integration: mine('gemini').id })).toEqual(mine('gemini'));
    });

    it('deletes: then get and a second delete are NotFoundError', async () => {
      const gone = mine('nvidiaNim');
      await expect(deleteAiIntegration({ client, integration: gone.id })).resolves.toBeUndefined();
      const onGet = await rejection(getAiIntegration({ client, integration: gone.id }), NotFoundError);
      const onDelete = await rejection(deleteAiIntegration({ client, integration: gone.id }), NotFoundError);
      messages.push(onGet.message, onDelete.message);
      expect((await listAiIntegrations({ client })).data.map((integration) => integration.id)).not.toContain(gone.id);
    });

    it('refuses a request without a valid key: AuthenticationError', async () => {
      const error = await rejection(listAiIntegrations({ client: sdk.client('') }), AuthenticationError);
      expect(error.statusCode).toBe(401);
      expect(error.message).toContain('Bearer');
      messages.push(error.message);
    });

    if (spelling.edition === 'upper') {
      it("runs the SDK's own example as written, its literal values checked by TypeScript", async () => {
        const integration = await createAiIntegration({
          client,
          name: 'Production OpenAI',
          provider: 'OPEN_AI',
          apiKey: `${PROVIDER_KEY_PREFIX}readme-0123456789`,
          modelNames: ['gpt-4o', 'gpt-4o-mini'],
          enableDefaultModels: true,
          authType: 'BEARER_TOKEN',
        });
        expect(integration).toMatchObject({
          provider: 'OPEN_AI',
          authType: 'BEARER_TOKEN',
          hasApiKey: true,
          modelNames: ['gpt-4o', 'gpt-4o-mini'],
        });
        const updated = await updateAiIntegration({
          client,
          integration: integration.id,
          provider: 'VERTEX_AI',
          providerMetadata: { kind: 'GCP', project_id: 'p', location: 'europe-west4', project_access_label: 'P' },
        });
        expect(updated).toMatchObject({
          provider: 'VERTEX_AI',
          providerMetadata: { kind: 'GCP', location: 'europe-west4' },
          modelNames: ['gpt-4o', 'gpt-4o-mini'],
        });
        await deleteAiIntegration({ client, integration: integration.id });
      });
    } else {
      it("refuses the SDK's own (upper) spelling with a BadRequestError that names the fix", async () => {
        const error = await rejection(
          createAiIntegration({ client, name: 'Typed as the SDK types it', provider: 'OPEN_AI', authType: 'DEFAULT' }),
          BadRequestError,
        );
        expect(error.message).toContain('upper edition');
        expect(error.message).toContain(`"${spelling.provider.openAI}"`);
        expect(error.message).toContain('--edition upper');
        messages.push(error.message);
        const update = await rejection(
          updateAiIntegration({
            client,
            integration: mine('awsBedrock').id,
            providerMetadata: { kind: 'AWS', role_arn: 'arn:aws:iam::123456789012:role/Typed' },
          }),
          BadRequestError,
        );
        expect(update.message).toContain(`"${spelling.aws}"`);
        messages.push(update.message);
        expect(await getAiIntegration({ client, integration: mine('awsBedrock').id })).toEqual(mine('awsBedrock'));
        expect((await listAiIntegrations({ client, name: 'Typed' })).data).toEqual([]);
      });
    }

    it('raises errors whose messages read well', () => {
      expect(messages.length).toBeGreaterThanOrEqual(8);
      for (const message of messages) {
        expect(message).toMatch(/^(Request failed|Authentication failed) \(HTTP \d{3}\): [A-Za-z"]/);
        expect(message).not.toMatch(/undefined|\[object Object\]|\s{2}/);
        // The SDK appends ". Verify your API key is correct." to a 401's detail: none may end with a period.
        expect(message).not.toContain('..');
      }
    });

    it('got answers that keep the spec of the edition, with no key and no mock error', async () => {
      expect(await sdk.responseIssues()).toEqual([]);
      expect(
        sdk.exchanges
          .filter((exchange) => exchange.text.includes(PROVIDER_KEY_PREFIX))
          .map((exchange) => `${exchange.method} ${exchange.target}`),
      ).toEqual([]);
      expect(sdk.errorLines).toEqual([]);
    });
  });
}

defineSdkRun('@arizeai/ax-client against the upper edition, with its own typed values', UPPER, 'upper');
defineSdkRun('@arizeai/ax-client against the default (camel) edition, with camelCase strings', CAMEL, undefined);
