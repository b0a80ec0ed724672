import {
  acceptsNull,
  contractModel,
  leavesOf,
  type Contract,
  type Edition,
  type JsonSchema,
  type RuleId,
  type RuleWithParam,
  type Validator,
} from '../../spec/portable.js';
import { readEditionSpelling, type EditionSpelling } from './EditionSpelling.js';

/**
 * Everything the mock's semantics read from the contract, gathered once at start-up: the body
 * validators, the rule fields and parameters, and the statuses rules give. Nothing here is a
 * copy: change the spec and the mock follows.
 */
export interface MockRules {
  readonly create: OperationRules;
  readonly update: OperationRules & {
    /** Fields whose `null` removes the stored value (rule null-clears). */
    readonly nullClears: ReadonlySet<string>;
  };
  /** Status of a well-formed id that is unknown or another account's (rule not-found). */
  readonly notFoundStatus: number;
  /** Status of an id of an invalid format (rule malformed-id). */
  readonly malformedIdStatus: number;
  /** Status of a body that is not JSON, or not a JSON object (rule malformed-body). */
  readonly malformedBodyStatus: number;
  /** Status of an empty update (rule non-empty). */
  readonly nonEmptyStatus: number;
  /** The resource's properties in schema order, so every response lists fields the same way. */
  readonly resourceFields: readonly string[];
  /** The contract's schema of the resource (AiIntegration), for records read back from outside the process. */
  readonly validateResource: Validator;
  /** The served edition's spelling of enum values, and where request bodies carry them. */
  readonly spelling: EditionSpelling;
}

export interface OperationRules {
  readonly validate: Validator;
  /** The request body's properties, in schema order. */
  readonly fields: readonly string[];
  /** The body's properties whose schema refuses null, so a `null` there is refused by name. */
  readonly notNullable: ReadonlySet<string>;
  /** The body's properties that are lists (where `[]`, not `null`, empties the value). */
  readonly listFields: ReadonlySet<string>;
  /** The write-only key field (api_key): stored, never returned, never logged. */
  readonly apiKeyField: string;
  /** The contract rules behind each check, named in failures. */
  readonly ruleIds: { readonly unique: RuleId; readonly headers: RuleId; readonly consistency: RuleId };
  readonly invalidStatus: number;
  readonly nameField: string;
  readonly nameUniqueStatus: number;
  readonly headersField: string;
  readonly headersMaxBytes: number;
  readonly headersStatus: number;
  readonly providerField: string;
  readonly metadataField: string;
  readonly requiredMetadataKind: Readonly<Record<string, string>>;
  readonly consistencyStatus: number;
  /** Values of omitted fields at creation (rule create-defaults); empty for the update. */
  readonly defaults: Readonly<Record<string, unknown>>;
}

/**
 * `howToServe` ends the advice of a request refused for another edition's spelling: how this
 * mock's user makes it serve that edition (the CLI's flag by default; the MSW handlers' option).
 */
export function readMockRules(contract: Contract, howToServe?: (edition: Edition) => string): MockRules {
  const create = contract.operation('create');
  const update = contract.operation('update');
  if (!create.requestBody || !update.requestBody)
    throw new Error('The contract declares no request body for create or update');
  const rule = <Id extends RuleId>(id: Id) => contract.rule(id);
  // Typed rule parameters, read once by spec/ (the same facts the contract model uses).
  const { requiredMetadataKind, defaults: createDefaults } = contractModel(contract);
  const operationRules = (
    body: { validate: Validator; schema: JsonSchema },
    ids: { unique: RuleId; headers: RuleWithParam<'maxBytes'>['id']; consistency: RuleId; apiKey: RuleId },
    defaults: Record<string, unknown>,
  ): OperationRules => {
    const properties = (body.schema.properties ?? {}) as Record<string, JsonSchema>;
    const [providerField, metadataField] = rule(ids.consistency).fields;
    return {
      validate: body.validate,
      fields: Object.keys(properties),
      notNullable: new Set(
        Object.entries(properties).flatMap(([field, schema]) => (acceptsNull(schema) ? [] : [field])),
      ),
      listFields: new Set(
        Object.entries(properties).flatMap(([field, schema]) =>
          leavesOf(schema).some((leaf) => leaf.type === 'array') ? [field] : [],
        ),
      ),
      apiKeyField: firstField(rule(ids.apiKey).fields, ids.apiKey),
      ruleIds: { unique: ids.unique, headers: ids.headers, consistency: ids.consistency },
      invalidStatus: rule('types-enforced').status,
      nameField: firstField(rule(ids.unique).fields, ids.unique),
      nameUniqueStatus: rule(ids.unique).status,
      headersField: firstField(rule(ids.headers).fields, ids.headers),
      headersMaxBytes: rule(ids.headers).params.maxBytes,
      headersStatus: rule(ids.headers).status,
      providerField: firstField([providerField ?? ''], ids.consistency),
      metadataField: firstField([metadataField ?? ''], ids.consistency),
      requiredMetadataKind,
      consistencyStatus: rule(ids.consistency).status,
      defaults,
    };
  };
  return {
    create: operationRules(
      create.requestBody,
      {
        unique: 'create-name-unique',
        headers: 'create-headers-size-limit',
        consistency: 'create-provider-consistency',
        apiKey: 'create-api-key-write-only',
      },
      createDefaults,
    ),
    update: {
      ...operationRules(
        update.requestBody,
        {
          unique: 'name-unique',
          headers: 'headers-size-limit',
          consistency: 'provider-consistency',
          apiKey: 'api-key',
        },
        {},
      ),
      nullClears: new Set(rule('null-clears').fields),
    },
    notFoundStatus: rule('not-found').status,
    malformedIdStatus: rule('malformed-id').status,
    malformedBodyStatus: rule('malformed-body').status,
    resourceFields: Object.keys((contract.schemas.AiIntegration?.properties ?? {}) as Record<string, unknown>),
    validateResource: (value) => contract.schemaValidator('AiIntegration')(value),
    nonEmptyStatus: rule('non-empty').status,
    spelling: readEditionSpelling(contract, [create.requestBody.schema, update.requestBody.schema], howToServe),
  };
}

function firstField(fields: readonly string[], ruleId: string): string {
  const field = fields[0];
  if (!field) throw new Error(`Contract rule "${ruleId}" names no field`);
  return field;
}
