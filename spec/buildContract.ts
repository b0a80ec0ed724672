import type { OpenAPIV3_1 } from 'openapi-types';
import { assembleContract, type Contract, type PreparedContract } from './assembleContract.js';
import { ValidatorFactory } from './compileValidators.js';

/**
 * The contract built from a document already validated and dereferenced: operations, validators,
 * rules and problem types. Plain JavaScript (Ajv, no file system), so it also runs in a browser;
 * loadContract reads and validates the YAML in Node and builds through assembleContract.
 */
export type { Contract, HttpMethod, OperationContract, ParameterContract, PreparedContract, RequestBodyContract, ResponseContract } from './assembleContract.js';

/** The contract of a prepared snapshot, without reading or validating anything again. */
export function contractFromPrepared(prepared: PreparedContract, source: string): Contract {
  return buildContract(source, prepared.document, prepared.dereferenced, { schemasChecked: true });
}

/**
 * The contract of a validated, dereferenced document; a ContractLoadError naming `source` when its
 * rules, problem types, editions or schemas do not hold together.
 */
export function buildContract(source: string, document: OpenAPIV3_1.Document, dereferenced: OpenAPIV3_1.Document, options: { schemasChecked?: boolean } = {}): Contract {
  return assembleContract(source, document, dereferenced, new ValidatorFactory(options));
}
