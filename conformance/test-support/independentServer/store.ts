/** What the server holds: accounts (one per bearer token) and their integrations. */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AuthType, Provider } from './options.js';
import { invalid } from './problems.js';

export interface Scope {
  readonly org: string | null;
  readonly space: string | null;
}

export type Metadata =
  | { readonly kind: 'aws'; readonly roleArn: string; readonly externalId: string | null }
  | { readonly kind: 'gcp'; readonly projectId: string; readonly location: string; readonly accessLabel: string };

/** The settable state of an integration. Unset nullable fields are null. */
export interface Settings {
  readonly name: string;
  readonly provider: Provider;
  readonly apiKey: string | null;
  readonly baseUrl: string | null;
  readonly modelNames: readonly string[] | null;
  /** Header entries in the order they were sent (a list, so no key is special, not even `__proto__`). */
  readonly headers: ReadonlyArray<readonly [string, string]> | null;
  readonly enableDefaultModels: boolean;
  readonly functionCallingEnabled: boolean;
  readonly authType: AuthType;
  readonly metadata: Metadata | null;
  readonly scopes: readonly Scope[];
}

export interface Integration extends Settings {
  readonly id: string;
  /** Creation order within the server: the list's sort key and the cursor's position. */
  readonly seq: number;
  readonly createdBy: string;
  /** Epoch microseconds. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface Account {
  readonly userId: string;
  readonly integrations: Map<string, Integration>;
  requests: number;
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

export const ID_PATTERN = /^[A-Za-z0-9+/]+={0,2}$/;
export const isWellFormedId = (id: string): boolean => id.length >= 4 && id.length <= 512 && ID_PATTERN.test(id);

export class Store {
  private readonly accounts = new Map<string, Account>();
  private seq = 0;
  private users = 0;
  private readonly secret = randomBytes(16);

  constructor(
    private readonly slashyIds: boolean,
    private readonly idFormat: 'uuid' | 'sequential' = 'uuid',
  ) {}

  account(token: string): Account {
    let account = this.accounts.get(token);
    if (!account) {
      this.users += 1;
      account = { userId: b64(`User:${this.users}`), integrations: new Map(), requests: 0 };
      this.accounts.set(token, account);
    }
    return account;
  }

  peek(token: string): Account | undefined {
    return this.accounts.get(token);
  }

  /** Whether some account other than `account` holds this id. */
  heldElsewhere(account: Account, id: string): boolean {
    return [...this.accounts.values()].some((other) => other !== account && other.integrations.has(id));
  }

  /**
   * `AiIntegration:<uuid>` in base64 never holds `+` or `/` (ASCII hex and dashes cannot make
   * those sextets); the slashy edition appends random bytes until one does.
   */
  newId(): string {
    if (this.idFormat === 'sequential') return b64(`AiIntegration:${this.seq + 1}`);
    if (!this.slashyIds) return b64(`AiIntegration:${randomUUID()}`);
    for (;;) {
      const id = Buffer.concat([Buffer.from(`AiIntegration:${randomUUID()}:`, 'utf8'), randomBytes(6)]).toString(
        'base64',
      );
      if (/[+/]/.test(id)) return id;
    }
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  /** A list cursor: the position after which the next page starts, signed so a forged one is a 400. */
  encodeCursor(position: { order: string; name: string; seq: number }): string {
    const payload = Buffer.from(JSON.stringify([position.order, position.name, position.seq]), 'utf8').toString(
      'base64url',
    );
    return `${payload}.${this.sign(payload)}`;
  }

  decodeCursor(cursor: string, order: string): { name: string; seq: number } {
    const [payload, signature, ...rest] = cursor.split('.');
    if (payload === undefined || signature === undefined || rest.length > 0)
      throw invalid('cursor is not a cursor of this server');
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      throw invalid('cursor is not a cursor of this server');
    const [cursorOrder, name, seq] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as [
      string,
      string,
      number,
    ];
    if (cursorOrder !== order) throw invalid('cursor belongs to another list order');
    return { name, seq };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url').slice(0, 16);
  }
}

let lastMicros = 0;
/** Epoch microseconds, strictly increasing within the process. */
export function nowMicros(): number {
  const now = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  lastMicros = Math.max(now, lastMicros + 1);
  return lastMicros;
}

export function formatTimestamp(micros: number, style: 'ms' | 'seconds' | 'micros' | 'offset' | 'non-utc'): string {
  const ms = Math.floor(micros / 1000);
  const iso = new Date(ms).toISOString(); // 2026-02-13T21:27:19.055Z
  switch (style) {
    case 'ms':
      return iso;
    case 'seconds':
      return `${iso.slice(0, 19)}Z`;
    case 'micros':
      return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}Z`;
    case 'offset':
      return `${iso.slice(0, 23)}+00:00`;
    case 'non-utc':
      return `${new Date(ms + 330 * 60_000).toISOString().slice(0, 23)}+05:30`;
  }
}
