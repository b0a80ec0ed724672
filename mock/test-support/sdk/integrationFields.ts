import type { AiIntegration, AiIntegrationScoping, CreateAiIntegrationInput } from '@arizeai/ax-client';
import type { Spelling } from './spellings.js';

/** The fields of an integration a client can set, as compared: absent and null alike (rule null-clears). */
export type Fields = Partial<Omit<AiIntegration, 'id' | 'createdAt' | 'updatedAt' | 'createdByUserId'>>;

function withoutEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, member]) => member !== null && member !== undefined),
  ) as Partial<T>;
}

/** An integration's settable fields, with absent and null members dropped (also inside scopings). */
export function fieldsOf(integration: AiIntegration): Fields {
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    createdByUserId: _createdBy,
    scopings,
    ...rest
  } = integration;
  return { ...withoutEmpty(rest), scopings: scopings.map((scoping: AiIntegrationScoping) => withoutEmpty(scoping)) };
}

/** What a create must store: the input, and the documented defaults for what it omits (rule create-defaults). */
export function expectedFromCreate(input: CreateAiIntegrationInput, spelling: Spelling): Fields {
  const { apiKey, scopings, ...rest } = input;
  return {
    enableDefaultModels: false,
    functionCallingEnabled: true,
    authType: spelling.authType.default,
    ...withoutEmpty(rest),
    hasApiKey: apiKey !== undefined,
    scopings: (scopings ?? [{}]).map((scoping) => withoutEmpty(scoping)),
  };
}
