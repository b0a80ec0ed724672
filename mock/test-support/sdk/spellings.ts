import type {
  AiIntegrationAuthType,
  AiIntegrationProvider,
  AwsProviderMetadata,
  GcpProviderMetadata,
} from '@arizeai/ax-client';
import type { AuthType, Edition, Provider, UpperEdition } from '../../../spec/index.js';

/** Edition-neutral names of the eight providers and three auth types. */
export const PROVIDER_KEYS = [
  'openAI',
  'azureOpenAI',
  'awsBedrock',
  'vertexAI',
  'anthropic',
  'custom',
  'nvidiaNim',
  'gemini',
] as const;
export type ProviderKey = (typeof PROVIDER_KEYS)[number];
export type AuthTypeKey = 'default' | 'proxyWithHeaders' | 'bearerToken';

/** How one edition spells the enum values, as values of the SDK's own types. */
export interface Spelling {
  readonly edition: Edition;
  readonly provider: Readonly<Record<ProviderKey, AiIntegrationProvider>>;
  readonly authType: Readonly<Record<AuthTypeKey, AiIntegrationAuthType>>;
  readonly aws: AwsProviderMetadata['kind'];
  readonly gcp: GcpProviderMetadata['kind'];
}

/**
 * The upper edition in the SDK's own values: TypeScript checks every one against the SDK's types,
 * with no cast, and against the mock's upper-edition types.
 */
export const UPPER = {
  edition: 'upper',
  provider: {
    openAI: 'OPEN_AI',
    azureOpenAI: 'AZURE_OPEN_AI',
    awsBedrock: 'AWS_BEDROCK',
    vertexAI: 'VERTEX_AI',
    anthropic: 'ANTHROPIC',
    custom: 'CUSTOM',
    nvidiaNim: 'NVIDIA_NIM',
    gemini: 'GEMINI',
  },
  authType: { default: 'DEFAULT', proxyWithHeaders: 'PROXY_WITH_HEADERS', bearerToken: 'BEARER_TOKEN' },
  aws: 'AWS',
  gcp: 'GCP',
} as const satisfies Spelling & {
  provider: Record<ProviderKey, UpperEdition.Provider>;
  authType: Record<AuthTypeKey, UpperEdition.AuthType>;
};

/** Compiles only while the SDK's provider and auth-type unions hold nothing the tables above lack. */
type Covers<All, Listed extends All> = [Exclude<All, Listed>] extends [never] ? true : never;
export const UPPER_COVERS_THE_SDK: readonly [true, true] = [
  true satisfies Covers<AiIntegrationProvider, (typeof UPPER.provider)[ProviderKey]>,
  true satisfies Covers<AiIntegrationAuthType, (typeof UPPER.authType)[AuthTypeKey]>,
];

const CAMEL_VALUES = {
  edition: 'camel',
  provider: {
    openAI: 'openAI',
    azureOpenAI: 'azureOpenAI',
    awsBedrock: 'awsBedrock',
    vertexAI: 'vertexAI',
    anthropic: 'anthropic',
    custom: 'custom',
    nvidiaNim: 'nvidiaNim',
    gemini: 'gemini',
  },
  authType: { default: 'default', proxyWithHeaders: 'proxy_with_headers', bearerToken: 'bearer_token' },
  aws: 'aws',
  gcp: 'gcp',
} as const satisfies {
  edition: Edition;
  provider: Record<ProviderKey, Provider>;
  authType: Record<AuthTypeKey, AuthType>;
  aws: 'aws';
  gcp: 'gcp';
};

/**
 * The camel edition (the mock's default). The SDK types only the upper spelling, so this is the
 * one cast of the SDK tests: camelCase strings, checked above against the project's camel types,
 * forced through the SDK's types here and nowhere else.
 */
export const CAMEL = CAMEL_VALUES as unknown as Spelling;
