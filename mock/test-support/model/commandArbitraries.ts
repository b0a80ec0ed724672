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
const optionalFields = {
  api_key: fc.constantFrom('sk-model-key-one', 'sk-model-key-two'),
  base_url: fc.oneof(fc.constant(null), fc.constantFrom('https://a.example', 'https://b.example')),
  model_names: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  headers: fc.oneof(fc.constant(null), headersArb),
  enable_default_models: fc.boolean(),
  function_calling_enabled: fc.boolean(),
  auth_type: fc.constantFrom('default', 'proxy_with_headers', 'bearer_token'),
  provider_metadata: fc.oneof(fc.constant(null), metadataArb),
  scopings: scopingsArb,
};

/** Schema-valid create bodies; some still break a rule (name taken, consistency, header size). */
export const createBodyArb = fc.record({ name: nameArb, provider: providerArb, ...optionalFields }, { requiredKeys: ['name', 'provider'] });

/** Schema-valid patches (at least one field); some still break a rule on the resulting state. */
const validPatchArb = fc
  .record({ name: nameArb, provider: providerArb, ...optionalFields, api_key: fc.oneof(fc.constant(null), optionalFields.api_key) }, { requiredKeys: [] })
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

export type Patch = { readonly body: Record<string, unknown>; readonly schemaValid: boolean };
export const patchArb: fc.Arbitrary<Patch> = fc.oneof(
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
