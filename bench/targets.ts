/** The servers compared: how to start each, how to tell it is ready, what it is asked. */
import { fileURLToPath } from 'node:url';
import { DEMO_TOKEN } from '../mock/index.js';
import { mintIntegrationId } from '../mock/core/index.js';
import { contractModel, isEdition, listParameters, loadContract, type Edition } from '../spec/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const at = (path: string) => `${root}${path}`;

export const TOKEN = 'bench-token';
export const AUTH = { authorization: `Bearer ${TOKEN}` };
export const PATCH_BODY = JSON.stringify({ model_names: ['gpt-4o', 'gpt-4o-mini'], enable_default_models: true });

/** The requests measured: PATCH and GET of one integration, and the first list page (default limit). */
export const SHAPES = ['PATCH', 'GET', 'list'] as const;
export type Shape = (typeof SHAPES)[number];

export interface Target {
  readonly name: string;
  /**
   * The role the report reads: the mock (quiet or logging), the minimal Express app (its validators
   * compiled by Ajv with its defaults), the same app for cold start only with its validators
   * compiled the fastest honest way (Ajv skipping the meta-schema check) or by the project's own
   * loader, others for reference.
   */
  readonly role: 'mock' | 'mock-logging' | 'minimal' | 'minimal-prechecked' | 'minimal-loader' | 'reference';
  command(port: number): string[];
  /** A GET that answers 200 once the server is ready. */
  readonly readyPath: string;
  /** The request shapes its throughput is measured on (Prism answers examples, so only its PATCH is compared); none: cold start only. */
  readonly shapes: readonly Shape[];
  /**
   * The cold start to the first answered PATCH: the request, and the status that answers it. The
   * mock patches an integration of its demo fixtures (validated and applied: 200); the baselines
   * hold none, so theirs check the parameters and answer 404 (their body validators were compiled
   * at start-up anyway).
   */
  readonly firstPatch?: { readonly path: string; readonly headers: Record<string, string>; readonly status: number };
  /** Send stderr (the request log) into a pipe another process drains. */
  readonly stderrToDrain?: boolean;
  /** Prepares the target once it is up; resolves with the id to GET and PATCH. */
  prepare(baseUrl: string): Promise<string>;
}

async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { headers: AUTH });
  await response.arrayBuffer();
  return response.ok;
}

export function readyProbe(target: Target): (port: number) => Promise<boolean> {
  return (port) => answers(`http://127.0.0.1:${port}${target.readyPath}`);
}

/** True once the target answers its first PATCH with the expected status. */
export function patchProbe(target: Target): (port: number) => Promise<boolean> {
  const patch = target.firstPatch;
  if (!patch) throw new Error(`${target.name} has no first PATCH`);
  return async (port) => {
    const response = await fetch(`http://127.0.0.1:${port}${patch.path}`, {
      method: 'PATCH',
      headers: { ...patch.headers, 'content-type': 'application/json' },
      body: PATCH_BODY,
    });
    await response.arrayBuffer();
    return response.status === patch.status;
  };
}

/**
 * The provider values that need no provider_metadata, as `edition` spells them, in the spec's order
 * (the contract model's providers less those its provider-consistency rule asks a metadata kind of).
 */
export async function providers(edition: Edition | undefined = EDITION): Promise<string[]> {
  const model = contractModel(await loadContract(undefined, edition === undefined ? {} : { edition }));
  return model.providers.filter((p) => !Object.hasOwn(model.requiredMetadataKind, p));
}

/** The first of `providers(edition)`: one that needs no provider_metadata. */
export async function firstProvider(edition: Edition | undefined = EDITION): Promise<string> {
  const [provider] = await providers(edition);
  if (provider === undefined) throw new Error('bench: every provider of the spec asks for provider_metadata');
  return provider;
}

/** Creates one integration through the API and returns its id. */
export async function createIntegration(baseUrl: string, name: string, provider: string): Promise<string> {
  const response = await fetch(`${baseUrl}/v2/ai-integrations`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ name, provider, model_names: ['gpt-4o'] }),
  });
  const body = (await response.json()) as { id?: string };
  if (response.status !== 201 || !body.id)
    throw new Error(`create failed with ${response.status}: ${JSON.stringify(body)}`);
  return body.id;
}

/**
 * More integrations than the spec's default list page holds (so the first page, asked without a
 * page size, is full) through the API; resolves with the id of the newest.
 */
async function seedList(baseUrl: string, edition?: Edition): Promise<string> {
  const provider = await firstProvider(edition);
  const count = (await defaultPageSize(edition)) + 10;
  let id = '';
  for (let i = 0; i < count; i++) id = await createIntegration(baseUrl, `Bench target ${i}`, provider);
  return id;
}

