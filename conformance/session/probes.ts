import { DEFAULT_SPEC_PATH, isJsonObject, loadContract, type Contract, type Edition } from '../../spec/index.js';
import { chooseEdition, type EditionChoice, type ProbeAnswer } from '../editionChoice.js';
import { integrationPaths, type IntegrationPaths } from '../integrationPaths.js';
import { IntegrationsApi, isIntegration } from '../IntegrationsApi.js';
import type { ScopingIds } from '../RuleContext.js';
import type { HttpClient } from '../transport/HttpClient.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';
import { SetupError, TargetError } from '../transport/TargetError.js';
import { Violation } from '../Violation.js';
import { cleanUpRun, type CleanupTarget } from './cleanup.js';
import { OptionError } from './options.js';
import type { RunClients } from './RunClients.js';

/** The target as the probes found it: the contract it speaks, how the kit knew, and the APIs in that edition. */
export interface SettledTarget extends CleanupTarget {
  readonly contract: Contract;
  readonly edition: EditionChoice;
}

/** The option of the key a probe is made with. */
type KeyOption = 'apiKey' | 'otherApiKey';

/** The contract in the edition asked for, else in the contract's default edition (the probes may settle on the other). */
export async function contractToSpeak(given: Contract | undefined, edition: Edition | undefined): Promise<Contract> {
  const contract = given ?? (await loadContract(DEFAULT_SPEC_PATH, edition === undefined ? {} : { edition }));
  if (edition !== undefined && contract.edition !== edition) return loadContract(contract.source, { edition });
  if (edition === undefined && contract.edition !== contract.editions.default)
    return loadContract(contract.source, { edition: contract.editions.default });
  return contract;
}

/** The APIs of the run's keys, speaking `contract`. */
function speaking(run: RunClients, contract: Contract): CleanupTarget {
  return {
    paths: integrationPaths(contract),
    primaryApi: new IntegrationsApi(run.primary, run.tracker, run.names, contract),
    otherApi: run.other ? new IntegrationsApi(run.other, run.tracker, run.names, contract) : undefined,
  };
}

/**
 * Makes sure the target answers, accepts the key(s), speaks the edition asked for (or works out
 * which one it speaks), lets each key create and delete an integration, and accepts the scoping ids
 * if any were given. Whatever the probes created is deleted, also when one of them fails (a SetupError).
 */
export async function settleTarget(
  run: RunClients,
  contract: Contract,
  edition: Edition | undefined,
  scopingIds: ScopingIds,
): Promise<SettledTarget> {
  const probe = new TargetProbe(run, integrationPaths(contract));
  await probe.preflight(run.primary, 'apiKey');
  if (run.other) await probe.preflight(run.other, 'otherApiKey');
  let speaks = speaking(run, contract);
  try {
    const settled = await probe.settleEdition(contract, edition);
    speaks = speaking(run, settled.contract);
    if (speaks.otherApi) await probe.probeWrites(speaks.otherApi, 'otherApiKey');
    await probe.probeScopings(speaks.primaryApi, scopingIds);
    return Object.freeze({ ...speaks, ...settled });
  } catch (error) {
    const { leftovers } = await cleanUpRun(run, speaks);
    if (error instanceof SetupError && leftovers.length > 0) {
      const behind = `(left behind: ${leftovers.join(', ')}; run aic conform --sweep with a key that may delete, or delete by hand)`;
      if (error instanceof OptionError) throw new OptionError(error.option, (n) => `${error.describe(n)} ${behind}`);
      throw new SetupError(`${error.message} ${behind}`);
    }
    throw error;
  }
}

/** The probe requests of one run, before its rules. */
class TargetProbe {
  constructor(
    private readonly run: RunClients,
    private readonly paths: IntegrationPaths,
  ) {}

  async preflight(client: HttpClient, key: KeyOption): Promise<void> {
    let status: number;
    try {
      status = (await client.request({ method: 'GET', path: `${this.paths.collection}?limit=1` })).status;
    } catch (error) {
      if (error instanceof TargetError && error.status !== undefined) {
        throw new SetupError(
          `GET ${this.paths.collection} answered ${error.status} (${this.run.redactor.text(error.message)}); is ${client.baseUrl} up, and an AI integrations API?`,
        );
      }
      const detail = error instanceof Error ? error.message : String(error);
      throw new SetupError(`cannot reach the target ${client.baseUrl}: ${this.run.redactor.text(detail)}`);
    }
    if (status === 401 || status === 403)
      throw new OptionError(key, (n) => `the target rejected ${n(key)} (${status})`);
    if (status !== 200)
      throw new SetupError(
        `GET ${this.paths.collection} answered ${status}; is ${client.baseUrl} an AI integrations API?`,
      );
  }

