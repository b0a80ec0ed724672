import { describe, expect, it } from 'vitest';
import { ContractLoadError } from '../ContractLoadError.js';
import { DEFAULT_SPEC_PATH, editionSource, loadContract, readContract } from '../document/loadContract.js';
import { brokenSpec } from '../test-support/brokenSpec.js';

/** The table of spec/CONTRACT.md, "Two editions of the public API", copied by hand on purpose. */
const CONTRACT_TABLE: Record<string, string> = {
  openAI: 'OPEN_AI',
  azureOpenAI: 'AZURE_OPEN_AI',
  awsBedrock: 'AWS_BEDROCK',
  vertexAI: 'VERTEX_AI',
  anthropic: 'ANTHROPIC',
  custom: 'CUSTOM',
  nvidiaNim: 'NVIDIA_NIM',
  gemini: 'GEMINI',
  default: 'DEFAULT',
  proxy_with_headers: 'PROXY_WITH_HEADERS',
  bearer_token: 'BEARER_TOKEN',
  aws: 'AWS',
  gcp: 'GCP',
  ai_integrations_list: 'list_ai_integrations',
  ai_integrations_create: 'create_ai_integration',
  ai_integrations_get: 'get_ai_integration',
  ai_integrations_update: 'update_ai_integration',
  ai_integrations_delete: 'delete_ai_integration',
};

/**
 * Every difference between two documents of the same shape, as [path, camel, upper]. Strings that
 * differ are split into words, so a respelled word inside prose counts as one difference.
 */
function differences(camel: unknown, upper: unknown, path = ''): Array<[string, unknown, unknown]> {
  if (typeof camel === 'string' && typeof upper === 'string') {
    if (camel === upper) return [];
    const a = camel.split(/\b/);
    const b = upper.split(/\b/);
    if (a.length !== b.length) return [[path, camel, upper]];
    return a.flatMap((word, i) => (word === b[i] ? [] : [[path, word, b[i]] as [string, unknown, unknown]]));
  }
  if (typeof camel !== 'object' || camel === null || typeof upper !== 'object' || upper === null) {
    return Object.is(camel, upper) ? [] : [[path, camel, upper]];
  }
  const keys = new Set([...Object.keys(camel), ...Object.keys(upper)]);
  return [...keys].flatMap((key) => {
    const a = (camel as Record<string, unknown>)[key];
    const b = (upper as Record<string, unknown>)[key];
    // A respelled key (a discriminator mapping, a rule param) pairs with its respelling.
    if (a === undefined && b !== undefined && Object.values(CONTRACT_TABLE).includes(key)) return [];
    if (b === undefined && a !== undefined && key in CONTRACT_TABLE)
      return differences(a, (upper as Record<string, unknown>)[CONTRACT_TABLE[key]!], `${path}/${key}`);
    return differences(a, b, `${path}/${key}`);
  });
}

describe('the two editions, from one spec', () => {
  it('differ exactly as the table in the contract says: spellings, operation ids, and a 404 on list', async () => {
    const camel = await editionSource(DEFAULT_SPEC_PATH, 'camel');
    const upper = await editionSource(DEFAULT_SPEC_PATH, 'upper');
    const found = differences(camel, upper);
    const unexplained = found.filter(([path, a, b]) => {
      if (path === '/x-edition') return false;
      if (
        path.startsWith('/paths/~1v2~1ai-integrations/get/responses/404') ||
        path === '/paths//v2/ai-integrations/get/responses/404'
      )
        return false;
      return !(typeof a === 'string' && CONTRACT_TABLE[a] === b);
    });
    expect(unexplained).toEqual([]);
    // Every row of the table shows up somewhere, and list gained its 404.
    const respelled = new Set(found.map(([, a]) => a));
    for (const camelSpelling of Object.keys(CONTRACT_TABLE))
      expect(respelled.has(camelSpelling), camelSpelling).toBe(true);
    expect(
      found.some(([path, a, b]) => path.endsWith('/get/responses/404') && a === undefined && b !== undefined),
    ).toBe(true);
  });

  it('load as contracts that speak their edition: enums, operation ids, rule params, list statuses', async () => {
    const camel = await loadContract();
    const upper = await loadContract(undefined, { edition: 'upper' });
    expect(camel.edition).toBe('camel');
    expect(upper.edition).toBe('upper');
    expect(upper.operation('update').operationId).toBe('update_ai_integration');
    expect(upper.rule('provider-consistency').params.requiredMetadataKind).toEqual({
      AWS_BEDROCK: 'AWS',
      VERTEX_AI: 'GCP',
    });
    expect(upper.rule('create-defaults').params.defaults).toMatchObject({ auth_type: 'DEFAULT' });
    expect(upper.operation('list').declaredStatuses).toEqual([...camel.operation('list').declaredStatuses, 404].sort());
    const create = upper.operation('create').requestBody!;
    expect(create.validate({ name: 'a', provider: 'OPEN_AI' })).toEqual([]);
    expect(create.validate({ name: 'a', provider: 'openAI' })).not.toEqual([]);
    expect(camel.operation('create').requestBody!.validate({ name: 'a', provider: 'OPEN_AI' })).not.toEqual([]);
  });

  it('know each other: which edition spells a value, and its spelling in another', async () => {
    const { editions } = await loadContract();
    expect(editions.editionsSpelling('provider', 'AWS_BEDROCK')).toEqual(['upper']);
    expect(editions.editionsSpelling('auth_type', 'default')).toEqual(['camel']);
    expect(editions.editionsSpelling('provider', 'nope')).toEqual([]);
    expect(editions.respell('kind', 'GCP', 'camel')).toBe('gcp');
    expect(editions.respell('provider', 'nvidiaNim', 'upper')).toBe('NVIDIA_NIM');
  });

  it('reject a table that misses a value the document uses, naming it', async () => {
    const path = brokenSpec((d) => {
      delete d['x-editions'].editions.upper.spellings.provider.gemini;
    });
    const error = await readContract(path, { edition: 'upper' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractLoadError);
    expect((error as ContractLoadError).problems).toContain(
      'x-editions.editions.upper.spellings.provider has no spelling for gemini',
    );
  });

  it('reject a table whose operation ids do not match the document', async () => {
    const path = brokenSpec((d) => {
      d['x-editions'].editions.camel.operationIds.update = 'patch_it';
    });
    const error = await readContract(path).catch((e: unknown) => e);
    expect((error as ContractLoadError).problems.join('\n')).toMatch(
      /update operation is patch_it in the camel edition, but the document calls it ai_integrations_update/,
    );
  });
});
