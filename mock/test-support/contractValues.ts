import {
  contractModel,
  EDITIONS,
  flattenAllOf,
  type Contract,
  type JsonSchema,
  type SpelledField,
} from '../../spec/index.js';

/**
 * The enum values the mock's tests send, read from the contract in the edition it speaks, so the
 * same tests run against a mock of either edition and no value is written in them.
 */
export interface ContractValues {
  /** Every provider, in spec order. */
  readonly providers: readonly string[];
  /** Providers that need no metadata (rule provider-consistency). */
  readonly plainProviders: readonly string[];
  /** Providers that need metadata, with the kind each needs. */
  readonly metadataProviders: ReadonlyArray<{ readonly provider: string; readonly kind: string }>;
  /** Every auth_type of the create body. */
  readonly authTypes: readonly string[];
  /** The member of a metadata object that names its kind. */
  readonly kindProperty: string;
  /**
   * A valid metadata object of `kind`: its kind, and each other required property as
   * `value(property)` (default: the property's name).
   */
  metadata(kind: string, value?: (property: string) => string): Record<string, unknown>;
  /** `value` as the first other edition spells it. */
  inOtherEdition(field: SpelledField, value: string): string;
  /** A near miss of `value` (its last letter's case flipped) that no edition spells. */
  misspelt(field: SpelledField, value: string): string;
}

const cache = new WeakMap<Contract, ContractValues>();

export function contractValues(contract: Contract): ContractValues {
  let values = cache.get(contract);
  if (!values) {
    values = read(contract);
    cache.set(contract, values);
  }
  return values;
}

function read(contract: Contract): ContractValues {
  const { providers, requiredMetadataKind } = contractModel(contract);
  const [, metadataField] = contract.rule('provider-consistency').fields;
  const createProperties = (contract.operation('create').requestBody?.schema.properties ?? {}) as Record<
    string,
    JsonSchema
  >;
  const authTypes = enumOf(createProperties.auth_type ?? {});
  const branches = alternatives(createProperties[metadataField ?? ''] ?? {});
  const kinds = new Set(Object.values(requiredMetadataKind));
  const branchOf = (kind: string) => {
    for (const branch of branches) {
      const properties = (branch.properties ?? {}) as Record<string, JsonSchema>;
      const kindProperty = Object.keys(properties).find((name) => properties[name]!.const === kind);
      if (kindProperty !== undefined) return { branch, kindProperty };
    }
    throw new Error(`The contract's ${metadataField} schema has no branch of kind ${kind}`);
  };
  const [firstKind] = kinds;
  if (firstKind === undefined || providers.length === 0 || authTypes.length === 0)
    throw new Error('The contract names no providers, auth types or metadata kinds');
  const other = EDITIONS.find((edition) => edition !== contract.edition)!;
  const table = contract.editions;
  return {
    providers,
    plainProviders: providers.filter((p) => !Object.hasOwn(requiredMetadataKind, p)),
    metadataProviders: Object.entries(requiredMetadataKind).map(([provider, kind]) => ({ provider, kind })),
    authTypes,
    kindProperty: branchOf(firstKind).kindProperty,
    metadata(kind, value = (property) => property) {
      const { branch, kindProperty } = branchOf(kind);
      const required = ((branch.required ?? []) as string[]).filter((p) => p !== kindProperty);
      return { [kindProperty]: kind, ...Object.fromEntries(required.map((p) => [p, value(p)])) };
    },
    inOtherEdition(field, value) {
      const respelled = table.respell(field, value, other);
      if (respelled === undefined || respelled === value)
        throw new Error(`The ${other} edition has no other spelling of ${field} ${value}`);
      return respelled;
    },
    misspelt(field, value) {
      const last = value.slice(-1);
      const flipped = value.slice(0, -1) + (last === last.toUpperCase() ? last.toLowerCase() : last.toUpperCase());
      if (flipped === value || table.editionsSpelling(field, flipped).length > 0)
        throw new Error(`No near miss of ${field} ${value}`);
      return flipped;
    },
  };
}

function enumOf(schema: JsonSchema): string[] {
  const flat = flattenAllOf(schema);
  return Array.isArray(flat.enum) ? flat.enum.filter((v): v is string => typeof v === 'string') : [];
}

/** The object alternatives of a schema (through allOf, oneOf and anyOf). */
function alternatives(schema: JsonSchema): JsonSchema[] {
  const flat = flattenAllOf(schema);
  const nested = [...((flat.oneOf ?? []) as JsonSchema[]), ...((flat.anyOf ?? []) as JsonSchema[])];
  return nested.length === 0 ? [flat] : nested.flatMap(alternatives);
}
