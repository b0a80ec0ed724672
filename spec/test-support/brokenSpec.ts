import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { DEFAULT_SPEC_PATH } from '../document/loadContract.js';
import { temporaryDir } from './temporaryDir.js';

/** Writes a copy of the project's spec, changed by `mutate`, to a temporary file (removed after the test); returns its path. */
export function brokenSpec(mutate: (document: Record<string, any>) => void): string {
  const document = parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8')) as Record<string, any>;
  mutate(document);
  return writeSpecText(stringify(document));
}

/** Writes `text` as a spec file in a temporary folder (removed after the test); returns its path. */
export function writeSpecText(text: string): string {
  const path = join(temporaryDir('aic-spec-'), 'openapi.yaml');
  writeFileSync(path, text);
  return path;
}
