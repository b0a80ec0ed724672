import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { OpenAPIV3_1 } from 'openapi-types';

/**
 * A spec already validated and dereferenced, saved by the build next to the copy of the spec in
 * dist/. Loading it skips the YAML parser and swagger-parser, the slowest part of a mock's
 * start-up. It is used only while the spec text still has the hash it was made from.
 */
export interface PreparedContract {
  readonly sourceSha256: string;
  readonly document: OpenAPIV3_1.Document;
  readonly dereferenced: OpenAPIV3_1.Document;
}

export function preparedPathFor(source: string): string {
  return source.replace(/\.ya?ml$/i, '') + '.prepared.json';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The prepared snapshot of `source` if one exists and matches `text`; otherwise undefined. */
export async function readPrepared(source: string, text: string): Promise<PreparedContract | undefined> {
  let prepared: PreparedContract;
  try {
    prepared = JSON.parse(await readFile(preparedPathFor(source), 'utf8')) as PreparedContract;
  } catch {
    return undefined;
  }
  return prepared.sourceSha256 === sha256(text) ? prepared : undefined;
}

export async function writePrepared(source: string, text: string, document: OpenAPIV3_1.Document, dereferenced: OpenAPIV3_1.Document): Promise<string> {
  const path = preparedPathFor(source);
  const prepared: PreparedContract = { sourceSha256: sha256(text), document, dereferenced };
  await writeFile(path, JSON.stringify(prepared));
  return path;
}
