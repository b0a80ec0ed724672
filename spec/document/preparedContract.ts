import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { PreparedContract } from '../contract/Contract.js';

/*
 * Prepared snapshots on disk: the build saves one per edition next to the copy of the spec in
 * dist/. Loading one skips the YAML parser and swagger-parser, the slowest part of a mock's
 * start-up. It is used only while the spec text still has the hash it was made from.
 */

/** The default edition's snapshot is `<spec>.prepared.json`; another edition's `<spec>.<edition>.prepared.json`. */
export function preparedPathFor(source: string, edition?: string): string {
  return `${source.replace(/\.ya?ml$/i, '') + (edition === undefined ? '' : `.${edition}`)}.prepared.json`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The prepared snapshot of `source` in `edition` (the default edition when absent) and the path it
 * was read from, if one exists and matches `text`; otherwise undefined.
 */
export async function readPrepared(
  source: string,
  text: string,
  edition?: string,
): Promise<{ prepared: PreparedContract; path: string } | undefined> {
  const candidates =
    edition === undefined ? [preparedPathFor(source)] : [preparedPathFor(source, edition), preparedPathFor(source)];
  for (const path of candidates) {
    let prepared: PreparedContract;
    try {
      prepared = JSON.parse(await readFile(path, 'utf8')) as PreparedContract;
    } catch {
      continue;
    }
    if (prepared.sourceSha256 === sha256(text) && (edition === undefined || prepared.edition === edition))
      return { prepared, path };
  }
  return undefined;
}

export async function writePrepared(
  source: string,
  text: string,
  edition: string,
  isDefault: boolean,
  document: OpenAPIV3_1.Document,
  dereferenced: OpenAPIV3_1.Document,
): Promise<string> {
  const path = preparedPathFor(source, isDefault ? undefined : edition);
  const prepared: PreparedContract = { sourceSha256: sha256(text), edition, document, dereferenced };
  await writeFile(path, JSON.stringify(prepared));
  return path;
}