  /**
   * The probe create of apiKey, in the edition asked for or in each edition as needed
   * (chooseEdition): settles the edition the run speaks, or stops the run with a SetupError (a
   * mismatch with the edition asked for, a key that cannot create).
   */
  async settleEdition(
    contract: Contract,
    asked: Edition | undefined,
  ): Promise<{ contract: Contract; edition: EditionChoice }> {
    const contracts = new Map<Edition, Contract>([[contract.edition, contract]]);
    const contractIn = async (edition: Edition): Promise<Contract> => {
      const known = contracts.get(edition);
      if (known) return known;
      const loaded = await loadContract(contract.source, { edition });
      contracts.set(edition, loaded);
      return loaded;
    };
    const outcome = await chooseEdition(contract.editions, asked, async (edition) => {
      const api = new IntegrationsApi(this.run.primary, this.run.tracker, this.run.names, await contractIn(edition));
      return this.probeCreate(api, 'apiKey', {});
    });
    if (outcome.chosen) return { contract: await contractIn(outcome.chosen.edition), edition: outcome.chosen };
    const { refused, alsoRefused, edition } = outcome;
    const other = alsoRefused
      ? ` (and ${alsoRefused.status} to provider "${alsoRefused.sent}", as the other edition spells it)`
      : '';
    throw this.notCreated(
      refused.status,
      `${refused.detail}${other}`,
      'apiKey',
      `provider "${refused.sent}" (${edition} edition)`,
    );
  }

  /** One create with the key, deleted at once: a read-only key stops the run here, not in 15 failures. */
  async probeWrites(api: IntegrationsApi, key: KeyOption): Promise<void> {
    const { status, detail } = await this.probeCreate(api, key, {});
    if (status !== 201) throw this.notCreated(status, detail, key);
  }

  /** The SetupError of a probe create that answered `status`, not 201. */
  private notCreated(status: number, detail: string, key: KeyOption, what?: string): OptionError {
    const post = `POST ${this.paths.collection}`;
    if (status === 401 || status === 403) {
      return new OptionError(
        key,
        (n) =>
          `the key of ${n(key)} can read integrations but cannot create them (${post} answered ${status}${detail}). ` +
          `The kit creates, changes and deletes integrations of its own (named ${this.run.prefix}…): give it a key that may create integrations.`,
      );
    }
    return new OptionError(
      key,
      (n) =>
        `a probe create${what ? ` of ${what}` : ''} with ${n(key)} (${post}) answered ${status}${detail}; the kit needs to create integrations of its own on the target`,
    );
  }

  /**
   * With organizationId (and spaceId), one create scoped to them: a target that refuses the
   * ids stops the run here, naming the option. With both ids refused together, a create scoped to the
   * organization alone tells which one is at fault.
   */
  async probeScopings(api: IntegrationsApi, { organizationId, spaceId }: ScopingIds): Promise<void> {
    if (organizationId === undefined) return;
    const scoping = { organization_id: organizationId, ...(spaceId === undefined ? {} : { space_id: spaceId }) };
    const scoped = await this.probeCreate(api, 'apiKey', { scopings: [scoping] });
    if (scoped.status === 201) return;
    const post = `POST ${this.paths.collection}`;
    if (scoped.status >= 400 && scoped.status < 500) {
      const spaceAtFault =
        spaceId !== undefined &&
        (await this.probeCreate(api, 'apiKey', { scopings: [{ organization_id: organizationId }] })).status === 201;
      const [option, id] = spaceAtFault
        ? (['spaceId', spaceId] as const)
        : (['organizationId', organizationId] as const);
      throw new OptionError(
        option,
        (n) =>
          `the target does not accept ${n(option)} "${id}": a create scoped to ${JSON.stringify(scoping)} (${post}) answered ${scoped.status}${scoped.detail}. ` +
          `Give ids of the account of ${n('apiKey')}, or leave out ${n('organizationId')} and ${n('spaceId')} (the kit then sends account-wide scopings only).`,
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
  private async probeCreate(api: IntegrationsApi, key: KeyOption, extra: object): Promise<ProbeAnswer> {
    // A create every faithful server must accept, in the edition of `api`'s contract.
    const body: Record<string, unknown> = { ...api.bareCreateBody(), name: this.run.names.next('probe'), ...extra };
    const sent = String(body.provider);
    const post = `POST ${this.paths.collection}`;
    let exchange: RecordedExchange;
    try {
      exchange = await api.createRaw(body);
    } catch (error) {
      if (error instanceof Violation) return { status: 201, detail: '', sent };
      if (error instanceof TargetError)
        throw new OptionError(
          key,
          (n) => `a probe create with ${n(key)} (${post}) failed: ${this.run.redactor.text(error.message)}`,
        );
      throw error;
    }
    if (exchange.status === 201 && isIntegration(exchange.body)) {
      let deleted: RecordedExchange;
      try {
        deleted = await api.delete(exchange.body.id, true);
      } catch (error) {
        if (error instanceof TargetError)
          throw new OptionError(
            key,
            (n) =>
              `deleting the probe integration ${body.name} with ${n(key)} failed: ${this.run.redactor.text(error.message)}`,
          );
        throw error;
      }
      if (deleted.status !== 204 && deleted.status !== 404) {
        throw new OptionError(
          key,
          (n) =>
            `the key of ${n(key)} can create integrations but not delete them (DELETE ${this.paths.itemTemplate} answered ${deleted.status}${this.problemDetail(deleted.body)}). ` +
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
    if (!isJsonObject(body)) return '';
    const { detail, title } = body;
    const text = typeof detail === 'string' && detail !== '' ? detail : typeof title === 'string' ? title : '';
    if (text === '') return '';
    const redacted = this.run.redactor.text(text);
    return `: ${redacted.length > 200 ? `${redacted.slice(0, 200)}…` : redacted}`;
  }
}
