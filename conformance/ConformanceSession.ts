import { DEFAULT_SPEC_PATH, loadContract, type Contract, type Edition } from '../spec/index.js';
import type { ConformanceFailure } from './ConformanceFailure.js';
import { chooseEdition, type EditionChoice, type ProbeAnswer } from './editionChoice.js';
import { integrationPaths, type IntegrationPaths } from './integrationPaths.js';
import { IntegrationsApi, isIntegration } from './IntegrationsApi.js';
import { NameFactory } from './NameFactory.js';
import { plural } from './reports/plural.js';
import type { Rule } from './Rule.js';
import type { CleanupResult, RuleOutcome, RuleResult } from './RuleResult.js';
import { RuleContext, RuleFailed, type ScopingIds } from './RuleContext.js';
import { allRules } from './rules/index.js';
import { ResourceTracker } from './safety/ResourceTracker.js';
import { newRunId, runPrefix } from './safety/runId.js';
import { sweepPrefix } from './safety/sweep.js';
import { shardsOf, type Shard } from './shardPlan.js';
import { ExchangeLog, type RecordedExchange } from './transport/ExchangeLog.js';
import { HttpClient, type TransportOptions } from './transport/HttpClient.js';
import { LaneGate } from './transport/LaneGate.js';
import { fetchFromEnvironment } from './transport/proxyFetch.js';
import { Redactor } from './transport/Redactor.js';
import { RequestBudget } from './transport/RequestBudget.js';
import { SetupError, TargetError } from './transport/TargetError.js';
import { TransportStats } from './transport/TransportStats.js';
import { Violation } from './Violation.js';
import {
  assertKnownRules,
  DEFAULT_RATE_LIMIT_RETRIES,
  settleOptions,
  type ConformanceOptions,
  type Profile,
  type SettledOptions,
} from './session/options.js';

/** How many of what a rule leaves behind are deleted at once when it ends. */
const CLEANUP_BATCH = 8;

/** One lane a rule runs in (the rule's, or one shard's), and how it ended. */
interface RulePart {
  readonly ctx: RuleContext;
  readonly log: ExchangeLog;
  readonly tracker: ResourceTracker;
  readonly api: IntegrationsApi;
  readonly otherApi: IntegrationsApi | undefined;
  outcome: Exclude<RuleOutcome, 'flaky' | 'skipped'>;
  failure?: ConformanceFailure;
  reason?: string;
  /** The run cannot go on: thrown out of runRule once every shard has ended. */
  setupError?: SetupError;
}

/**
 * One conformance run against one target: clients, safety (run prefix, tracker, clean-up) and
 * the rules. The CLI runner and the vitest suite both drive it.
 */
export class ConformanceSession {
  readonly runId = newRunId();
  readonly prefix = runPrefix(this.runId);
  readonly log = new ExchangeLog();
  /** The 429s met and the time waited for them, over every client of the run. */
  readonly stats = new TransportStats();
  readonly budget: RequestBudget;
  readonly seed: number;
  readonly runs: number;
  readonly profile: Profile;
  readonly concurrency: number;
  readonly strict: boolean;
  /** The organization and space ids the scopings may name (empty: account-wide scopings only). */
  readonly scopingIds: ScopingIds;
  private readonly tracker = new ResourceTracker();
  private readonly names = new NameFactory(this.prefix);
  private readonly primary: HttpClient;
  private readonly other: HttpClient | undefined;
  private readonly anonymous: HttpClient;
  private spoken: Contract;
  private paths!: IntegrationPaths;
  private primaryApi!: IntegrationsApi;
  private otherApi: IntegrationsApi | undefined;
  private chosenEdition: EditionChoice | undefined;
  private readonly redactor: Redactor;
  private closed: Promise<CleanupResult> | undefined;
  /** Each rule's exchanges, by its index in the registry: the run's exchanges in registry order whatever order the rules ran in. */
  private readonly ruleLogs = new Map<number, ExchangeLog>();
  /** How many rules may have requests in flight at once (lowered while the target answers 429). */
  readonly gate: LaneGate;
  /** Stops every rule in flight when one of them meets a SetupError (or the run's signal aborts). */
  private readonly stopping = new AbortController();

