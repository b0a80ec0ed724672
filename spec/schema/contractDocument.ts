import type { OpenAPIV3_1 } from 'openapi-types';

/**
 * The spec as a typed OpenAPI 3.1 document with the project's own `x-` extensions where they
 * stand. Their values are `unknown` here: the readers that give them their types
 * (readEditionTable, readProblemTypes, readContractRules) check them first.
 */
export type ContractDocument = OpenAPIV3_1.Document<OperationExtensions> & DocumentExtensions;

export interface DocumentExtensions {
  /** The editions table (spec/editions/editions.ts). */
  readonly 'x-editions'?: unknown;
  /** The edition a derived document speaks; absent in the written one. */
  readonly 'x-edition'?: unknown;
  /** The problem types by status (spec/rules/problemTypes.ts). */
  readonly 'x-problem-types'?: unknown;
}

export interface OperationExtensions {
  /** The rules JSON Schema cannot express (spec/rules/contractRules.ts). */
  readonly 'x-contract-rules'?: unknown;
}

export interface MediaTypeExtensions {
  /** Bodies that break a rule, each with the rule and its status. */
  readonly 'x-invalid-examples'?: unknown;
}

/** Whether an OpenAPI member is given in place rather than as a `$ref` (in a dereferenced document, always). */
export function isResolved<T extends object>(value: T | OpenAPIV3_1.ReferenceObject): value is T {
  return !('$ref' in value);
}

/** Whether `value` is shaped as an OpenAPI document (an object naming its `openapi` version); validation says the rest. */
export function isContractDocument(value: unknown): value is ContractDocument & Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'openapi' in value &&
    typeof value.openapi === 'string'
  );
}
