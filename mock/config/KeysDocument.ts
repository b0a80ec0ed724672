/**
 * The closed set of API keys (`--keys FILE` or the `keys` option). Each key reaches one account
 * as one user; `read-only` keys get 403 on writes. A list, not a map keyed by the secret, so no
 * key can collide with an object's own properties.
 */
export interface KeysDocument {
  readonly keys: ReadonlyArray<{
    readonly key: string;
    readonly account: string;
    /** created_by_user_id of what this key creates (a base64 id); default: the account's user. */
    readonly user?: string;
    /** Default `read-write`. */
    readonly role?: Role;
  }>;
}

export type Role = 'read-write' | 'read-only';