  private constructor(
    contract: Contract,
    readonly options: SettledOptions,
  ) {
    this.spoken = contract;
    this.seed = options.seed;
    this.profile = options.profile;
    this.runs = options.runs;
    this.concurrency = options.concurrency;
    this.gate = new LaneGate(this.concurrency);
    this.strict = options.strict;
    this.scopingIds = options.scopingIds;
    this.budget = new RequestBudget(options.maxRequests);
    this.redactor = new Redactor([options.apiKey, options.otherApiKey]);
    let transport: TransportOptions = {
      baseUrl: options.target,
      log: this.log,
      redactor: this.redactor,
      budget: this.budget,
      timeoutMs: options.timeoutMs,
      minIntervalMs: options.maxRate ? 1000 / options.maxRate : 0,
      stats: this.stats,
      maxRetries: options.retries,
      maxRateLimitRetries: DEFAULT_RATE_LIMIT_RETRIES,
      signal: options.signal ? AbortSignal.any([options.signal, this.stopping.signal]) : this.stopping.signal,
    };
    // Node's fetch ignores HTTPS_PROXY, HTTP_PROXY and NO_PROXY; the kit honours them as curl does.
    const viaProxy = options.fetch ?? fetchFromEnvironment();
    if (viaProxy) transport = { ...transport, fetch: viaProxy };
    this.primary = new HttpClient(transport, 'primary', options.apiKey);
    this.other = options.otherApiKey ? this.primary.withKey('other', options.otherApiKey) : undefined;
    this.anonymous = this.primary.withKey('anonymous');
    this.speak(contract);
  }

  /** The contract the run speaks: in the edition settled on when the session opened. */
  get contract(): Contract {
    return this.spoken;
  }

  /** The edition the run speaks, and how the kit knew (given and confirmed, or detected). */
  get edition(): EditionChoice {
    if (!this.chosenEdition)
      throw new Error('the session has not settled its edition yet (ConformanceSession.open does)');
    return this.chosenEdition;
  }

  private speak(contract: Contract): void {
    this.spoken = contract;
    this.paths = integrationPaths(contract);
    this.primaryApi = new IntegrationsApi(this.primary, this.tracker, this.names, contract);
    this.otherApi = this.other ? new IntegrationsApi(this.other, this.tracker, this.names, contract) : undefined;
  }

  /**
   * Checks the options, loads the contract, and makes sure the target answers, accepts the key(s),
   * speaks the edition asked for (or works out which one it speaks), lets each key create and delete
   * an integration, and accepts the scoping ids if any were given. Whatever the probes created is
   * deleted, also when one of them fails (a SetupError).
   */
  static async open(given: ConformanceOptions): Promise<ConformanceSession> {
    const options = settleOptions(given);
    let contract =
      options.contract ??
      (await loadContract(DEFAULT_SPEC_PATH, options.edition === undefined ? {} : { edition: options.edition }));
    if (options.edition !== undefined && contract.edition !== options.edition)
      contract = await loadContract(contract.source, { edition: options.edition });
    else if (options.edition === undefined && contract.edition !== contract.editions.default)
      contract = await loadContract(contract.source, { edition: contract.editions.default });
    const session = new ConformanceSession(contract, options);
    await session.preflight(session.primary, '--api-key');
    if (session.other) await session.preflight(session.other, '--other-api-key');
    try {
      await session.settleEdition();
      if (session.otherApi) await session.probeWrites(session.otherApi, '--other-api-key');
      await session.probeScopings();
    } catch (error) {
      const { leftovers } = await session.close();
      if (error instanceof SetupError && leftovers.length > 0) {
        throw new SetupError(
          `${error.message} (left behind: ${leftovers.join(', ')}; run aic conform --sweep with a key that may delete, or delete by hand)`,
        );
      }
      throw error;
    }
    return session;
  }

  /** The rules to run, in registry order; unknown ids are a SetupError. */
  selectRules(ids: readonly string[] = this.options.rules): Rule[] {
    if (ids.length === 0) return [...allRules];
    assertKnownRules(ids);
    return allRules.filter((r) => ids.includes(r.id));
  }

