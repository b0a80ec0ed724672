import { isEdition, type Contract, type Edition } from '../../spec/index.js';
import { allRules } from '../rules/index.js';
import type { ScopingIds } from '../RuleContext.js';
import { SetupError } from '../transport/TargetError.js';

export const DEFAULT_RUNS = 50;
/** Rules (and their requests) in flight at once by default. */
export const DEFAULT_CONCURRENCY = 8;
/** Resends of a request after a transient fault, by default. */
export const DEFAULT_RETRIES = 3;
/** Waits for a 429 (after its Retry-After) before the request counts as rate limited: no option sets it. */
export const DEFAULT_RATE_LIMIT_RETRIES = 3;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REQUESTS = 20_000;
export const DEFAULT_PROPERTY_TIME_MS = 60_000;
export const DEFAULT_MAX_SHRINK_REQUESTS = 4000;

/**
 * What a run is for. `default`: every combination the contract names, then --runs random cases per
 * property. `quick` (for pull requests): every combination at least once, one random case per
 * property, so the fewest requests that still cover the whole contract.
 */
export const PROFILES = ['default', 'quick'] as const;
export type Profile = (typeof PROFILES)[number];
export function isProfile(value: unknown): value is Profile {
  return PROFILES.some((profile) => profile === value);
}

/** fast-check runs per property of each profile (an explicit `runs` wins). */
const PROFILE_RUNS: Readonly<Record<Profile, number>> = { default: DEFAULT_RUNS, quick: 1 };

export interface ConformanceOptions {
  /** Base URL of the server under test, e.g. `http://127.0.0.1:4010`. */
  readonly target: string;
  readonly apiKey: string;
  /** A second account's key: enables the cross-account checks. */
  readonly otherApiKey?: string;
  /**
   * A real organization id of the account: scopings sent may name it. Without it every scoping the
   * kit sends is account-wide. Checked by a probe create before the rules.
   */
  readonly organizationId?: string;
  /** A real space id in that organization (needs organizationId). */
  readonly spaceId?: string;
  /** fast-check runs per property (default: the profile's, 50 for the default profile). */
  readonly runs?: number;
  /** What the run is for (default `default`): `quick` covers every combination once with the fewest requests. */
  readonly profile?: Profile;
  /** Rules run at once (default 8); lowered while the target answers 429. 1 runs them one at a time. */
  readonly concurrency?: number;
  /** Resends of a request after a transient fault (dropped connection, timeout, a gateway's 502/503/504); 0 turns them off. Default 3. */
  readonly retries?: number;
  /** fast-check seed (default: random, reported). */
  readonly seed?: number;
  /** Also assert the project's strict decisions (unknown properties rejected, headers replace, exact order). */
  readonly strict?: boolean;
  /** Kit rule ids to run (default: all). */
  readonly rules?: readonly string[];
  /** Per-request timeout in ms (default 10,000). */
  readonly timeoutMs?: number;
  /** Most requests the run may send, clean-up excluded (default 20,000). */
  readonly maxRequests?: number;
  /** Most requests per second (default: unlimited). */
  readonly maxRate?: number;
  /**
   * Longest one property may generate and shrink, in ms, when rules run one at a time (default
   * 60,000). The limit a property gets is this times `concurrency`: the rules beside it share the
   * kit's one thread and the target, so its own share stays this long.
   */
  readonly propertyTimeMs?: number;
  /** Most requests spent shrinking one failure (default 4,000); then the smallest case found is reported. */
  readonly maxShrinkRequests?: number;
  /**
   * The public edition to speak (camel or upper). Without it the kit works out the target's edition
   * from its answers to a probe create; with it, a target that clearly speaks the other edition is
   * a SetupError naming the fix.
   */
  readonly edition?: Edition;
  /** Aborting it stops the rules; clean-up still runs. */
  readonly signal?: AbortSignal;
  /** The loaded contract (default: the project's spec); the run reads its source again in the edition it settles on. */
  readonly contract?: Contract;
  readonly fetch?: typeof fetch;
}

