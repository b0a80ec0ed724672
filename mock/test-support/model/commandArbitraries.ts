import fc from 'fast-check';
import type { AccountName } from './IntegrationsApi.js';

/** Few names, so that uniqueness conflicts happen often; 'alpha' checks case-sensitivity. */
export const nameArb = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'alpha');
export const accountArb: fc.Arbitrary<AccountName> = fc.constantFrom('A', 'B');

const providerArb = fc.constantFrom('openAI', 'awsBedrock', 'vertexAI', 'anthropic');
const awsArb = fc.record({ kind: fc.constant('aws'), role_arn: fc.constantFrom('arn:aws:iam::1:role/A', 'arn:aws:iam::2:role/B') }, { requiredKeys: ['kind', 'role_arn'] });
const gcpArb = fc.record({ kind: fc.constant('gcp'), project_id: fc.constantFrom('p1', 'p2'), location: fc.constant('europe-west4'), project_access_label: fc.constant('ml') });
const metadataArb = fc.oneof(awsArb, gcpArb);
const headersArb = fc.oneof(
  { weight: 5, arbitrary: fc.dictionary(fc.constantFrom('A', 'B', '__proto__', 'constructor'), fc.constantFrom('1', '2'), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constant({ H: 'x'.repeat(9000) }) },
);
const scopingsArb = fc.constantFrom([{}], [{ organization_id: 'T3JnOjE6YWFhYQ==' }], [{ organization_id: 'T3JnOjE6YWFhYQ==', space_id: 'U3A6MTpjY2Nj' }], []);
const orNull = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), arbitrary);
const apiKeyArb = fc.constantFrom('sk-model-key-one', 'sk-model-key-two');
const baseUrlArb = fc.constantFrom('https://a.example', 'https://b.example');
/** The optional fields of a create body: none of them is nullable there. */
const createFields = {
  api_key: apiKeyArb,
  base_url: baseUrlArb,
  model_names: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  headers: headersArb,
  enable_default_models: fc.boolean(),
  function_calling_enabled: fc.boolean(),
  auth_type: fc.constantFrom('default', 'proxy_with_headers', 'bearer_token'),
  provider_metadata: metadataArb,
  scopings: scopingsArb,
};

/** A request body and whether the spec's schema accepts it (the model expects 400 when it does not, whatever the state). */
export type Body = { readonly body: Record<string, unknown>; readonly schemaValid: boolean };

/** Schema-valid create bodies; some still break a rule (name taken, consistency, header size). */
const validCreateArb = fc.record({ name: nameArb, provider: providerArb, ...createFields }, { requiredKeys: ['name', 'provider'] });

/**
 * Create bodies the schema rejects. Above all a null in one field, valid otherwise (no create
 * field is nullable, though base_url, headers, provider_metadata and api_key are in a PATCH): the
 * mock must refuse it with 400 and store nothing, even where the same body without the null would
 * be created, or would break a rule.
 */
const invalidCreateArb = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(validCreateArb, fc.constantFrom('base_url', 'headers', 'provider_metadata', 'api_key', 'model_names', 'scopings', 'name')).map(([body, field]) => ({ ...body, [field]: null })) },
  { weight: 1, arbitrary: fc.constantFrom<Record<string, unknown>>({ name: 'Delta' }, { provider: 'openAI' }, { name: 'Delta', provider: 'openAi' }, { name: 'Delta', provider: 'openAI', colour: 'blue' }) },
);

export const createArb: fc.Arbitrary<Body> = fc.oneof(
  { weight: 4, arbitrary: validCreateArb.map((body) => ({ body: body as Record<string, unknown>, schemaValid: true })) },
  { weight: 1, arbitrary: invalidCreateArb.map((body) => ({ body, schemaValid: false })) },
);

/** Schema-valid patches (at least one field); some still break a rule on the resulting state. base_url, headers, provider_metadata and api_key may be null here. */
const validPatchArb = fc
  .record(
    { name: nameArb, provider: providerArb, ...createFields, api_key: orNull(apiKeyArb), base_url: orNull(baseUrlArb), headers: orNull(headersArb), provider_metadata: orNull(metadataArb) },
    { requiredKeys: [] },
  )
  .filter((patch) => Object.keys(patch).length > 0);

/** Patches the schema rejects: the model knows they are 400 whatever the state. */
const invalidPatchArb = fc.constantFrom<Record<string, unknown>>(
  {},
  { colour: 'blue' },
  { name: null },
  { provider: 'openAi' },
  { model_names: 'a' },
  { scopings: null },
  { name: 'Delta', enable_default_models: 'yes' },
  { name: 'Delta', id: 'TGxtSW50ZWdyYXRpb246MTpBQUFB' },
);

export const patchArb: fc.Arbitrary<Body> = fc.oneof(
  { weight: 4, arbitrary: validPatchArb.map((body) => ({ body: body as Record<string, unknown>, schemaValid: true })) },
  { weight: 1, arbitrary: invalidPatchArb.map((body) => ({ body, schemaValid: false })) },
);

/** Which integration a command addresses: one of the account's own, another account's, an unknown or a malformed id. */
export type Target = { readonly kind: 'own' | 'foreign' | 'unknown' | 'malformed'; readonly index: number };
export const targetArb: fc.Arbitrary<Target> = fc.record({
  kind: fc.constantFrom<Target['kind']>('own', 'own', 'own', 'own', 'own', 'own', 'foreign', 'unknown', 'malformed'),
  index: fc.nat(9),
});

export const listQueryArb = fc.record({ limit: fc.integer({ min: 1, max: 4 }), name: fc.option(fc.constantFrom('al', 'BETA', 'mm'), { nil: undefined }) });