  clauseOf(rule: Rule): string {
    // Rules sharing a clause are grouped: "Update rule 6 (replace-all, headers-replace)".
    const byClause = new Map<string, string[]>();
    for (const id of rule.clause) {
      const clause = this.contract.rule(id).contract;
      byClause.set(clause, [...(byClause.get(clause) ?? []), id]);
    }
    const clauses = [...byClause].map(([clause, ids]) => `${clause} (${ids.join(', ')})`);
    if (rule.contractText) clauses.push(rule.contractText);
    return clauses.join('; ');
  }

  /** Every exchange of the run so far: the setup's, then each rule's in registry order (the order a one-at-a-time run makes them in). */
  exchangesBefore(index: number): RecordedExchange[] {
    const logs = [...this.ruleLogs].filter(([i]) => i < index).sort(([a], [b]) => a - b);
    return [...this.log.own(), ...logs.flatMap(([, log]) => log.own())];
  }

  /** Requests recorded over the run: the setup's, every rule's, the clean-up's. */
  get requests(): number {
    let count = this.log.count;
    for (const log of this.ruleLogs.values()) count += log.count;
    return count;
  }

  /** Stops the rules in flight (their requests end as interrupted); clean-up still runs. */
  stop(): void {
    this.stopping.abort();
  }

  /**
   * Runs one rule with what is its own: its exchange log, its names, its integrations' scopes and
   * figures, so that rules running at the same time do not see each other's requests, and a rule
   * gives the same result whichever rules run beside it. A sharded rule (Rule.shards) runs in
   * several such lanes at once, merged into its one result.
   */
  async runRule(rule: Rule): Promise<RuleResult> {
    const clause = this.clauseOf(rule);
    const started = performance.now();
    const known = allRules.indexOf(rule);
    const index = known >= 0 ? known : allRules.length + this.ruleLogs.size;
    const names = this.names.forRule(index);
    const stats = new TransportStats(this.stats);
    // A sharded rule's random runs and systematic cases split into shards that run at once (one after another at --concurrency 1).
    const parts = shardsOf(rule).map((shard) =>
      this.ruleLane(
        rule,
        index,
        clause,
        shard === undefined || shard.index === 0 ? names : names.forShard(shard.index),
        stats,
        shard,
      ),
    );
    if (this.concurrency === 1) for (const part of parts) await this.runPart(rule, part);
    else await Promise.all(parts.map((part) => this.runPart(rule, part)));
    const stopped = parts.find((p) => p.setupError);
    if (stopped) throw stopped.setupError;
    // The rule's one result: figures summed, the failure (or error) an unsplit run would meet first (the
    // earliest systematic case, else the lowest-numbered shard), whatever order the shards ended in.
    const [first, ...others] = parts.map((p) => p.ctx);
    const coverage = first!.coverage;
    for (const ctx of others) coverage.absorb(ctx.coverage);
    const flaky = parts.flatMap((p) => p.ctx.flaky);
    // The failure an unsplit run meets first (the earliest failing case); a failure or error found in
    // one shard outweighs another shard's interruption.
    const ended = parts.filter((p) => p.outcome !== 'passed').sort((a, b) => a.ctx.stoppedAt - b.ctx.stoppedAt);
    const failing = ended.find((p) => p.outcome !== 'interrupted') ?? ended[0];
    const outcome: RuleOutcome = failing?.outcome ?? (flaky.length > 0 ? 'flaky' : 'passed');
    const reason =
      failing?.reason ??
      (flaky.length > 0 ? `${plural(flaky.length, 'failure')} did not reproduce when replayed` : undefined);
    return {
      rule: rule.id,
      title: rule.title,
      clause,
      outcome,
      ...(reason === undefined ? {} : { reason }),
      notes: RuleContext.notesOf(parts.map((p) => p.ctx)),
      durationMs: Math.round(performance.now() - started),
      requests: parts.reduce((sum, p) => sum + p.log.count, 0),
      ...(failing?.failure ? { failure: failing.failure } : {}),
      ...(flaky.length > 0 ? { flaky } : {}),
      ...(stats.retries > 0 ? { retries: { ...stats.resent } } : {}),
      coverage: coverage.report(parts.flatMap((p) => p.log.since(1))),
    };
  }

