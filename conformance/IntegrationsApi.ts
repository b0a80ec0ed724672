import {
  isJsonObject,
  contractModel,
  listingMembers,
  listParameters,
  readListing,
  successStatus,
  type Contract,
  type JsonObject,
} from '../spec/index.js';
import type { ResourceTracker } from './safety/ResourceTracker.js';
import type { HttpClient, Recovery } from './transport/HttpClient.js';
import type { RecordedExchange } from './transport/ExchangeLog.js';
import { integrationPaths, type IntegrationPaths } from './integrationPaths.js';
import type { NameFactory } from './NameFactory.js';
import { Violation } from './Violation.js';

/** An integration as a target returned it (only `id` and `name` are relied on before checking). */
export type Integration = Record<string, unknown> & { id: string; name: string };

/**
 * The AI integrations endpoints for one account, in the edition of the contract it was made with.
 * Creates always carry the run's name prefix; PATCH and DELETE refuse ids this run did not create.
 */
export class IntegrationsApi {
  private readonly specPaths: IntegrationPaths | undefined;
  /** Creates in flight, by name: a lost answer is inferred from a listing only when no other create of its name is in flight. */
  private readonly creating = new Map<string, number>();

  constructor(
    readonly client: HttpClient,
    private readonly tracker: ResourceTracker,
    readonly names: NameFactory,
    private readonly contract?: Contract,
  ) {
    this.specPaths = contract ? integrationPaths(contract) : undefined;
  }

  /** The spec's paths (integrationPaths(contract)); every request needs them. */
  get paths(): IntegrationPaths {
    if (!this.specPaths) throw new Error('IntegrationsApi was made without a contract: pass the loaded contract');
    return this.specPaths;
  }

  /**
   * The least create body every faithful server must accept, without its name: the spec's first
   * provider that needs no metadata, with a model source if the guides ask for one
   * (contractModel's portableCreate), spelled as the contract's edition spells it.
   */
  bareCreateBody(): Record<string, unknown> {
    const model = contractModel(this.requireContract());
    const provider = model.providers.find((p) => !Object.hasOwn(model.requiredMetadataKind, p)) ?? model.providers[0];
    return model.portableCreate({ provider });
  }

  private requireContract(): Contract {
    if (!this.contract) throw new Error('IntegrationsApi was made without a contract: pass the loaded contract');
    return this.contract;
  }

  /** POST a create body (its name replaced by a fresh name of this run, a provider added if it has none); expects 201. */
  async create(body: JsonObject = {}): Promise<Integration> {
    const hint = typeof body.name === 'string' ? body.name : undefined;
    const exchange = await this.createRaw({
      ...('provider' in body ? {} : this.bareCreateBody()),
      ...body,
      name: this.names.next(hint),
    });
    const created = successStatus(this.requireContract(), 'create');
    if (exchange.status !== created || !isIntegration(exchange.body)) {
      throw new Violation(`creating an integration: expected ${created} with the integration, got ${exchange.status}`, {
        expected: created,
        actual: exchange.body,
      });
    }
    return exchange.body;
  }

  /** POST as is (the name must already be one of this run's); tracks what gets created. */
  async createRaw(body: JsonObject): Promise<RecordedExchange> {
    const name = body.name;
    if (typeof name !== 'string' || !this.names.owns(name))
      throw new Error(`the kit only creates integrations named ${this.names.prefix}…`);
    this.creating.set(name, (this.creating.get(name) ?? 0) + 1);
    let exchange: RecordedExchange;
    try {
      exchange = await this.client.request({
        method: 'POST',
        path: this.paths.collection,
        json: body,
        recover: () => this.recoverCreate(name),
      });
    } finally {
      const left = (this.creating.get(name) ?? 1) - 1;
      if (left === 0) this.creating.delete(name);
      else this.creating.set(name, left);
    }
    if (exchange.status === successStatus(this.requireContract(), 'create') && isIntegration(exchange.body)) {
      // Safety: only an integration that carries the name just sent is the kit's. A target that
      // answers a create with another integration (or an id seen before) must not lead the kit
      // to PATCH or DELETE what may be someone else's.
      if (exchange.body.name !== name || this.tracker.owns(exchange.body.id)) {
        throw new Violation(
          'creating an integration: the 201 body is not the integration just created (another name, or an id answered before); the kit will not touch it',
          {
            expected: { name, id: '(a new id)' },
            actual: { name: exchange.body.name, id: exchange.body.id },
          },
        );
      }
      this.tracker.created(exchange.body.id, this.client.account);
    }
    return exchange;
  }

