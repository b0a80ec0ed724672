import type fc from 'fast-check';
import {
  fieldAt,
  hasParam,
  isJsonObject,
  perContract,
  type Contract,
  type ContractRule,
  type JsonSchema,
  type OperationName,
  type RuleWithParam,
  type Validator,
} from '../../spec/index.js';
import { integrationFlavour } from './flavours.js';
import { enumOf, leavesOf, propertiesOf, requiredOf, withoutNull } from '../../spec/index.js';
import { arbitraryFor, type Flavour } from './schemaArbitrary.js';

/** What the generators read from the spec about one request body: its schema and the rules on it. */
export interface BodyModel {
  readonly operation: OperationName;
  readonly schema: JsonSchema;
  /** Property schemas by name, in spec order. */
  readonly properties: Readonly<Record<string, JsonSchema>>;
  readonly fields: readonly string[];
  readonly required: readonly string[];
  readonly minProperties: number;
  readonly validate: Validator;
  readonly flavour: Flavour;
  /** A rule with `params.maxBytes` on one field (headers-size-limit). */
  readonly sizeLimit?: { readonly rule: ContractRule; readonly field: string; readonly maxBytes: number };
  /** A rule with `params.requiredMetadataKind` (provider-consistency). */
  readonly consistency?: ProviderConsistency;
  /** The name-uniqueness rule (409) and its field. */
  readonly uniqueName?: { readonly rule: ContractRule; readonly field: string };
}

export interface ProviderConsistency {
  readonly rule: ContractRule;
  readonly providerField: string;
  readonly metadataField: string;
  /** The property of the metadata object that names its kind (the discriminator). */
  readonly kindProperty: string;
  /** Provider -> metadata kind it needs. */
  readonly requiredKind: Readonly<Record<string, string>>;
  /** Every provider of the enum. */
  readonly providers: readonly string[];
  /** Valid metadata objects of each kind the schema declares. */
  readonly metadataOfKind: ReadonlyMap<string, fc.Arbitrary<Record<string, unknown>>>;
}

const modelsOf = perContract(() => new Map<OperationName, BodyModel>());

/** The schema of a field of the body; an Error when the body declares no such field. */
export function fieldSchema(model: BodyModel, field: string): JsonSchema {
  const schema = model.properties[field];
  if (!schema) throw new Error(`the ${model.operation} body declares no field ${field}`);
  return schema;
}

/** Reads (once per contract) the body model of an operation. Throws when the operation has no JSON object body. */
export function readBodyModel(contract: Contract, name: OperationName): BodyModel {
  const models = modelsOf(contract);
  let model = models.get(name);
  if (!model) {
    model = buildModel(contract, name);
    models.set(name, model);
  }
  return model;
}

function buildModel(contract: Contract, name: OperationName): BodyModel {
  const operation = contract.operation(name);
  const operationId = operation.operationId;
  const body = operation.requestBody;
  if (!body) throw new Error(`Operation ${operationId} has no request body to generate`);
  const schema = body.schema;
  const properties = propertiesOf(schema);
  const fields = Object.keys(properties);
  if (fields.length === 0) throw new Error(`The request body of ${operationId} declares no properties`);

  const sizeRule = operation.rules.find(
    (r): r is RuleWithParam<'maxBytes'> =>
      hasParam(r, 'maxBytes') && r.fields.length === 1 && fields.includes(fieldAt(r, 0)),
  );
  const sizeLimit = sizeRule
    ? { rule: sizeRule, field: fieldAt(sizeRule, 0), maxBytes: sizeRule.params.maxBytes }
    : undefined;
  const flavour = integrationFlavour(sizeLimit ? { headersLimit: sizeLimit } : {});

  const nameRule = operation.rules.find(
    (r) => r.id.endsWith('name-unique') && r.fields.length === 1 && fields.includes(fieldAt(r, 0)),
  );
  const consistency = readConsistency(operation.rules, properties, flavour);
  return {
    operation: name,
    schema,
    properties,
    fields,
    required: requiredOf(schema),
    minProperties: typeof schema.minProperties === 'number' ? schema.minProperties : 0,
    validate: body.validate,
    flavour,
    ...(sizeLimit ? { sizeLimit } : {}),
    ...(consistency ? { consistency } : {}),
    ...(nameRule ? { uniqueName: { rule: nameRule, field: fieldAt(nameRule, 0) } } : {}),
  };
}

function readConsistency(
  rules: readonly ContractRule[],
  properties: Readonly<Record<string, JsonSchema>>,
  flavour: Flavour,
): ProviderConsistency | undefined {
  const rule = rules.find((r): r is RuleWithParam<'requiredMetadataKind'> => hasParam(r, 'requiredMetadataKind'));
  if (!rule) return undefined;
  const requiredKind = rule.params.requiredMetadataKind;
  const providerField = rule.fields.find((f) => {
    const property = properties[f];
    return property && enumOf(property)?.some((v) => typeof v === 'string' && v in requiredKind);
  });
  const metadataField = rule.fields.find((f) => f !== providerField && properties[f]);
  const providerSchema = providerField === undefined ? undefined : properties[providerField];
  const metadataProperty = metadataField === undefined ? undefined : properties[metadataField];
  if (!providerField || !metadataField || !providerSchema || !metadataProperty)
    throw new Error(
      `Rule ${rule.id}: cannot tell its provider field from its metadata field (${rule.fields.join(', ')})`,
    );
  const metadataSchema = withoutNull(metadataProperty);
  const kindProperty = metadataSchema.discriminator?.propertyName ?? 'kind';
  const metadataOfKind = new Map<string, fc.Arbitrary<Record<string, unknown>>>();
  for (const leaf of leavesOf(metadataSchema)) {
    const kind = propertiesOf(leaf)[kindProperty]?.const;
    if (typeof kind === 'string')
      metadataOfKind.set(
        kind,
        arbitraryFor(leaf, { path: metadataField, flavour }).map((value) => (isJsonObject(value) ? value : {})),
      );
  }
  for (const [provider, kind] of Object.entries(requiredKind)) {
    if (!metadataOfKind.has(kind))
      throw new Error(
        `Rule ${rule.id}: provider ${provider} needs metadata of kind "${kind}", which ${metadataField} does not declare`,
      );
  }
  const providers = (enumOf(providerSchema) ?? []).filter((v): v is string => typeof v === 'string');
  return { rule, providerField, metadataField, kindProperty, requiredKind, providers, metadataOfKind };
}