  /**
   * A rule's (or one shard's) own lane: its exchange log, its names, its integrations' scopes, so
   * that rules running at the same time do not see each other's requests.
   */
  private ruleLane(
    rule: Rule,
    index: number,
    clause: string,
    names: NameFactory,
    stats: TransportStats,
    shard: Shard | undefined,
  ): RulePart {
    // Each shard's log comes after the rule's earlier shards' in the run's order, and sees only the exchanges of the rules before.
    const log = new ExchangeLog(() => this.exchangesBefore(index));
    this.ruleLogs.set(shard === undefined ? index : index + shard.index / shard.of, log);
    const lane = this.gate.lane();
    const tracker = this.tracker.lane();
    const api = new IntegrationsApi(this.primary.withLog(log, stats, lane), tracker, names, this.contract);
    const otherApi = this.other
      ? new IntegrationsApi(this.other.withLog(log, stats, lane), tracker, names, this.contract)
      : undefined;
    const ctx = new RuleContext({
      contract: this.contract,
      api,
      ...(otherApi ? { otherApi } : {}),
      anonymous: this.anonymous.withLog(log, stats, lane),
      tracker,
      names,
      log,
      redactor: this.redactor,
      strict: this.strict,
      runs: this.runs,
      seed: this.seed,
      // The rules beside it share the kit's one thread and the target: a property's time limit is
      // its own share, so that running at once does not cut properties short that one at a time would finish.
      propertyTimeMs: this.options.propertyTimeMs * this.concurrency,
      maxShrinkRequests: this.options.maxShrinkRequests,
      rule: { id: rule.id, clause },
      scopingIds: this.scopingIds,
      ...(shard === undefined ? {} : { shard }),
    });
    return { ctx, log, tracker, api, otherApi, outcome: 'passed' };
  }

  /** Runs the rule in one lane and records how it ended; what it created outside its checks (ctx.setUp) is deleted when it ends. */
  private async runPart(rule: Rule, part: RulePart): Promise<void> {
    const { ctx, tracker, api, otherApi } = part;
    tracker.beginScope();
    try {
      await rule.run(ctx);
    } catch (error) {
      if (error instanceof RuleFailed) {
        part.outcome = 'failed';
        part.failure = error.failure;
        part.reason = error.failure.message;
      } else if (error instanceof SetupError) {
        // The run cannot go on (e.g. a 403 the rule cannot explain): the rule's other shards stop now, the caller cleans up and stops.
        this.stop();
        part.setupError = new SetupError(this.redactor.text(error.message), { cause: error });
        part.outcome = 'error';
      } else if (error instanceof TargetError && error.kind === 'interrupted' && this.options.signal?.aborted) {
        // Stopped by the run's signal, not by the target: neither an error of the target nor a verdict.
        part.outcome = 'interrupted';
        part.reason = 'interrupted while it ran';
      } else if (error instanceof TargetError) {
        const where = error.request ? ` (${this.redactor.text(error.request)})` : '';
        part.outcome = 'error';
        part.reason = `target ${error.kind}: ${this.redactor.text(error.message)}${where}`;
      } else {
        const message = error instanceof Error ? error.message : String(error);
        part.outcome = 'error';
        part.reason = `the kit failed: ${this.redactor.text(message)}`;
      }
    } finally {
      // A few at a time: a rule's fixture of tens of integrations goes in a few round trips.
      const leftovers = tracker.endScope();
      for (let i = 0; i < leftovers.length; i += CLEANUP_BATCH)
        await Promise.all(
          leftovers.slice(i, i + CLEANUP_BATCH).map(({ id, account }) => {
            const owner = account === 'other' ? otherApi : api;
            return owner?.delete(id, true).catch(() => undefined);
          }),
        );
    }
  }

  /**
   * Deletes everything this run created: the tracked ids, then anything still named with the run
   * prefix (a create whose answer was lost). Safe to call more than once; runs only once.
   */
  close(): Promise<CleanupResult> {
    this.closed ??= this.cleanup();
    return this.closed;
  }