  /**
   * After a transient fault of a create: the integrations the target holds under its name (the
   * name is unique, and the run's own), not counting those the kit already knows. None: the create
   * did not happen, send it again. One, with no other create of the name in flight: it did, and
   * the listing is its answer. Otherwise the kit cannot tell; what it found is cleaned up at the end.
   */
  private async recoverCreate(name: string): Promise<Recovery> {
    // The name's leading plain characters (the run prefix and counter) as the filter: what a
    // server may mishandle in a filter (%, _, non-ASCII) stays out of it.
    const filter = /^[A-Za-z0-9-]*/.exec(name)?.[0] ?? '';
    let listed: unknown[];
    try {
      listed = await this.listAll({ [listParameters(this.requireContract()).nameFilter]: filter }, 10);
    } catch (error) {
      return {
        giveUp: `listing by its name to see whether it was created failed (${error instanceof Error ? error.message : String(error)})`,
      };
    }
    const unknown = listed.filter(
      (item): item is Integration => isIntegration(item) && item.name === name && !this.tracker.owns(item.id),
    );
    if (unknown.length === 0) return { resend: true };
    if (unknown.length === 1 && this.creating.get(name) === 1) {
      return {
        inferred: {
          status: successStatus(this.requireContract(), 'create'),
          body: unknown[0],
          because: `the answer was lost; a listing by name shows the integration created`,
        },
      };
    }
    for (const item of unknown) this.tracker.created(item.id, this.client.account);
    return {
      giveUp: `${unknown.length} integrations named ${JSON.stringify(name)} appeared, and another create of that name was in flight`,
    };
  }

  /** `headers`: extra request headers, e.g. those a client library sets on every request. */
  get(id: string, headers?: Readonly<Record<string, string>>): Promise<RecordedExchange> {
    return this.client.request({ method: 'GET', path: this.paths.item(id), ...(headers ? { headers } : {}) });
  }

  /** GET that must succeed: the integration, or a Violation naming what came back. */
  async read(id: string, why = 'reading the integration back'): Promise<Integration> {
    const exchange = await this.get(id);
    const read = successStatus(this.requireContract(), 'get');
    if (exchange.status !== read || !isIntegration(exchange.body)) {
      throw new Violation(`${why}: expected ${read} with the integration, got ${exchange.status}`, {
        expected: read,
        actual: exchange.body,
      });
    }
    return exchange.body;
  }

  /** PATCH a JSON value, or `{ text }` sent exactly. Only ids this run created. */
  patch(
    id: string,
    body: unknown,
    options: { text?: string; headers?: Readonly<Record<string, string>> } = {},
  ): Promise<RecordedExchange> {
    this.tracker.assertOwned(id, 'PATCH');
    return this.client.request({
      method: 'PATCH',
      path: this.paths.item(id),
      ...(options.text === undefined ? { json: body } : { text: options.text }),
      ...(options.headers ? { headers: options.headers } : {}),
    });
  }

