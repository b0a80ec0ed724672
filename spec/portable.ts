/**
 * What spec/ offers in any JavaScript runtime, a browser included: the contract built from a
 * prepared snapshot, its rules, validators, editions and types, the contract model and comparison
 * by meaning. No node: module is reachable from here. spec/index.ts adds what needs Node: reading
 * and validating the YAML (loadContract), the rule table's file, and checkResponse (prism-http).
 */
export { contractFromPrepared } from './contract/buildContract.js';
export type {
  Contract,
  OperationContract,
  RequestBodyContract,
  ResponseContract,
  ParameterContract,
  HttpMethod,
  PreparedContract,
} from './contract/Contract.js';
export { ContractLoadError } from './ContractLoadError.js';
export {
  fieldAt,
  hasParam,
  isRule,
  type ContractRule,
  type RuleOrigin,
  type RuleWithParam,
} from './rules/ContractRule.js';
export type { RuleParams, RuleParamsById } from './rules/ruleParams.js';
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
} from './editions/editions.js';
export type { ProblemType } from './rules/problemTypes.js';
export type { Validator, JsonSchema } from './schema/compileValidators.js';
export type { ValidationIssue } from './schema/validationIssues.js';
export type * from './types.generated.js';
/** The upper edition's types (the camel edition's are exported at the top level). */
export type * as UpperEdition from './types.upper.generated.js';
export { resourceFields } from './model/resourceFields.js';
export {
  contractModel,
  type ContractModel,
  type Outcome,
  type Accepted,
  type Rejected,
} from './model/contractModel.js';
export type { ResourceFields } from './model/resourceFields.js';
export { flattenAllOf, isClosedObject } from './schema/flattenAllOf.js';
export {
  acceptedTypes,
  acceptsNull,
  alternativesOf,
  declaredTypes,
  enumOf,
  JSON_TYPES,
  leavesOf,
  propertiesOf,
  requiredOf,
  stringExamplesOf,
  typeOfValue,
  withoutNull,
  withoutUnknownProperties,
  type JsonType,
} from './schema/schemaReaders.js';
export {
  inContractEdition,
  otherEditionSpellings,
  respellAt,
  spelledPlaces,
  type SpelledPlace,
} from './model/editionSpelling.js';
export {
  canonicalIntegration,
  canonicalInstant,
  canonicalOf,
  compareInstants,
  differingFields,
  pickCanonical,
  type CompareOptions,
} from './model/canonicalIntegration.js';
export { jsonEqual } from './model/jsonEqual.js';
export { isJsonObject, isStringList, isStringMap, jsonUtf8Bytes, type Json, type JsonObject } from './json.js';
export { perContract } from './contract/perContract.js';
export { sameText, textChange, type TextChange, type TextKeptOptions } from './model/textKept.js';
export { listParameters, type ListParameters } from './model/listParameters.js';
export {
  listingMembers,
  readListing,
  successStatus,
  type ListingMembers,
  type ListingPage,
} from './model/listing.js';
export { idSchema } from './model/idSchema.js';
export { apiBasePath } from './model/apiBasePath.js';
