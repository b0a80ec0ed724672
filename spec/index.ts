/** What spec/ offers: the contract loaded from openapi.yaml, its rules, validators and types. */
export { loadContract, readContract, DEFAULT_SPEC_PATH } from './loadContract.js';
export type { Contract, LoadOptions, OperationContract, RequestBodyContract, ResponseContract, ParameterContract, HttpMethod } from './loadContract.js';
export { ContractLoadError } from './ContractLoadError.js';
export type { ContractRule, RuleOrigin } from './contractRules.js';
export { hasParam, type RuleParams, type RuleParamsById, type RuleWithParam } from './ruleParams.js';
export { EDITIONS, OPERATION_NAMES, SPELLED_FIELDS, isEdition, type Edition, type EditionFacts, type EditionTable, type OperationName, type SpelledField } from './editions.js';
export type { ProblemType } from './problemTypes.js';
export type { Validator, JsonSchema } from './compileValidators.js';
export type { ValidationIssue } from './validationIssues.js';
export { renderRulesTable } from './rulesTable.js';
export type * from './types.generated.js';
/** The upper edition's types (the camel edition's are exported at the top level). */
export type * as UpperEdition from './types.upper.generated.js';
export { checkResponse, findOperation } from './checkResponse.js';
export type { Exchange, ResponseIssue } from './checkResponse.js';
export { resourceFields } from './resourceFields.js';
export { contractModel, type ContractModel, type Outcome, type Accepted, type Rejected } from './contractModel.js';
export type { ResourceFields } from './resourceFields.js';
export { flattenAllOf, isClosedObject } from './flattenAllOf.js';
export { acceptsNull, alternativesOf, leavesOf, propertiesOf } from './schemaReaders.js';
export { inContractEdition, otherEditionSpellings, respellAt, spelledPlaces, type SpelledPlace } from './editionSpelling.js';
export { canonicalIntegration, canonicalInstant, canonicalOf, compareInstants, differingFields, pickCanonical, type CompareOptions } from './canonicalIntegration.js';
