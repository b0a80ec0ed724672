import { type ContractRule, fieldAt } from '../rules/ContractRule.js';
import type { Contract } from '../contract/Contract.js';
import { resourceFields, type ResourceFields } from './resourceFields.js';
import { isJsonObject, jsonUtf8Bytes, type JsonObject } from '../json.js';
import { perContract } from '../contract/perContract.js';

/**
 * What the contract says a request does, given what the integration holds: the one oracle of the
 * mock's model-based tests and of the conformance kit. Bodies are assumed valid against their
 * schema (the invalid ones are the generators' labelled families).
 */
export type Outcome = Accepted | Rejected;

export interface Accepted {
  readonly accepted: true;
  /** The integration's fields afterwards (server-managed fields as they were, or absent on create). */
  readonly after: JsonObject;
  /** Strict decisions (spec rules with `strict: true`) the acceptance rests on; see ContractModel. */
  readonly silent: readonly string[];
}

export interface Rejected {
  readonly accepted: false;
  /** Each status the contract allows (a body breaking two rules may get either). */
  readonly statuses: readonly number[];
  /** The spec rules broken. */
  readonly rules: readonly string[];
  /** Whether the statuses are facts; otherwise they are the project's choice and any 4xx keeps the facts. */
  readonly statusesAreFacts: boolean;
  readonly silent: readonly string[];
}

/**
 * The contract model. `silent` lists the strict decisions an outcome depends on, where the public
 * facts say nothing (a provider change, metadata on a provider that needs none, awsBedrock without
 * a model source, headers that only fit the size limit when they replace the stored map): a server faithful to the facts may refuse such a request with a 4xx that
 * changes nothing, and only `--strict` holds it to the project's decision.
 */
export interface ContractModel {
  readonly fields: ResourceFields;
  /** Rule create-defaults: what omitted create fields become. */
  readonly defaults: Readonly<JsonObject>;
  /** Every provider of the spec's enum, in spec order. */
  readonly providers: readonly string[];
  /** Rule provider-consistency: provider → the metadata kind it needs. */
  readonly requiredMetadataKind: Readonly<Record<string, string>>;
  /** Rule model-source-optional: providers the guides say need a model source. */
  readonly modelSourceProviders: readonly string[];
  /** Rule headers-size-limit. */
  readonly headersMaxBytes: number;
  /** The fields of an integration created from `body` (defaults, then the body; api_key → has_api_key). */
  created(body: JsonObject): JsonObject;
  /** A create of `body` when the account holds `takenNames`. */
  create(body: JsonObject, takenNames: readonly unknown[]): Outcome;
  /** A PATCH of `body` onto `before` when the account's other integrations hold `takenNames`. */
  update(before: JsonObject, body: JsonObject, takenNames: readonly unknown[]): Outcome;
  /** Whether a provider and its metadata satisfy provider-consistency. */
  consistent(provider: unknown, metadata: unknown): boolean;
  /** Whether the state has a model source (enable_default_models true, or a non-empty model_names). */
  hasModelSource(state: JsonObject): boolean;
  /**
   * A create body every server faithful to the public facts must accept, made from `body`: no
   * metadata on a provider that needs none (rule metadata-on-any-provider), and a model source
   * (`enable_default_models: true`) where rule model-source-optional names the provider.
   */
  portableCreate(body: JsonObject): JsonObject;
}

const models = perContract(buildModel);

export function contractModel(contract: Contract): ContractModel {
  return models(contract);
}

