import fc from 'fast-check';
import type { JsonSchema } from '../../spec/index.js';
import { fillToBytes } from './headersSize.js';
import type { JsonType } from '../../spec/index.js';
import type { Flavour } from './schemaArbitrary.js';

/**
 * Realistic values for the known places of an AI integration body. Every other place (a field
 * added to the spec later, say) falls back to the generic schema walker.
 */
export interface FlavourOptions {
  /** The headers field and its byte limit, from the rule table: maps of several sizes up to it. */
  readonly headersLimit?: { readonly field: string; readonly maxBytes: number };
}

const WORDS = [
  'Production',
  'Staging',
  'OpenAI',
  'Bedrock',
  'Vertex AI',
  'Claude',
  'Équipe ML',
  'données',
  'Müller',
  'Zürich',
  'São Paulo',
  '東京',
  'модель',
  'δοκιμή',
  'نموذج',
  '🚀',
  'team-42',
  'v2.1',
  'EU',
  'us-east-1',
  "O'Brien",
  'R&D',
];
const SEPARATORS = [' ', ' - ', ' / ', ': ', ' · ', '_', '.', ' (', ') ', ' & ', ', ', '!', '?', ' #'];
const NAMES = [
  'Production OpenAI',
  'Bedrock (us-east-1)',
  'Vertex AI (europe-west4)',
  'Équipe données – Claude',
  'Team 東京 / GPT-4o',
  "O'Reilly's test key!",
  'custom proxy #2',
  'nvidia-nim@edge',
];
const MODELS = [
  'gpt-4o',
  'gpt-4o-mini',
  'gpt-4.1',
  'o3-mini',
  'claude-3-5-sonnet-20241022',
  'claude-3-haiku',
  'anthropic.claude-3-sonnet-20240229-v1:0',
  'meta.llama3-70b-instruct-v1:0',
  'gemini-1.5-pro',
  'gemini-2.0-flash',
  'mistral-large-latest',
  'nvidia/llama-3.1-nemotron-70b-instruct',
];
const HEADER_NAMES = [
  'X-Request-Source',
  'X-Team',
  'X-Api-Version',
  'OpenAI-Organization',
  'anthropic-version',
  'X-Custom-Auth',
  'x-trace-id',
  'Accept-Language',
];
const GCP_LOCATIONS = ['us-central1', 'europe-west4', 'asia-northeast1', 'global'];

const nameArbitrary: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 2 },
  {
    arbitrary: fc
      .tuple(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 3 }),
        fc.constantFrom(...WORDS),
      )
      .map(([parts, last]) => parts.map(([w, s]) => w + s).join('') + last),
    weight: 3,
  },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), weight: 1 },
);

const base64Id = (prefix: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 99_999 }),
      fc.string({
        unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        minLength: 4,
        maxLength: 4,
      }),
    )
    .map(([n, tag]) => Buffer.from(`${prefix}:${n}:${tag}`).toString('base64'));

const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('2023-06-01', 'org-abc123', 'arize', 'en-US', 'true'),
  fc.string({ unit: 'grapheme-ascii', minLength: 0, maxLength: 60 }),
);

const smallHeaders: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  fc.oneof(
    { arbitrary: fc.constantFrom(...HEADER_NAMES), weight: 3 },
    { arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), weight: 1 },
  ),
  headerValue,
  { minKeys: 0, maxKeys: 6, noNullPrototype: true },
);

const PATHS: Record<string, fc.Arbitrary<unknown>> = {
  'string name': nameArbitrary,
  'string api_key': fc.oneof(
    fc
      .string({
        unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
        minLength: 20,
        maxLength: 48,
      })
      .map((s) => `sk-test-${s}`),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 64 }),
  ),
  'string base_url': fc.oneof(
    fc.constantFrom(
      'https://api.openai.com/v1',
      'https://my-resource.openai.azure.com/',
      'http://localhost:8000/v1',
      'https://integrate.api.nvidia.com/v1',
    ),
    fc.webUrl({ withQueryParameters: false, withFragments: false }),
  ),
  'string model_names/[]': fc.oneof(
    { arbitrary: fc.constantFrom(...MODELS), weight: 4 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 1 },
  ),
  'string provider_metadata/role_arn': fc
    .tuple(fc.integer({ min: 0, max: 999_999_999_999 }), fc.stringMatching(/^[A-Za-z][A-Za-z0-9+=,.@_-]{2,30}$/))
    .map(([account, role]) => `arn:aws:iam::${String(account).padStart(12, '0')}:role/${role}`),
  'string provider_metadata/external_id': fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9+=,.@:/-]{2,40}$/)),
  'string provider_metadata/project_id': fc.stringMatching(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/),
  'string provider_metadata/location': fc.constantFrom(...GCP_LOCATIONS),
  'string provider_metadata/project_access_label': fc.constantFrom('ml-team', 'shared', 'research', 'prod-inference'),
  'string scopings/[]/organization_id': base64Id('Organization'),
  'string scopings/[]/space_id': base64Id('Space'),
  'string headers/{}': headerValue,
};

/** The flavour of AI integration bodies (paths relative to the body). */
export function integrationFlavour(options: FlavourOptions = {}): Flavour {
  const limit = options.headersLimit;
  const headers = limit ? { field: limit.field, arbitrary: headersUpTo(limit.maxBytes) } : undefined;
  return (path: string, type: JsonType, _schema: JsonSchema) => {
    if (headers && type === 'object' && path === headers.field) return headers.arbitrary;
    return PATHS[`${type} ${path}`];
  };
}

/** Header maps of several sizes: small ones, and ones within 256 bytes of the limit (some exactly at it). */
function headersUpTo(maxBytes: number): fc.Arbitrary<Record<string, string>> {
  const nearLimit = fc
    .tuple(
      fc.dictionary(fc.constantFrom(...HEADER_NAMES), fc.constantFrom('2023-06-01', 'arize'), {
        maxKeys: 2,
        noNullPrototype: true,
      }),
      fc.integer({ min: Math.max(2, maxBytes - 256), max: maxBytes }),
    )
    .map(([base, target]) => fillToBytes(base, 'X-Trace-Context', target));
  return fc.oneof(
    { arbitrary: smallHeaders, weight: 4 },
    { arbitrary: nearLimit, weight: 1 },
    { arbitrary: fc.constant(fillToBytes({}, 'X-Trace-Context', maxBytes)), weight: 1 },
  );
}
