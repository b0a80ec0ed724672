import { fileURLToPath } from 'node:url';
import { DEFAULT_SPEC_PATH, editionSource } from '../document/loadContract.js';
import type { Edition } from '../editions/editions.js';
import { typesFromSpec } from './typesFromSpec.js';

/** Where the types of each edition go: the default edition's beside the spec, others named after them. */
export function typesPath(edition: Edition): string {
  return fileURLToPath(
    new URL(edition === 'camel' ? '../types.generated.ts' : `../types.${edition}.generated.ts`, import.meta.url),
  );
}

export async function generatedTypes(edition: Edition): Promise<string> {
  return typesFromSpec(await editionSource(DEFAULT_SPEC_PATH, edition), edition);
}