/** The page size the list answers when none is asked (the spec's default). */
export async function defaultPageSize(edition: Edition | undefined = EDITION): Promise<number> {
  const size = listParameters(await loadContract(undefined, edition === undefined ? {} : { edition })).pageSize.default;
  if (size === undefined) throw new Error("bench: the spec's list operation has no default page size");
  return size;
}

/** The servers, the mock first. `edition` is the mock's --edition (the baselines read the same edition's prepared spec). */
export function targetsFor(edition?: Edition): readonly Target[] {
  const editionArgs = edition === undefined ? [] : ['--edition', edition];
  const mock = (port: number) => [
    process.execPath,
    at('dist/cli/aic.js'),
    'mock',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    ...editionArgs,
  ];
  const baseline = (file: string) => (port: number) => [
    process.execPath,
    at(`dist/bench/servers/${file}`),
    String(port),
    ...(edition === undefined ? [] : [edition]),
  ];
  const seed = (baseUrl: string) => seedList(baseUrl, edition);
  const demoIntegration = `/v2/ai-integrations/${mintIntegrationId(1)}`;
  const baselinePatch = { path: demoIntegration, headers: AUTH, status: 404 };
  const coldStartOnly = async () => '';
  return [
    {
      name: 'aic mock (--quiet)',
      role: 'mock',
      readyPath: '/v2/ai-integrations',
      shapes: SHAPES,
      firstPatch: { path: demoIntegration, headers: { authorization: `Bearer ${DEMO_TOKEN}` }, status: 200 },
      command: (port) => [...mock(port), '--quiet'],
      prepare: seed,
    },
    {
      name: 'minimal Express (JSON, Ajv, Map)',
      role: 'minimal',
      readyPath: '/v2/ai-integrations',
      shapes: SHAPES,
      firstPatch: baselinePatch,
      command: baseline('minimalExpress.js'),
      prepare: seed,
    },
    {
      name: 'minimal Express, Ajv without the meta-schema check',
      role: 'minimal-prechecked',
      readyPath: '/v2/ai-integrations',
      shapes: [],
      firstPatch: baselinePatch,
      command: baseline('minimalExpressPrechecked.js'),
      prepare: coldStartOnly,
    },
    {
      name: "minimal Express, validators from the project's loader",
      role: 'minimal-loader',
      readyPath: '/v2/ai-integrations',
      shapes: [],
      firstPatch: baselinePatch,
      command: baseline('minimalExpressContract.js'),
      prepare: coldStartOnly,
    },
    {
      name: 'aic mock (request log on, to a pipe)',
      role: 'mock-logging',
      readyPath: '/v2/ai-integrations',
      shapes: SHAPES,
      stderrToDrain: true,
      command: mock,
      prepare: seed,
    },
    {
      name: 'Prism mock (prism-cli 5.12, -v error)',
      role: 'reference',
      readyPath: '/v2/ai-integrations',
      shapes: ['PATCH'],
      command: (port) => [
        process.execPath,
        at('node_modules/@stoplight/prism-cli/dist/index.js'),
        'mock',
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-v',
        'error',
        at('spec/openapi.yaml'),
      ],
      prepare: async () => 'TGxtSW50ZWdyYXRpb246MTI6YUJjRA==',
    },
    {
      name: "minimal Express, messages made with the app's prototypes",
      role: 'reference',
      readyPath: '/v2/ai-integrations',
      shapes: SHAPES,
      firstPatch: baselinePatch,
      command: baseline('minimalExpressAppPrototypes.js'),
      prepare: seed,
    },
    {
      name: 'bare node:http (same work)',
      role: 'reference',
      readyPath: '/v2/ai-integrations',
      shapes: SHAPES,
      firstPatch: baselinePatch,
      command: baseline('bareNode.js'),
      prepare: seed,
    },
  ];
}

/**
 * The edition the bench's mocks serve: AIC_EDITION as `aic mock` reads it (each mock is passed it
 * as --edition), else the spec's default. The kit phase runs every edition whatever this is.
 */
export const EDITION: Edition | undefined = isEdition(process.env.AIC_EDITION) ? process.env.AIC_EDITION : undefined;

export const targets = targetsFor(EDITION);

/** The mock (quiet), the target every phase measures. */
export function mockTarget(): Target {
  const mock = targets.find((target) => target.role === 'mock');
  if (!mock) throw new Error('bench: no target has the role mock');
  return mock;
}
