import type { CreateAiIntegrationRequest, UpperEdition } from '../../spec/index.js';
import type { Space } from '../core/index.js';

/**
 * The accounts and integrations the mock starts from (`--fixtures FILE`, `fixtures` option, or
 * `PUT /__admin/fixtures`). `account` is the account's name: in the default mode, the bearer
 * token that reaches it; with a keys file, the `account` its keys name. Integrations are create
 * bodies, created in order (the last one is the newest) through the same rules as POST. Their
 * enum values may be spelled in either edition: they are respelled into the one the mock serves.
 */
export interface FixturesDocument {
  readonly accounts: ReadonlyArray<{
    readonly account: string;
    /** Spaces the list's space_id / space_name filters know about. */
    readonly spaces?: ReadonlyArray<{ readonly id: string; readonly name: string; readonly organization_id?: string }>;
    readonly ai_integrations?: ReadonlyArray<CreateAiIntegrationRequest | UpperEdition.CreateAiIntegrationRequest>;
  }>;
}

export type { Space };