  /** DELETE an id this run created. */
  async delete(id: string, cleanup = false, headers?: Readonly<Record<string, string>>): Promise<RecordedExchange> {
    this.tracker.assertOwned(id, 'DELETE');
    const exchange = await this.client.request({
      method: 'DELETE',
      path: this.paths.item(id),
      cleanup,
      ...(headers ? { headers } : {}),
      recover: (fault) => this.recoverDelete(id, fault.mayHaveReached, cleanup),
    });
    const contract = this.requireContract();
    if (exchange.status === successStatus(contract, 'delete') || exchange.status === contract.rule('not-found').status)
      this.tracker.deleted(id, this.client.account);
    return exchange;
  }

  /**
   * After a transient fault of a DELETE of an integration the kit holds: a GET tells whether it
   * took effect (404: the answer, 204, was lost) or not (send it again). An id the kit does not
   * hold as live gets the same answer twice: sent again.
   */
  private async recoverDelete(id: string, mayHaveReached: boolean, cleanup: boolean): Promise<Recovery> {
    if (!mayHaveReached || !this.tracker.isLive(id, this.client.account)) return { resend: true };
    const read = await this.client.request({ method: 'GET', path: this.paths.item(id), cleanup });
    const contract = this.requireContract();
    const notFound = contract.rule('not-found').status;
    if (read.status === notFound)
      return {
        inferred: {
          status: successStatus(contract, 'delete'),
          because: `the answer was lost; GET answered ${notFound}, so the DELETE took effect`,
        },
      };
    return { resend: true };
  }

  /**
   * PATCH or DELETE an id that cannot name any integration (it fails the spec's id pattern, see
   * ResourceTracker.assertUnnameable): the malformed-id checks. Nothing is tracked or deleted.
   */
  async sendToMalformedId(method: 'PATCH' | 'DELETE', id: string, body?: unknown): Promise<RecordedExchange> {
    this.tracker.assertUnnameable(id, this.paths.idPattern, method);
    return this.client.request({ method, path: this.paths.item(id), ...(method === 'PATCH' ? { json: body } : {}) });
  }

  /**
   * Every item a listing holds, following `next_cursor` whatever page size the target picks (a
   * server may have a smaller default or maximum than asked). A page that is not a 200 listing
   * is a Violation.
   */
  async listAll(query: Record<string, string | number> = {}, maxPages = 100): Promise<unknown[]> {
    const contract = this.requireContract();
    const [params, members, listed] = [
      listParameters(contract),
      listingMembers(contract),
      successStatus(contract, 'list'),
    ];
    const items: unknown[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < maxPages; page++) {
      const exchange = await this.list({ ...query, ...(cursor === undefined ? {} : { [params.cursor]: cursor }) });
      const listing = exchange.status === listed ? readListing(contract, exchange.body) : undefined;
      if (!listing) {
        throw new Violation(
          `listing ${JSON.stringify(query)}: expected ${listed} with ${members.items} and ${members.pagination}, got ${exchange.status}`,
          { expected: listed, actual: exchange.body },
        );
      }
      items.push(...listing.items);
      const { hasMore, nextCursor: next } = listing;
      if (hasMore !== true) return items;
      if (typeof next !== 'string' || next === '' || next === cursor) {
        throw new Violation(
          `listing ${JSON.stringify(query)}: has_more is true but next_cursor is ${JSON.stringify(next)}`,
          { expected: 'a new cursor', actual: listing.pagination },
        );
      }
      cursor = next;
    }
    throw new Violation(`listing ${JSON.stringify(query)}: still has_more after ${maxPages} pages`, {
      expected: `at most ${maxPages} pages`,
      actual: items.length,
    });
  }

  list(
    query: Record<string, string | number> = {},
    headers?: Readonly<Record<string, string>>,
  ): Promise<RecordedExchange> {
    const search = new URLSearchParams(
      Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
    return this.client.request({
      method: 'GET',
      path: search ? `${this.paths.collection}?${search}` : this.paths.collection,
      ...(headers ? { headers } : {}),
    });
  }
}

export function isIntegration(value: unknown): value is Integration {
  return isJsonObject(value) && typeof value.id === 'string' && typeof value.name === 'string';
}