function buildModel(contract: Contract): ContractModel {
  const fields = resourceFields(contract);
  const { defaults } = contract.rule('create-defaults').params;
  const { requiredMetadataKind } = contract.rule('provider-consistency').params;
  const modelSourceProviders = contract.rule('model-source-optional').params.providers;
  const headersMaxBytes = contract.rule('headers-size-limit').params.maxBytes;
  const nameUnique = contract.rule('name-unique');
  const createNameUnique = contract.rule('create-name-unique');
  const consistency = contract.rule('provider-consistency');
  const createConsistency = contract.rule('create-provider-consistency');
  const sizeLimit = contract.rule('headers-size-limit');
  const createSizeLimit = contract.rule('create-headers-size-limit');
  // The create rules state the update rules' parameters again: one fact, so they must agree.
  const createKinds = createConsistency.params.requiredMetadataKind;
  if (
    JSON.stringify(Object.entries(createKinds).sort()) !== JSON.stringify(Object.entries(requiredMetadataKind).sort())
  ) {
    throw new TypeError(
      `rules ${createConsistency.id} and ${consistency.id} name different requiredMetadataKind params`,
    );
  }
  if (createSizeLimit.params.maxBytes !== headersMaxBytes)
    throw new TypeError(`rules ${createSizeLimit.id} and ${sizeLimit.id} name different maxBytes params`);
  const [providerField, metadataField] = [fieldAt(consistency, 0), fieldAt(consistency, 1)];
  const providerSchema = contract.schemas.AiIntegration?.properties?.[providerField];
  const providers = (providerSchema?.enum ?? []).filter((p): p is string => typeof p === 'string');
  const headersField = fieldAt(sizeLimit, 0);
  const nameField = fieldAt(nameUnique, 0);
  const modelSource = contract.rule('model-source-optional');
  const modelsProvider = fieldAt(modelSource, 0);
  const defaultModelsField = fieldAt(modelSource, 1);
  const modelNamesField = fieldAt(modelSource, 2);
  const providerChange = contract.rule('provider-change').id;
  const metadataOnAnyProvider = contract.rule('metadata-on-any-provider').id;
  const modelSourceOptional = contract.rule('model-source-optional').id;
  const headersReplace = contract.rule('headers-replace').id;

  const consistent = (provider: unknown, metadata: unknown): boolean => {
    if (typeof provider !== 'string' || !Object.hasOwn(requiredMetadataKind, provider)) return true;
    return isJsonObject(metadata) && metadata.kind === requiredMetadataKind[provider];
  };
  const hasModelSource = (state: JsonObject): boolean =>
    state[defaultModelsField] === true || (Array.isArray(state[modelNamesField]) && state[modelNamesField].length > 0);

  /** The strict decisions a state reached by `touched` fields relies on. */
  const silentOf = (after: JsonObject, touched: (field: string) => boolean, before?: JsonObject): string[] => {
    const silent: string[] = [];
    if (before && touched(providerField) && after[providerField] !== before[providerField]) silent.push(providerChange);
    const provider = after[providerField];
    const needsNoMetadata = typeof provider === 'string' && !Object.hasOwn(requiredMetadataKind, provider);
    if ((touched(providerField) || touched(metadataField)) && needsNoMetadata && isJsonObject(after[metadataField]))
      silent.push(metadataOnAnyProvider);
    const sourceTouched = touched(modelsProvider) || touched(defaultModelsField) || touched(modelNamesField);
    if (
      sourceTouched &&
      typeof provider === 'string' &&
      modelSourceProviders.includes(provider) &&
      !hasModelSource(after)
    )
      silent.push(modelSourceOptional);
    // A server that merges headers (headers-replace is a decision) may find the merged map too large.
    const sent = after[headersField];
    const stored = before?.[headersField];
    if (
      touched(headersField) &&
      isJsonObject(sent) &&
      isJsonObject(stored) &&
      jsonUtf8Bytes({ ...stored, ...sent }) > headersMaxBytes
    )
      silent.push(headersReplace);
    return silent;
  };

  const judge = (
    after: JsonObject,
    touched: (field: string) => boolean,
    nameTaken: boolean,
    rules: { unique: ContractRule; consistency: ContractRule; size: ContractRule },
    before?: JsonObject,
  ): Outcome => {
    const broken: ContractRule[] = [];
    if (nameTaken) broken.push(rules.unique);
    if (!consistent(after[providerField], after[metadataField])) broken.push(rules.consistency);
    if (
      touched(headersField) &&
      isJsonObject(after[headersField]) &&
      jsonUtf8Bytes(after[headersField]) > headersMaxBytes
    )
      broken.push(rules.size);
    const silent = silentOf(after, touched, before);
    if (broken.length === 0) return { accepted: true, after, silent };
    const statusesAreFacts = broken.every((r) => r.statusOrigin === 'fact');
    return {
      accepted: false,
      statuses: [...new Set(broken.map((r) => r.status))],
      rules: broken.map((r) => r.id),
      statusesAreFacts,
      silent,
    };
  };

  const created = (body: JsonObject): JsonObject => {
    const { api_key: apiKey, ...rest } = body;
    return { ...structuredClone(defaults), ...structuredClone(rest), has_api_key: typeof apiKey === 'string' };
  };

  return {
    fields,
    providers,
    defaults,
    requiredMetadataKind,
    modelSourceProviders,
    headersMaxBytes,
    created,
    consistent,
    hasModelSource,
    portableCreate(body) {
      const out: JsonObject = { ...body };
      const provider = out[providerField];
      if (typeof provider === 'string' && !Object.hasOwn(requiredMetadataKind, provider)) delete out[metadataField];
      if (typeof provider === 'string' && modelSourceProviders.includes(provider) && !hasModelSource(out))
        out[defaultModelsField] = true;
      return out;
    },
    create(body, takenNames) {
      const after = created(body);
      return judge(after, (f) => f in body, takenNames.includes(body[nameField]), {
        unique: createNameUnique,
        consistency: createConsistency,
        size: createSizeLimit,
      });
    },
    update(before, body, takenNames) {
      const after: JsonObject = { ...before };
      for (const [field, value] of Object.entries(body)) {
        if (!fields.updatable.includes(field)) continue;
        if (field === 'api_key') after.has_api_key = value !== null;
        else after[field] = structuredClone(value);
      }
      const nameTaken = nameField in body && takenNames.includes(body[nameField]);
      return judge(after, (f) => f in body, nameTaken, { unique: nameUnique, consistency, size: sizeLimit }, before);
    },
  };
}