  private async cleanup(): Promise<CleanupResult> {
    let deleted = 0;
    const leftovers: string[] = [];
    for (const { id, account } of this.tracker.live()) {
      const api = account === 'other' ? this.otherApi : this.primaryApi;
      if (!api) continue;
      try {
        if ((await api.delete(id, true)).status === 204) deleted++;
      } catch {
        // The prefix sweep below gets a second chance.
      }
    }
    for (const client of [this.primary, this.other]) {
      if (!client) continue;
      try {
        const swept = await sweepPrefix(client, this.prefix, this.paths);
        deleted += swept.deleted.length;
        leftovers.push(...swept.failed.map((f) => f.name));
      } catch (error) {
        leftovers.push(
          `(${client.account} account not checked: ${this.redactor.text(error instanceof Error ? error.message : String(error))})`,
        );
      }
    }
    return { deleted, leftovers };
  }

  private async preflight(client: HttpClient, flag: string): Promise<void> {
    let status: number;
    try {
      status = (await client.request({ method: 'GET', path: `${this.paths.collection}?limit=1` })).status;
    } catch (error) {
      if (error instanceof TargetError && error.status !== undefined) {
        throw new SetupError(
          `GET ${this.paths.collection} answered ${error.status} (${this.redactor.text(error.message)}); is ${client.baseUrl} up, and an AI integrations API?`,
        );
      }
      const detail = error instanceof Error ? error.message : String(error);
      throw new SetupError(`cannot reach the target ${client.baseUrl}: ${this.redactor.text(detail)}`);
    }
    if (status === 401 || status === 403) throw new SetupError(`the target rejected ${flag} (${status})`);
    if (status !== 200)
      throw new SetupError(
        `GET ${this.paths.collection} answered ${status}; is ${client.baseUrl} an AI integrations API?`,
      );
  }

  /**
   * The probe create of --api-key, in the edition asked for or in each edition as needed
   * (chooseEdition): settles the edition the run speaks, or stops the run with a SetupError (a
   * mismatch with --edition, a key that cannot create).
   */
  private async settleEdition(): Promise<void> {
    const contracts = new Map<Edition, Contract>([[this.contract.edition, this.contract]]);
    const contractIn = async (edition: Edition): Promise<Contract> => {
      let found = contracts.get(edition);
      if (!found) contracts.set(edition, (found = await loadContract(this.contract.source, { edition })));
      return found;
    };
    const outcome = await chooseEdition(this.contract.editions, this.options.edition, async (edition) => {
      const api = new IntegrationsApi(this.primary, this.tracker, this.names, await contractIn(edition));
      return this.probeCreate(api, '--api-key', {});
    });
    if (outcome.chosen) {
      this.speak(await contractIn(outcome.chosen.edition));
      this.chosenEdition = outcome.chosen;
      return;
    }
    const { refused, alsoRefused, edition } = outcome;
    const other = alsoRefused
      ? ` (and ${alsoRefused.status} to provider "${alsoRefused.sent}", as the other edition spells it)`
      : '';
    this.throwUnlessCreated(
      refused.status,
      `${refused.detail}${other}`,
      '--api-key',
      `provider "${refused.sent}" (${edition} edition)`,
    );
  }

  /** One create with the key, deleted at once: a read-only key stops the run here, not in 15 failures. */
  private async probeWrites(api: IntegrationsApi, flag: string): Promise<void> {
    const { status, detail } = await this.probeCreate(api, flag, {});
    this.throwUnlessCreated(status, detail, flag);
  }

  private throwUnlessCreated(status: number, detail: string, flag: string, what?: string): void {
    const post = `POST ${this.paths.collection}`;
    if (status === 401 || status === 403) {
      throw new SetupError(
        `the key of ${flag} can read integrations but cannot create them (${post} answered ${status}${detail}). ` +
          `The kit creates, changes and deletes integrations of its own (named ${this.prefix}…): give it a key that may create integrations.`,
      );
    }
    if (status !== 201)
      throw new SetupError(
        `a probe create${what ? ` of ${what}` : ''} with ${flag} (${post}) answered ${status}${detail}; the kit needs to create integrations of its own on the target`,
      );
  }

