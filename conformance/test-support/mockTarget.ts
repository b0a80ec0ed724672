import { silentLogger, startMock, type RunningMock } from '../../mock/index.js';
import { contractModel, loadContract, type Edition } from '../../spec/index.js';

/**
 * Scoping ids for runs against the mock, which accepts any well-formed id (a real server accepts
 * only its account's organizations and spaces: --organization-id, --space-id). The spec's examples.
 */
export const MOCK_SCOPING_IDS = {
  organizationId: 'T3JnYW5pemF0aW9uOjE6YUJjRA==',
  spaceId: 'U3BhY2U6NzphQmNE',
} as const;

/** The project's mock, empty, on 127.0.0.1 and a free port, in an edition (default: the spec's): the correct server the kit's tests run against. */
export function startMockTarget(options: { edition?: Edition; specPath?: string } = {}): Promise<RunningMock> {
  return startMock({ port: 0, host: '127.0.0.1', fixtures: null, logger: silentLogger, ...options });
}

/** The spec's first provider that needs no metadata, as `edition` (default: the spec's) spells it. */
export async function plainProvider(edition?: Edition): Promise<string> {
  const model = contractModel(await loadContract(undefined, edition === undefined ? {} : { edition }));
  return model.providers.find((p) => !Object.hasOwn(model.requiredMetadataKind, p))!;
}

/** Every integration an account sees, through the HTTP API (all pages of `pageSize`, which the target must allow). */
export async function listAll(
  baseUrl: string,
  apiKey: string,
  pageSize = 100,
): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  let cursor: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: String(pageSize), ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${baseUrl}/v2/ai-integrations?${query}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    const page = (await response.json()) as {
      ai_integrations: Array<Record<string, unknown>>;
      pagination: { has_more: boolean; next_cursor?: string };
    };
    items.push(...page.ai_integrations);
    if (!page.pagination.has_more) return items;
    cursor = page.pagination.next_cursor;
  }
}

/** Creates an integration that is not the kit's (a name without its prefix); without a provider, of plainProvider() in the spec's default edition. */
export async function createForeign(
  baseUrl: string,
  apiKey: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const body = 'provider' in input ? input : { ...input, provider: await plainProvider() };
  const response = await fetch(`${baseUrl}/v2/ai-integrations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`creating ${JSON.stringify(body)} answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}
