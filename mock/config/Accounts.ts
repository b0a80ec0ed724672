import { isJsonObject } from '../../spec/portable.js';
import type { Validator } from '../../spec/index.js';
import type { Role } from './KeysDocument.js';
import { MockConfigError } from './MockConfigError.js';

/** Who is calling: the account the token reaches, as which user, with which role. */
export interface Principal {
  readonly accountId: string;
  /** Undefined: the account's default user. */
  readonly userId?: string;
  readonly role: Role;
}

/**
 * Turns a bearer token into a principal. Without keys, every non-empty token is its own account
 * (parallel users and CI runs never see each other's data); with keys, only the listed ones work.
 */
export class Accounts {
  private constructor(private readonly keys: ReadonlyMap<string, Principal> | undefined) {}

  static open(): Accounts {
    return new Accounts(undefined);
  }

  /** Validates a keys document (see KeysDocument); `validateUserId` is the spec's Base64Id validator. */
  static closed(document: unknown, source: string, validateUserId: Validator): Accounts {
    const list = isJsonObject(document) ? document.keys : undefined;
    if (!Array.isArray(list) || list.length === 0) {
      throw new MockConfigError(source, [
        'must be an object with a non-empty "keys" list of {key, account, user?, role?}',
      ]);
    }
    const problems: string[] = [];
    const keys = new Map<string, Principal>();
    list.forEach((entry: unknown, i) => {
      const at = `keys[${i}]`;
      const fields: Record<string, unknown> = isJsonObject(entry) ? entry : {};
      const { key, account, user, role = 'read-write' } = fields;
      const before = problems.length;
      if (typeof key !== 'string' || key.trim() === '' || /\s/.test(key))
        problems.push(`${at}.key must be a non-empty string without spaces`);
      else if (keys.has(key)) problems.push(`${at}.key is listed twice`); // never print the key itself
      if (typeof account !== 'string' || account === '') problems.push(`${at}.account must be a non-empty string`);
      if (user !== undefined && (typeof user !== 'string' || validateUserId(user).length > 0))
        problems.push(`${at}.user must be a base64 id such as VXNlcjoxOm5OYkM=`);
      const knownRole: Role | undefined = role === 'read-write' || role === 'read-only' ? role : undefined;
      if (knownRole === undefined) problems.push(`${at}.role must be "read-write" or "read-only"`);
      if (problems.length > before || typeof key !== 'string' || typeof account !== 'string' || knownRole === undefined)
        return;
      keys.set(key, {
        accountId: account,
        ...(typeof user === 'string' ? { userId: user } : {}),
        role: knownRole,
      });
    });
    if (problems.length > 0) throw new MockConfigError(source, problems);
    return new Accounts(keys);
  }

  get isClosed(): boolean {
    return this.keys !== undefined;
  }

  /** The principal of a token, or undefined when the token opens nothing. */
  authenticate(token: string): Principal | undefined {
    if (token === '') return undefined;
    if (!this.keys) return { accountId: token, role: 'read-write' };
    return this.keys.get(token);
  }
}