  /**
   * With --organization-id (and --space-id), one create scoped to them: a target that refuses the
   * ids stops the run here, naming the flag. With both ids refused together, a create scoped to the
   * organization alone tells which one is at fault.
   */
  private async probeScopings(): Promise<void> {
    const { organizationId, spaceId } = this.scopingIds;
    if (organizationId === undefined) return;
    const scoping = { organization_id: organizationId, ...(spaceId === undefined ? {} : { space_id: spaceId }) };
    const scoped = await this.probeCreate(this.primaryApi, '--api-key', { scopings: [scoping] });
    if (scoped.status === 201) return;
    const post = `POST ${this.paths.collection}`;
    if (scoped.status >= 400 && scoped.status < 500) {
      let flag = `--organization-id "${organizationId}"`;
      if (
        spaceId !== undefined &&
        (await this.probeCreate(this.primaryApi, '--api-key', { scopings: [{ organization_id: organizationId }] }))
          .status === 201
      ) {
        flag = `--space-id "${spaceId}"`;
      }
      throw new SetupError(
        `the target does not accept ${flag}: a create scoped to ${JSON.stringify(scoping)} (${post}) answered ${scoped.status}${scoped.detail}. ` +
          'Give ids of the account of --api-key, or leave out --organization-id and --space-id (the kit then sends account-wide scopings only).',
      );
    }
    throw new SetupError(
      `a probe create scoped to ${JSON.stringify(scoping)} (${post}) answered ${scoped.status}${scoped.detail}`,
    );
  }

  /**
   * POSTs a probe integration named with the run's prefix and deletes it if it was created. A 201
   * that is not the integration sent counts as created (the rules report it; the kit never touches it).
   */
  private async probeCreate(api: IntegrationsApi, flag: string, extra: object): Promise<ProbeAnswer> {
    // A create every faithful server must accept, in the edition of `api`'s contract.
    const body: Record<string, unknown> = { ...api.bareCreateBody(), name: this.names.next('probe'), ...extra };
    const sent = String(body.provider);
    const post = `POST ${this.paths.collection}`;
    let exchange: RecordedExchange;
    try {
      exchange = await api.createRaw(body);
    } catch (error) {
      if (error instanceof Violation) return { status: 201, detail: '', sent };
      if (error instanceof TargetError)
        throw new SetupError(`a probe create with ${flag} (${post}) failed: ${this.redactor.text(error.message)}`);
      throw error;
    }
    if (exchange.status === 201 && isIntegration(exchange.body)) {
      let deleted: RecordedExchange;
      try {
        deleted = await api.delete(exchange.body.id, true);
      } catch (error) {
        if (error instanceof TargetError)
          throw new SetupError(
            `deleting the probe integration ${body.name} with ${flag} failed: ${this.redactor.text(error.message)}`,
          );
        throw error;
      }
      if (deleted.status !== 204 && deleted.status !== 404) {
        throw new SetupError(
          `the key of ${flag} can create integrations but not delete them (DELETE ${this.paths.itemTemplate} answered ${deleted.status}${this.problemDetail(deleted.body)}). ` +
            'The kit deletes everything it creates: give it a key that may.',
        );
      }
    }
    const answered =
      exchange.status === 201 && isIntegration(exchange.body) && typeof exchange.body.provider === 'string'
        ? { answered: exchange.body.provider }
        : {};
    return { status: exchange.status, detail: this.problemDetail(exchange.body), sent, ...answered };
  }

  /** `: <detail or title>` of a problem body, redacted and shortened; empty when there is none. */
  private problemDetail(body: unknown): string {
    if (typeof body !== 'object' || body === null) return '';
    const { detail, title } = body as { detail?: unknown; title?: unknown };
    const text = typeof detail === 'string' && detail !== '' ? detail : typeof title === 'string' ? title : '';
    if (text === '') return '';
    const redacted = this.redactor.text(text);
    return `: ${redacted.length > 200 ? `${redacted.slice(0, 200)}…` : redacted}`;
  }
}
