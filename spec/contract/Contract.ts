import type { EditionFacts, EditionTable, Edition, OperationName } from '../editions/editions.js';
import type { ContractRule } from '../rules/ContractRule.js';
import type { ProblemType } from '../rules/problemTypes.js';
import type { ContractDocument } from '../schema/contractDocument.js';
import type { JsonSchema, Validator } from '../schema/validatorCompiler.js';
import type { RuleId } from '../types.generated.js';

/** What a loaded contract offers every folder: its operations, validators, rules and problem types. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ParameterContract {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: JsonSchema;
}

export interface ResponseContract {
  /** "200", "404", or "default". */
  readonly status: string;
  readonly description: string;
  readonly contentType?: string;
  readonly schema?: JsonSchema;
  /** Compiled on first use: servers validate requests, only checkers validate responses. */
  readonly validateBody?: Validator;
  /** Response headers the spec marks `required: true` (optional ones, such as Retry-After, are not listed). */
  readonly requiredHeaders: readonly string[];
  /** The response's first example as the spec writes it (`example`, else the first of `examples`); absent when it has none. */
  readonly example?: unknown;
}

export interface RequestBodyContract {
  readonly required: boolean;
  readonly contentType: string;
  readonly schema: JsonSchema;
  readonly validate: Validator;
  /** Named examples from `examples`, expected to validate. */
  readonly examples: Readonly<Record<string, unknown>>;
  /** Named examples from `x-invalid-examples`, each with the rule it breaks and its status. */
  readonly invalidExamples: Readonly<Record<string, { value: unknown; rule: RuleId; status: number }>>;
}

export interface OperationContract {
  /** The edition-neutral name (list, create, get, update, delete). */
  readonly name: OperationName;
  /** The operation id, as this edition spells it. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** OpenAPI path template, e.g. `/v2/ai-integrations/{integration_id}`. */
  readonly path: string;
  readonly parameters: readonly ParameterContract[];
  /**
   * Validates `{ path, query }` (string values as received). Coerces values to their schema
   * types and fills defaults in place, so a valid input can be used as is afterwards.
   */
  readonly validateParameters: Validator;
  readonly requestBody?: RequestBodyContract;
  readonly responses: ReadonlyMap<string, ResponseContract>;
  /** Statuses the operation declares, numeric ones only, ascending. */
  readonly declaredStatuses: readonly number[];
  readonly rules: readonly ContractRule[];
}

export interface Contract {
  readonly source: string;
  /** The edition this contract speaks (see spec/editions/editions.ts). */
  readonly edition: Edition;
  /** This edition's operation ids and spellings. */
  readonly facts: EditionFacts;
  /** Every edition's, read from the spec's `x-editions`. */
  readonly editions: EditionTable;
  /** The document as written (references intact): what Prism and linters read. */
  readonly document: ContractDocument;
  /** The same document with every `$ref` resolved. */
  readonly dereferenced: ContractDocument;
  readonly operations: ReadonlyMap<OperationName, OperationContract>;
  readonly rules: readonly ContractRule[];
  readonly problemTypes: ReadonlyMap<number, ProblemType>;
  /** Dereferenced component schemas, by name. */
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  operation(name: OperationName): OperationContract;
  /** The rule with this id, its params typed and checked when the contract loaded. */
  rule<Id extends RuleId>(id: Id): ContractRule<Id>;
  /** A validator of a component schema, compiled on first use. */
  schemaValidator(name: string): Validator;
}

/**
 * A spec already validated and dereferenced in one edition: what `npm run build` saves in dist/
 * (spec/document/preparedContract.ts) and what the browser entry of the mock embeds.
 */
export interface PreparedContract {
  readonly sourceSha256: string;
  readonly edition: string;
  readonly document: ContractDocument;
  readonly dereferenced: ContractDocument;
}
