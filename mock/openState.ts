import type { Contract } from '../spec/index.js';
import type { Accounts } from './config/Accounts.js';
import { MockConfigError } from './config/MockConfigError.js';
import type { SourcedDocument } from './config/startingFixtures.js';
import type { MockRules } from './core/index.js';
import type { MockLogger } from './MockLogger.js';
import type { MockOptions } from './MockOptions.js';
import { MockOptionsConflict } from './MockOptionsConflict.js';
import { MockState } from './MockState.js';
import type { ServedState } from './ServedState.js';
import type { StateFile as StateFileType } from './stateFile/StateFile.js';

export const DEFAULT_STORE_PREFIX = 'aic-mock';

/** The state a server serves, what to call when it stops, and a line that says where the state lives. */
export interface OpenedState {
  readonly state: ServedState;
  /** Writes what is pending and lets go of the store (the state file's last write, the Redis connection). */
  close(): Promise<void>;
  /** For the banner: `in memory`, `in memory, saved to FILE`, or `Redis URL (prefix P), shared ...`. */
  readonly description: string;
}

/**
 * The state named by the options: in memory (the default), in memory saved to a state file, or
 * in Redis. Redis and the state file are loaded only when asked for, so the default mock starts
 * without them. A Redis that cannot be reached, or a state file that is not this mock's, is a
 * MockConfigError that changes nothing.
 */
export async function openState(
  contract: Contract,
  rules: MockRules,
  accounts: Accounts,
  fixtures: SourcedDocument,
  options: MockOptions,
  logger: MockLogger,
): Promise<OpenedState> {
  const now = options.now ? { now: options.now } : {};
  if (options.store !== undefined && options.stateFile !== undefined) {
    throw new MockOptionsConflict(['stateFile', 'store'], 'choose one (Redis already keeps the state across restarts)');
  }
  if (options.store !== undefined) {
    if (!/^rediss?:\/\//.test(options.store))
      throw new MockConfigError(`--store ${options.store.replace(/\/\/[^@/]*@/, '//***@')}`, [
        'must be a Redis URL: redis://HOST:PORT/DB',
      ]);
    const { RedisState } = await import('./redis/RedisState.js');
    const prefix = options.storePrefix ?? DEFAULT_STORE_PREFIX;
    const state = await RedisState.open(contract, rules, accounts, fixtures, { url: options.store, prefix, ...now });
    const description = `Redis ${state.where}, shared by every mock with the same --store and --store-prefix; ${state.kept ? 'the state found there was kept' : 'the fixtures were stored there'}`;
    return { state, close: () => state.close(), description };
  }
  if (options.stateFile !== undefined) {
    const { StateFile } = await import('./stateFile/StateFile.js');
    const saved = await StateFile.read(options.stateFile, contract);
    let file: StateFileType | undefined;
    const state = new MockState(
      contract,
      rules,
      accounts,
      saved?.fixtures ?? fixtures,
      { ...now, onChange: () => file?.changed() },
      saved?.snapshot,
    );
    file = StateFile.keep(
      options.stateFile,
      contract,
      () => ({ snapshot: state.store.snapshot(), fixtures: state.fixtures }),
      (line) => logger.error(line),
    );
    await file.writeNow();
    const description = `in memory, saved to ${options.stateFile}${saved ? ' (the state saved there was loaded)' : ' (a new file)'}`;
    return { state, close: () => file.close(), description };
  }
  return {
    state: new MockState(contract, rules, accounts, fixtures, now),
    close: async () => undefined,
    description: 'in memory (this process only)',
  };
}
