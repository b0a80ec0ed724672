import type { Account } from '../transport/ExchangeLog.js';

/** Thrown when the kit is about to modify something it did not create: a bug in the kit, never sent. */
export class SafetyError extends Error {
  override readonly name = 'SafetyError';
}

interface Tracked {
  readonly id: string;
  readonly account: Account;
  live: boolean;
}

/**
 * The integrations this run created. PATCH and DELETE are allowed only on these ids; whatever is
 * still live is deleted at the end, after a failure and on Ctrl-C.
 */
export class ResourceTracker {
  private readonly scopes: string[][] = [];

  constructor(private readonly byId = new Map<string, Tracked>()) {}

  /** A tracker of the same run with scopes of its own: one rule's, while other rules run beside it. */
  lane(): ResourceTracker {
    return new ResourceTracker(this.byId);
  }

  created(id: string, account: Account): void {
    this.byId.set(`${account}:${id}`, { id, account, live: true });
    this.scopes.at(-1)?.push(`${account}:${id}`);
  }

  deleted(id: string, account: Account): void {
    const tracked = this.byId.get(`${account}:${id}`);
    if (tracked) tracked.live = false;
  }

  /** Whether this id, created by the kit in `account`, has not been deleted as far as the kit knows. */
  isLive(id: string, account: Account): boolean {
    return this.byId.get(`${account}:${id}`)?.live === true;
  }

  /** Whether the kit created this id (in any account, live or already deleted). */
  owns(id: string): boolean {
    for (const t of this.byId.values()) if (t.id === id) return true;
    return false;
  }

  assertOwned(id: string, action: string): void {
    if (!this.owns(id)) throw new SafetyError(`refusing to ${action} ${id}: this run did not create it`);
  }

  /**
   * The one exception to assertOwned, for the malformed-id checks: an id the run did not create may
   * be sent only when it cannot name any integration. It must fail the spec's id pattern and hold a
   * character that no base64 or base64url id holds (so a target whose ids stray from the pattern,
   * e.g. base64url with `-` and `_`, is still never touched).
   */
  assertUnnameable(id: string, idPattern: RegExp, action: string): void {
    if (idPattern.test(id) || !/[^A-Za-z0-9+/=_-]/.test(id))
      throw new SafetyError(`refusing to ${action} ${id} as a malformed id: it could name an integration`);
  }

  /** Starts collecting the ids created from now on (one property run); `endScope` returns them. */
  beginScope(): void {
    this.scopes.push([]);
  }

  endScope(): Array<{ id: string; account: Account }> {
    const keys = this.scopes.pop() ?? [];
    return keys.flatMap((k) => {
      const tracked = this.byId.get(k);
      return tracked?.live ? [{ id: tracked.id, account: tracked.account }] : [];
    });
  }

  live(): Array<{ id: string; account: Account }> {
    return [...this.byId.values()].filter((t) => t.live).map(({ id, account }) => ({ id, account }));
  }

  get createdCount(): number {
    return this.byId.size;
  }
}
