import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_SPEC_PATH } from '../../spec/index.js';
import { diffSpecs } from './diffSpecs.js';
import { diffAsMarkdown, diffAsText } from './formatDiff.js';
import type { SpecChange, SpecDiff } from './SpecChange.js';

// Each pair is the project's spec and a copy with one change, made here; the expected classification
// of each is written in its test, as a reviewer would state it.
type Document = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
let original: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aic-diff-pairs-'));
  original = await readFile(DEFAULT_SPEC_PATH, 'utf8');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function diffAfter(name: string, edit: (document: Document) => void): Promise<SpecDiff> {
  const document = parse(original) as Document;
  edit(document);
  const path = join(dir, `${name}.yaml`);
  await writeFile(path, stringify(document));
  return diffSpecs(DEFAULT_SPEC_PATH, path);
}

/** Who the pair breaks, over all its changes. */
function verdict(diff: SpecDiff): { clients: boolean; servers: boolean } {
  return {
    clients: diff.changes.some((c) => c.clients === 'breaking'),
    servers: diff.changes.some((c) => c.servers === 'breaking'),
  };
}

const schemas = (document: Document) => document.components.schemas;
const found = (diff: SpecDiff, test: (c: SpecChange) => boolean) => diff.changes.filter(test);

describe('aic diff classifies each change for clients and servers', () => {
  it('finds no change between a spec and itself', async () => {
    expect((await diffSpecs(DEFAULT_SPEC_PATH, DEFAULT_SPEC_PATH)).changes).toEqual([]);
  });

  it('a request field made nullable: compatible for clients, breaking for servers (a server of OLD refuses null)', async () => {
    const diff = await diffAfter('nullable', (d) => {
      schemas(d).UpdateAiIntegrationRequest.properties.model_names.type = ['array', 'null'];
    });
    expect(verdict(diff)).toEqual({ clients: false, servers: true });
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]!.where).toBe(
      'PATCH /v2/ai-integrations/{integration_id}, request body: properties.model_names.nullable',
    );
    // As a reviewer reads it, on a terminal and in a pull request.
    expect(diffAsText(diff)).toContain(
      'Breaking for servers (1)\n  - [schema] PATCH /v2/ai-integrations/{integration_id}, request body: properties.model_names.nullable: null now allowed',
    );
    expect(diffAsMarkdown(diff)).toContain(
      '#### Breaking for servers (1)\n\n| kind | where | change | why |\n|---|---|---|---|\n| schema | PATCH /v2/ai-integrations/{integration_id}, request body: properties.model_names.nullable | null now allowed |',
    );
  });

  it("a rule's status changed: breaking for both (clients see another status, a server of OLD answers the old one)", async () => {
    const diff = await diffAfter('rule-status', (d) => {
      const rule = d.paths['/v2/ai-integrations/{integration_id}'].patch['x-contract-rules'].find(
        (r: Document) => r.id === 'name-unique',
      );
      rule.status = 422;
      rule.problem = 'unprocessable-entity';
    });
    expect(verdict(diff)).toEqual({ clients: true, servers: true });
    expect(found(diff, (c) => c.kind === 'rule').map((c) => c.change)).toEqual([
      'status 409 → 422',
      'problem type resource-conflict → unprocessable-entity',
    ]);
    expect(found(diff, (c) => c.kind === 'schema')).toEqual([]);
  });

  it('an enum value added: servers break on the request side, clients on the response side', async () => {
    const diff = await diffAfter('enum-added', (d) => {
      schemas(d).Provider.enum.push('mistral');
      d['x-editions'].editions.upper.spellings.provider.mistral = 'MISTRAL';
    });
    const requests = found(diff, (c) => c.kind === 'schema' && c.where.includes('request body'));
    const responses = found(diff, (c) => c.kind === 'schema' && c.where.includes('response'));
    expect(requests.length).toBeGreaterThan(0);
    expect(responses.length).toBeGreaterThan(0);
    expect(requests.every((c) => c.clients === 'compatible' && c.servers === 'breaking')).toBe(true);
    expect(responses.every((c) => c.clients === 'breaking' && c.servers === 'compatible')).toBe(true);
    // The new spelling in the upper edition is an addition, not a respelling.
    expect(
      found(diff, (c) => c.kind === 'edition').every((c) => c.clients === 'compatible' && c.servers === 'compatible'),
    ).toBe(true);
  });

  it('an enum value removed: clients break on the request side, servers on the response side', async () => {
    const diff = await diffAfter('enum-removed', (d) => {
      schemas(d).Provider.enum = schemas(d).Provider.enum.filter((v: string) => v !== 'gemini');
      delete d['x-editions'].editions.upper.spellings.provider.gemini;
    });
    const requests = found(diff, (c) => c.kind === 'schema' && c.where.includes('request body'));
    const responses = found(diff, (c) => c.kind === 'schema' && c.where.includes('response'));
    expect(requests.length).toBeGreaterThan(0);
    expect(responses.length).toBeGreaterThan(0);
    expect(requests.every((c) => c.clients === 'breaking' && c.servers === 'breaking')).toBe(true);
    expect(responses.every((c) => c.clients === 'compatible' && c.servers === 'breaking')).toBe(true);
  });

  it('a required field added to a request: breaking for both (clients do not send it; servers of OLD do not refuse its absence)', async () => {
    const diff = await diffAfter(
      'required-request-field',
      (d) => void schemas(d).CreateAiIntegrationRequest.required.push('base_url'),
    );
    expect(verdict(diff)).toEqual({ clients: true, servers: true });
    expect(diff.changes.map((c) => c.where)).toEqual(['POST /v2/ai-integrations, request body: required.2']);
  });

  it('a required response field removed: breaking for clients (they read it), compatible for servers (extra members are allowed)', async () => {
    const diff = await diffAfter('response-field-removed', (d) => {
      const resource = schemas(d).AiIntegration;
      delete resource.properties.has_api_key;
      resource.required = resource.required.filter((f: string) => f !== 'has_api_key');
    });
    expect(verdict(diff)).toEqual({ clients: true, servers: false });
    expect(diff.changes.every((c) => c.where.includes('response'))).toBe(true);
  });

  it("an edition's spelling changed: breaking for both, named in the edition", async () => {
    const diff = await diffAfter('edition-spelling', (d) => {
      d['x-editions'].editions.upper.spellings.provider.openAI = 'OPENAI';
    });
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'edition',
        where: 'edition upper',
        change: 'provider openAI spelled OPEN_AI → OPENAI',
        clients: 'breaking',
        servers: 'breaking',
      }),
    ]);
  });

  it('a fact turned decision: compatible for both (the kit then checks it only with --strict)', async () => {
    const diff = await diffAfter('fact-to-decision', (d) => {
      const rule = d.paths['/v2/ai-integrations/{integration_id}'].patch['x-contract-rules'].find(
        (r: Document) => r.id === 'null-clears',
      );
      rule.origin = 'decision';
    });
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'rule',
        where: 'rule null-clears (update)',
        clients: 'compatible',
        servers: 'compatible',
      }),
    ]);
    expect(diff.changes[0]!.change).toMatch(/^origin fact .*→ decision/);
  });
});
