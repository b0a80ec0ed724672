import type { OpenAPIV3_1 } from 'openapi-types';
import { ContractLoadError } from '../../spec/ContractLoadError.js';
import { readContractRules, type ContractRule } from '../../spec/rules/contractRules.js';
import { OPERATION_NAMES, readEditionTable, type EditionTable } from '../../spec/editions/editions.js';

export interface RulesAndEditions {
  readonly rules: readonly ContractRule[];
  readonly editions: EditionTable;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The `x-contract-rules` and `x-editions` of a written document, read and checked as the contract
 * loader reads them, without validating the whole document or compiling its validators: a diff
 * needs the rules, and reads in a fraction of the time. A malformed extension is a ContractLoadError.
 */
export function readRulesAndEditions(source: string, document: OpenAPIV3_1.Document): RulesAndEditions {
  const problems: string[] = [];
  const editions = readEditionTable(document, problems);
  if (!editions) throw new ContractLoadError(source, problems.length > 0 ? problems : ['x-editions is missing']);
  const operationIds = editions.editions[editions.default].operationIds;
  const names = new Map(OPERATION_NAMES.map((name) => [operationIds[name], name]));
  const rules: ContractRule[] = [];
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      const operationId = operation?.operationId;
      const name = operationId === undefined ? undefined : names.get(operationId);
      if (operation && operationId !== undefined && name) {
        const written = 'x-contract-rules' in operation ? operation['x-contract-rules'] : undefined;
        rules.push(...readContractRules(name, operationId, written, problems));
      }
    }
  }
  if (problems.length > 0) throw new ContractLoadError(source, problems);
  return { rules, editions };
}
