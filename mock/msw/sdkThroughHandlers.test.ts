/**
 * Arize's SDK (@arizeai/ax-client), created with no base URL, as a frontend's unit tests use it:
 * msw/node intercepts its fetch to https://api.arize.com and the handlers answer from the mock's
 * engine. The built entry is what runs (dist/mock/msw/index.js, as consumers import it).
 */
import {
  APIError,
  BadRequestError,
  createAiIntegration,
  createClient,
  deleteAiIntegration,
  getAiIntegration,
  listAiIntegrations,
  NotFoundError,
  updateAiIntegration,
} from '@arizeai/ax-client';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, DEMO_TOKEN } from '../../dist/mock/msw/index.js';

const mock = createHandlers({ edition: 'upper' });
const server = setupServer(...mock.handlers);
// The SDK keeps the fetch it finds when the client is created: create clients once MSW listens.
// No environment: ARIZE_API_KEY or ARIZE_BASE_URL set on the machine must not leak in.
const sdkClient = (apiKey: string) => createClient({ apiKey, getEnvironmentOptions: () => ({}) });
let client: ReturnType<typeof sdkClient>;

beforeAll(() => {
  // The SDK warns on every call that these are alpha APIs.
  vi.stubEnv('DISABLE_PRERELEASE_WARNING', 'true');
  server.listen({ onUnhandledRequest: 'error' });
  client = sdkClient(DEMO_TOKEN);
});
beforeEach(() => mock.reset());
afterAll(() => {
  server.close();
  vi.unstubAllEnvs();
});

describe('Arize SDK through the MSW handlers, default base URL', () => {
  it('lists the demo account, in the upper edition the SDK types', async () => {
    const page = await listAiIntegrations({ client });
    expect(page.data.map((i) => i.name)).toEqual(mock.state(DEMO_TOKEN).ai_integrations.map((i) => i.name));
    expect(page.data.length).toBeGreaterThan(1);
    expect(page.data.map((i) => i.provider)).toContain('OPEN_AI');
  });

  it('creates, gets, updates partially, refuses 409, 400 and 404 without changing anything, and deletes', async () => {
    const created = await createAiIntegration({
      client,
      name: 'Frontend test Bedrock',
      provider: 'AWS_BEDROCK',
      providerMetadata: { kind: 'AWS', role_arn: 'arn:aws:iam::123456789012:role/Test' },
      enableDefaultModels: true,
      apiKey: 'sk-frontend-test',
      headers: { 'X-Team': 'web' },
    });
    expect(created).toMatchObject({
      name: 'Frontend test Bedrock',
      provider: 'AWS_BEDROCK',
      hasApiKey: true,
      headers: { 'X-Team': 'web' },
    });
    expect(await getAiIntegration({ client, integration: created.id })).toEqual(created);

    // Partial updates: omitted fields stay, null clears, a list is replaced whole.
    const renamed = await updateAiIntegration({ client, integration: created.id, name: 'Renamed Bedrock' });
    expect(renamed).toEqual({ ...created, name: 'Renamed Bedrock', updatedAt: renamed.updatedAt });
    const cleared = await updateAiIntegration({
      client,
      integration: created.id,
      apiKey: null,
      headers: null,
      modelNames: ['anthropic.claude-v2'],
    });
    expect(cleared).toMatchObject({ name: 'Renamed Bedrock', hasApiKey: false, modelNames: ['anthropic.claude-v2'] });
    expect(cleared.headers ?? null).toBeNull();

    const taken = mock.state(DEMO_TOKEN).ai_integrations.find((i) => i.id !== created.id)!.name;
    await expect(updateAiIntegration({ client, integration: created.id, name: taken })).rejects.toSatisfy(
      (e) => e instanceof APIError && e.statusCode === 409,
    );
    await expect(updateAiIntegration({ client, integration: created.id })).rejects.toBeInstanceOf(BadRequestError);
    await expect(updateAiIntegration({ client, integration: created.id, providerMetadata: null })).rejects.toSatisfy(
      (e) => e instanceof APIError && e.statusCode === 422,
    );
    expect(await getAiIntegration({ client, integration: created.id })).toEqual(cleared);

    await deleteAiIntegration({ client, integration: created.id });
    await expect(getAiIntegration({ client, integration: created.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteAiIntegration({ client, integration: created.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(mock.state(DEMO_TOKEN).ai_integrations.map((i) => i.id)).not.toContain(created.id);
  });

  it('keeps accounts apart and goes back to the fixtures on reset', async () => {
    const other = sdkClient('another-team');
    expect((await listAiIntegrations({ client: other })).data).toEqual([]);
    await createAiIntegration({ client: other, name: 'Mine only', provider: 'GEMINI', apiKey: 'sk-x' });
    expect(mock.state('another-team').ai_integrations.map((i) => i.name)).toEqual(['Mine only']);
    mock.reset();
    expect(mock.state('another-team').ai_integrations).toEqual([]);
  });
});
