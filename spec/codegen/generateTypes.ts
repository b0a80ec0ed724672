import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenAPIV3_1 } from 'openapi-types';
import { parse } from 'yaml';
import { typesFromSpec } from './typesFromSpec.js';

export const TYPES_PATH = fileURLToPath(new URL('../types.generated.ts', import.meta.url));
export const SPEC_PATH = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

export async function generatedTypes(): Promise<string> {
  return typesFromSpec(parse(await readFile(SPEC_PATH, 'utf8')) as OpenAPIV3_1.Document);
}
