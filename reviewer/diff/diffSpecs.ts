import { parse } from 'yaml';
import type { OpenAPIV3_1 } from 'openapi-types';
import { ContractLoadError } from '../../spec/ContractLoadError.js';
import { addedResponsesChanges, editionChanges } from './editionChanges.js';
import { readRulesAndEditions } from './readRulesAndEditions.js';
import { readSpecSource, type SpecSource } from './readSpecSource.js';
import { ruleChanges } from './ruleChanges.js';
import { schemaChanges } from './schemaChanges.js';
import type { SpecDiff } from './SpecChange.js';

/**
 * What changed between two versions of the spec (files or git objects, see readSpecSource), for
 * clients and for servers: the schemas, `x-contract-rules` and `x-editions`. A version that is not
 * YAML, or whose extensions are malformed, is a ContractLoadError that says what is wrong.
 */
export async function diffSpecs(oldArgument: string, newArgument: string): Promise<SpecDiff> {
  const [oldSource, newSource] = await Promise.all([readSpecSource(oldArgument), readSpecSource(newArgument)]);
  const oldDocument = documentOf(oldSource);
  const newDocument = documentOf(newSource);
  const before = readRulesAndEditions(oldSource.label, oldDocument);
  const after = readRulesAndEditions(newSource.label, newDocument);
  return {
    old: oldSource.label,
    new: newSource.label,
    changes: [
      ...schemaChanges(oldDocument, newDocument),
      ...ruleChanges(before.rules, after.rules),
      ...editionChanges(before.editions, after.editions),
      ...addedResponsesChanges(oldDocument, newDocument),
    ],
  };
}

function documentOf(source: SpecSource): OpenAPIV3_1.Document {
  let document: unknown;
  try {
    document = parse(source.text);
  } catch (error) {
    throw new ContractLoadError(source.label, [
      `not YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    ]);
  }
  if (typeof document !== 'object' || document === null || !('openapi' in document))
    throw new ContractLoadError(source.label, ['not an OpenAPI document (no `openapi` member)']);
  return document as OpenAPIV3_1.Document;
}
