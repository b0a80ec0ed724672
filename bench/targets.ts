/** The four servers compared: how to start each, how to tell it is ready, what to PATCH. */
import { fileURLToPath } from 'node:url';
import { BASELINE_ID } from './servers/baselineStore.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const at = (path: string) => `${root}${path}`;

export const TOKEN = 'bench-token';
export const AUTH = { authorization: `Bearer ${TOKEN}` };
export const PATCH_BODY = JSON.stringify({ model_names: ['gpt-4o', 'gpt-4o-mini'], enable_default_models: true });

export interface Target {
  readonly name: string;
  command(port: number): string[];
  /** A GET that answers 200 once the server is ready. */
  readonly readyPath: string;
  /** Prepares the target once it is up; resolves with the id to PATCH. */
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

/** Creates one integration through the API and returns its id. */
export async function createIntegration(baseUrl: string, name: string): Promise<string> {
  const response = await fetch(`${baseUrl}/v2/ai-integrations`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ name, provider: 'openAI', model_names: ['gpt-4o'] }),
  });
  const body = (await response.json()) as { id?: string };
  if (response.status !== 201 || !body.id) throw new Error(`create failed with ${response.status}: ${JSON.stringify(body)}`);
  return body.id;
}

export const targets: readonly Target[] = [
  {
    name: 'aic mock (--quiet)',
    readyPath: '/v2/ai-integrations',
    command: (port) => [process.execPath, at('dist/cli/aic.js'), 'mock', '--port', String(port), '--host', '127.0.0.1', '--quiet'],
    prepare: (baseUrl) => createIntegration(baseUrl, 'Bench target'),
  },
  {
    name: 'Prism mock (prism-cli 5.12, -v error)',
    readyPath: '/v2/ai-integrations',
    command: (port) => [process.execPath, at('node_modules/@stoplight/prism-cli/dist/index.js'), 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'error', at('spec/openapi.yaml')],
    prepare: async () => 'TGxtSW50ZWdyYXRpb246MTI6YUJjRA==',
  },
  {
    name: 'minimal Express (JSON, Ajv, Map)',
    readyPath: `/v2/ai-integrations/${BASELINE_ID}`,
    command: (port) => [process.execPath, at('dist/bench/servers/minimalExpress.js'), String(port)],
    prepare: async () => BASELINE_ID,
  },
  {
    name: 'bare node:http (same work)',
    readyPath: `/v2/ai-integrations/${BASELINE_ID}`,
    command: (port) => [process.execPath, at('dist/bench/servers/bareNode.js'), String(port)],
    prepare: async () => BASELINE_ID,
  },
];
