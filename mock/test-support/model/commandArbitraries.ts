import fc from 'fast-check';
import type { Contract } from '../../../spec/index.js';
import { contractValues } from '../contractValues.js';
import type { AccountName } from './ModelTarget.js';

/** Few names, so that uniqueness conflicts happen often; 'alpha' checks case-sensitivity. */
export const nameArb = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'alpha');
export const accountArb: fc.Arbitrary<AccountName> = fc.constantFrom('A', 'B');

const headersArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.dictionary(fc.constantFrom('A', 'B', '__proto__', 'constructor'), fc.constantFrom('1', '2'), {
      maxKeys: 3,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ H: 'x'.repeat(9000) }) },
);
const scopingsArb = fc.constantFrom(
  [{}],
  [{ organization_id: 'T3JnOjE6YWFhYQ==' }],
  [{ organization_id: 'T3JnOjE6YWFhYQ==', space_id: 'U3A6MTpjY2Nj' }],
  [],
);
const orNull = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), arbitrary);
const apiKeyArb = fc.constantFrom('sk-model-key-one', 'sk-model-key-two');
const baseUrlArb = fc.constantFrom('https://a.example', 'https://b.example');

/** A request body and whether the spec's schema accepts it (the model expects 400 when it does not, whatever the state). */
export type Body = { readonly body: Record<string, unknown>; readonly schemaValid: boolean };

export interface BodyArbitraries {
  readonly createArb: fc.Arbitrary<Body>;
  readonly patchArb: fc.Arbitrary<Body>;
}

/**
 * Create and patch bodies in the edition `contract` speaks: its providers (every one that needs
 * metadata, and two that need none), auth types and metadata kinds, and among the schema-invalid
 * bodies values spelled as the other edition spells them.
 */
export function bodyArbitraries(contract: Contract): BodyArbitraries {
  const values = contractValues(contract);
  const plain = values.plainProviders.slice(0, 2);
  const providerArb = fc.constantFrom(...values.metadataProviders.map((m) => m.provider), ...plain);
  // Two values per required property, so that replacing metadata with equal or different metadata both happen.
  const metadataArb = fc.oneof(
    ...values.metadataProviders.map(({ kind }) =>
      fc.constantFrom(1, 2).map((n) => values.metadata(kind, (property) => `${property}-${n}`)),
    ),
  );
  /** The optional fields of a create body: none of them is nullable there. */
  const createFields = {
    api_key: apiKeyArb,
    base_url: baseUrlArb,
    model_names: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
    headers: headersArb,
    enable_default_models: fc.boolean(),
    function_calling_enabled: fc.boolean(),
    auth_type: fc.constantFrom(...values.authTypes),
    provider_metadata: metadataArb,
    scopings: scopingsArb,
  };

  /** Schema-valid create bodies; some still break a rule (name taken, consistency, header size). */
  const validCreateArb = fc.record(
    { name: nameArb, provider: providerArb, ...createFields },
    { requiredKeys: ['name', 'provider'] },
  );
  const [first] = plain;
  const [needsMetadata] = values.metadataProviders;
  if (first === undefined || needsMetadata === undefined)
    throw new Error('The contract needs a provider without metadata and one with');
  const otherEdition = {
    provider: values.inOtherEdition('provider', first),
    authType: values.inOtherEdition('auth_type', values.authTypes[0]!),
    metadata: {
      ...values.metadata(needsMetadata.kind),
      [values.kindProperty]: values.inOtherEdition('kind', needsMetadata.kind),
    },
  };

  /**
   * Create bodies the schema rejects. Above all a null in one field, valid otherwise (no create
   * field is nullable, though base_url, headers, provider_metadata and api_key are in a PATCH): the
   * mock must refuse it with 400 and store nothing, even where the same body without the null would
   * be created, or would break a rule. Then values of the other edition, a near miss, a missing name or provider, an unknown field.
   */
  const invalidCreateArb = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          validCreateArb,
          fc.constantFrom('base_url', 'headers', 'provider_metadata', 'api_key', 'model_names', 'scopings', 'name'),
        )
        .map(([body, field]) => ({ ...body, [field]: null })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Record<string, unknown>>(
        { name: 'Delta' },
        { provider: first },
        { name: 'Delta', provider: values.misspelt('provider', first) },
        { name: 'Delta', provider: first, colour: 'blue' },
        { name: 'Delta', provider: otherEdition.provider },
        { name: 'Delta', provider: first, auth_type: otherEdition.authType },
        { name: 'Delta', provider: needsMetadata.provider, provider_metadata: otherEdition.metadata },
      ),
    },
  );

  const createArb: fc.Arbitrary<Body> = fc.oneof(
    {
      weight: 4,
      arbitrary: validCreateArb.map((body) => ({ body: body as Record<string, unknown>, schemaValid: true })),
    },
    { weight: 1, arbitrary: invalidCreateArb.map((body) => ({ body, schemaValid: false })) },
  );

  /** Schema-valid patches (at least one field); some still break a rule on the resulting state. base_url, headers, provider_metadata and api_key may be null here. */
  const validPatchArb = fc
    .record(
      {
        name: nameArb,
        provider: providerArb,
        ...createFields,
        api_key: orNull(apiKeyArb),
        base_url: orNull(baseUrlArb),
        headers: orNull(headersArb),
        provider_metadata: orNull(metadataArb),
      },
      { requiredKeys: [] },
    )
    .filter((patch) => Object.keys(patch).length > 0);

  /** Patches the schema rejects: the model knows they are 400 whatever the state. */
  const invalidPatchArb = fc.constantFrom<Record<string, unknown>>(
    {},
    { colour: 'blue' },
    { name: null },
    { provider: values.misspelt('provider', first) },
    { provider: otherEdition.provider },
    { auth_type: otherEdition.authType },
    { provider_metadata: otherEdition.metadata },
    { model_names: 'a' },
    { scopings: null },
    { name: 'Delta', enable_default_models: 'yes' },
    { name: 'Delta', id: 'TGxtSW50ZWdyYXRpb246MTpBQUFB' },
  );

  const patchArb: fc.Arbitrary<Body> = fc.oneof(
    {
      weight: 4,
      arbitrary: validPatchArb.map((body) => ({ body: body as Record<string, unknown>, schemaValid: true })),
    },
    { weight: 1, arbitrary: invalidPatchArb.map((body) => ({ body, schemaValid: false })) },
  );
  return { createArb, patchArb };
}

/** Which integration a command addresses: one of the account's own, another account's, an unknown or a malformed id. */
export type Target = { readonly kind: 'own' | 'foreign' | 'unknown' | 'malformed'; readonly index: number };
export const targetArb: fc.Arbitrary<Target> = fc.record({
  kind: fc.constantFrom<Target['kind']>('own', 'own', 'own', 'own', 'own', 'own', 'foreign', 'unknown', 'malformed'),
  index: fc.nat(9),
});

export const listQueryArb = fc.record({
  limit: fc.integer({ min: 1, max: 4 }),
  name: fc.option(fc.constantFrom('al', 'BETA', 'mm'), { nil: undefined }),
});
