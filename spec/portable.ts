/**
 * What spec/ offers in any JavaScript runtime, a browser included: the contract built from a
 * prepared snapshot, its rules, validators, editions and types, the contract model and comparison
 * by meaning. No node: module is reachable from here. spec/index.ts adds what needs Node: reading
 * and validating the YAML (loadContract), the rule table's file, and checkResponse (prism-http).
 */
export {
  contractFromPrepared,
  type Contract,
  type OperationContract,
  type RequestBodyContract,
  type ResponseContract,
  type ParameterContract,
  type HttpMethod,
  type PreparedContract,
} from './buildContract.js';
export { ContractLoadError } from './ContractLoadError.js';
export { fieldAt, hasParam, isRule, type ContractRule, type RuleOrigin, type RuleWithParam } from './ContractRule.js';
export type { RuleParams, RuleParamsById } from './ruleParams.js';
export {
  EDITIONS,
  OPERATION_NAMES,
  SPELLED_FIELDS,
  isEdition,
  type Edition,
  type EditionFacts,
  type EditionTable,
  type OperationName,
  type SpelledField,
} from './editions.js';
export type { ProblemType } from './problemTypes.js';
export type { Validator, JsonSchema } from './compileValidators.js';
export type { ValidationIssue } from './validationIssues.js';
export type * from './types.generated.js';
/** The upper edition's types (the camel edition's are exported at the top level). */
export type * as UpperEdition from './types.upper.generated.js';
export { resourceFields } from './resourceFields.js';
export { contractModel, type ContractModel, type Outcome, type Accepted, type Rejected } from './contractModel.js';
export type { ResourceFields } from './resourceFields.js';
export { flattenAllOf, isClosedObject } from './flattenAllOf.js';
export { acceptsNull, alternativesOf, leavesOf, propertiesOf } from './schemaReaders.js';
export {
  inContractEdition,
  otherEditionSpellings,
  respellAt,
  spelledPlaces,
  type SpelledPlace,
} from './editionSpelling.js';
export {
  canonicalIntegration,
  canonicalInstant,
  canonicalOf,
  compareInstants,
  differingFields,
  pickCanonical,
  type CompareOptions,
} from './canonicalIntegration.js';
export { jsonEqual } from './jsonEqual.js';
export { isJsonObject, isStringList, isStringMap, jsonUtf8Bytes, type Json, type JsonObject } from './json.js';
export { perContract } from './perContract.js';
export { sameText, textChange, type TextChange, type TextKeptOptions } from './textKept.js';
export { listParameters, type ListParameters } from './listParameters.js';
export { apiBasePath } from './apiBasePath.js';
