import { createHash } from 'node:crypto';
import { createClient, ErrorReply } from '@redis/client';
import { MockConfigError } from '../config/index.js';
import { StoreUnavailableError } from '../core/index.js';

type Client = ReturnType<typeof createClient>;
type Reply = unknown;

/** Replies of Redis that say it cannot serve now (not that the request was wrong). */
const UNAVAILABLE_REPLY = /^(LOADING|READONLY|MASTERDOWN|BUSY|TRYAGAIN|CLUSTERDOWN|MISCONF)\b/;

/**
 * One connection to the Redis a mock keeps its state in. Scripts run by their SHA (loaded again
 * after a Redis restart forgot them). While Redis cannot be reached a command fails at once (no
 * queue that would answer late, or twice), as StoreUnavailableError, and the client reconnects in
 * the background, so the mock serves again as soon as Redis is back.
 */
export class RedisConnection {
  private readonly shas = new Map<string, string>();

  private constructor(
    private readonly client: Client,
    /** The URL without its password, for messages. */
    readonly where: string,
  ) {}

  /** Connects, or throws a MockConfigError that names the URL (without a password) and the cause. */
  static async connect(url: string): Promise<RedisConnection> {
    const where = redactedUrl(url);
    let client: Client;
    try {
      client = createClient({
        url,
        disableOfflineQueue: true,
        socket: { connectTimeout: 3000, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000) },
      });
    } catch (error) {
      throw new MockConfigError(`--store ${where}`, [`is not a Redis URL (redis://HOST:PORT/DB): ${messageOf(error)}`]);
    }
    // Reconnection failures arrive as 'error' events; requests meanwhile get 503s, so they are not logged one by one.
    client.on('error', () => undefined);
    const failed = new Promise<never>((_, reject) => client.once('error', reject));
    try {
      await Promise.race([client.connect(), failed]);
      await client.ping();
    } catch (error) {
      client.destroy();
      throw new MockConfigError(`the store ${where}`, [`cannot be reached: ${messageOf(error)}`]);
    }
    return new RedisConnection(client, where);
  }

  /** Calls `listener` each time the connection is back after it was lost (not on the first connect). */
  onReconnect(listener: () => void): void {
    this.client.on('ready', listener);
  }

  /** Runs a script of redisScripts.ts with its arguments. */
  async script(source: string, args: readonly string[]): Promise<Reply> {
    let sha = this.shas.get(source);
    if (sha === undefined) {
      sha = createHash('sha1').update(source).digest('hex');
      this.shas.set(source, sha);
    }
    try {
      return await this.command(['EVALSHA', sha, '0', ...args]);
    } catch (error) {
      if (!(error instanceof ErrorReply && error.message.startsWith('NOSCRIPT'))) throw error;
      return this.command(['EVAL', source, '0', ...args]);
    }
  }

  /** One command; a lost or refused connection becomes StoreUnavailableError. */
  async command(args: readonly string[]): Promise<Reply> {
    try {
      return await this.client.sendCommand([...args]);
    } catch (error) {
      if (error instanceof ErrorReply && !UNAVAILABLE_REPLY.test(error.message)) throw error;
      throw new StoreUnavailableError(this.where, messageOf(error));
    }
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close().catch(() => this.client.destroy());
    else this.client.destroy();
  }
}

/** The URL with any password replaced by `***`. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(messageOf).join('; ');
  return error instanceof Error ? error.message || error.constructor.name : String(error);
}