/** The name of an option, as the library spells it (the CLI maps it to its flag). */
export type OptionName = keyof ConformanceOptions;

/**
 * Options that cannot work, naming the option at fault. Its message names options as the library
 * spells them (`apiKey`); `describe` spells them as a caller's users know them (the CLI's flags).
 */
export class OptionError extends SetupError {
  constructor(
    readonly option: OptionName,
    private readonly say: (name: (option: OptionName) => string) => string,
  ) {
    super(say((option) => option));
  }

  describe(name: (option: OptionName) => string): string {
    return this.say(name);
  }
}

/** The options of a run with every default filled in, checked once. */
export interface SettledOptions {
  readonly target: string;
  readonly apiKey: string;
  readonly otherApiKey: string | undefined;
  /** The organization and space ids the scopings may name (empty: account-wide scopings only). */
  readonly scopingIds: ScopingIds;
  readonly seed: number;
  readonly runs: number;
  readonly profile: Profile;
  readonly concurrency: number;
  readonly retries: number;
  readonly strict: boolean;
  /** Kit rule ids to run (empty: all). */
  readonly rules: readonly string[];
  readonly timeoutMs: number;
  readonly maxRequests: number;
  readonly maxRate: number | undefined;
  readonly propertyTimeMs: number;
  readonly maxShrinkRequests: number;
  readonly edition: Edition | undefined;
  readonly signal: AbortSignal | undefined;
  readonly contract: Contract | undefined;
  readonly fetch: typeof fetch | undefined;
}

/** Checks the options (an OptionError names the first at fault) and fills in the defaults. */
export function settleOptions(options: ConformanceOptions): SettledOptions {
  assertTargetUrl(options.target);
  if (options.edition !== undefined && !isEdition(options.edition))
    throw new OptionError(
      'edition',
      (n) => `${n('edition')} must be camel or upper, got ${JSON.stringify(options.edition)}`,
    );
  assertUsableKeys(options.apiKey, options.otherApiKey);
  assertScopingIds(options.organizationId, options.spaceId);
  assertKnownRules(options.rules ?? []);
  const positive = (option: 'runs' | 'concurrency' | 'timeoutMs' | 'maxRequests', value: number | undefined) => {
    if (value !== undefined && !(Number.isInteger(value) && value > 0))
      throw new OptionError(option, (n) => `${n(option)} must be a positive integer, got ${value}`);
  };
  positive('runs', options.runs);
  positive('concurrency', options.concurrency);
  if (options.retries !== undefined && !(Number.isInteger(options.retries) && options.retries >= 0))
    throw new OptionError(
      'retries',
      (n) => `${n('retries')} must be a whole number (0 or more), got ${options.retries}`,
    );
  if (options.profile !== undefined && !isProfile(options.profile))
    throw new OptionError(
      'profile',
      (n) => `${n('profile')} must be ${PROFILES.join(' or ')}, got ${JSON.stringify(options.profile)}`,
    );
  positive('timeoutMs', options.timeoutMs);
  positive('maxRequests', options.maxRequests);
  if (options.maxRate !== undefined && !(options.maxRate > 0))
    throw new OptionError('maxRate', (n) => `${n('maxRate')} must be positive, got ${options.maxRate}`);
  if (options.seed !== undefined && !Number.isInteger(options.seed))
    throw new OptionError('seed', (n) => `${n('seed')} must be an integer, got ${options.seed}`);
  const profile = options.profile ?? 'default';
  return Object.freeze({
    target: options.target,
    apiKey: options.apiKey,
    otherApiKey: options.otherApiKey,
    scopingIds: Object.freeze({
      ...(options.organizationId === undefined ? {} : { organizationId: options.organizationId }),
      ...(options.spaceId === undefined ? {} : { spaceId: options.spaceId }),
    }),
    seed: options.seed ?? (Math.random() * 0x7fffffff) | 0,
    runs: options.runs ?? PROFILE_RUNS[profile],
    profile,
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    retries: options.retries ?? DEFAULT_RETRIES,
    strict: options.strict === true,
    rules: Object.freeze([...(options.rules ?? [])]),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRequests: options.maxRequests ?? DEFAULT_MAX_REQUESTS,
    maxRate: options.maxRate,
    propertyTimeMs: options.propertyTimeMs ?? DEFAULT_PROPERTY_TIME_MS,
    maxShrinkRequests: options.maxShrinkRequests ?? DEFAULT_MAX_SHRINK_REQUESTS,
    edition: options.edition,
    signal: options.signal,
    contract: options.contract,
    fetch: options.fetch,
  });
}

/**
 * Keys shorter than this cannot be told apart from ordinary response text: the leak checks would
 * see them everywhere, and redacting them would garble the reports.
 */
export const MIN_API_KEY_LENGTH = 6;

/** Throws an OptionError for a missing, too short or repeated key. */
export function assertUsableKeys(apiKey: string | undefined, otherApiKey: string | undefined): void {
  if (!apiKey) throw new OptionError('apiKey', (n) => `${n('apiKey')} is required`);
  for (const [option, key] of [
    ['apiKey', apiKey],
    ['otherApiKey', otherApiKey],
  ] as const) {
    if (key !== undefined && key.length < MIN_API_KEY_LENGTH) {
      throw new OptionError(
        option,
        (n) =>
          `${n(option)} must be at least ${MIN_API_KEY_LENGTH} characters: a shorter key cannot be told apart from response text when the kit checks for leaks`,
      );
    }
  }
  if (otherApiKey !== undefined && otherApiKey === apiKey)
    throw new OptionError('otherApiKey', (n) => `${n('otherApiKey')} must differ from ${n('apiKey')}`);
}

/** Throws an OptionError naming the ids that are no rule of the kit, and the known ones. */
export function assertKnownRules(ids: readonly string[]): void {
  const unknown = ids.filter((id) => !allRules.some((r) => r.id === id));
  if (unknown.length === 0) return;
  throw new OptionError(
    'rules',
    () =>
      `unknown ${unknown.length === 1 ? 'rule' : 'rules'}: ${unknown.join(', ')} (known: ${allRules.map((r) => r.id).join(', ')})`,
  );
}

/** Throws an OptionError, saying what is wrong, unless the target is an http(s) URL with a usable port. */
export function assertTargetUrl(target: string): void {
  const notHttp = () =>
    new OptionError(
      'target',
      () => `the target must be an http(s) URL such as https://api.example.com, got "${target}"`,
    );
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    const port = /^[a-z][a-z0-9+.-]*:\/\/(?:\[[^\]]*\]|[^/:?#]*):([^/?#]*)/i.exec(target)?.[1];
    if (port !== undefined && port !== '')
      throw new OptionError(
        'target',
        () => `the target "${target}" has an invalid port "${port}" (a port is a number from 1 to 65535)`,
      );
    throw notHttp();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notHttp();
  if (url.port === '0')
    throw new OptionError(
      'target',
      () => `the target "${target}" has port 0, which no server listens on (a port is a number from 1 to 65535)`,
    );
}

/** Throws an OptionError for an empty id, or a space id without its organization. */
export function assertScopingIds(organizationId: string | undefined, spaceId: string | undefined): void {
  for (const [option, value] of [
    ['organizationId', organizationId],
    ['spaceId', spaceId],
  ] as const) {
    if (value !== undefined && value.trim() === '')
      throw new OptionError(option, (n) => `${n(option)} must not be empty`);
  }
  if (spaceId !== undefined && organizationId === undefined) {
    throw new OptionError(
      'spaceId',
      (n) => `${n('spaceId')} needs ${n('organizationId')}: a space lives in an organization, and a scoping names both`,
    );
  }
}
