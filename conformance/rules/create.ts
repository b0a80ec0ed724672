import { fieldAt, isJsonObject, successStatus } from '../../spec/index.js';
import fc from 'fast-check';
import { expectFields, expectStatus, fail } from '../expect.js';
import type { IntegrationsApi } from '../IntegrationsApi.js';
import type { Rule } from '../Rule.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';
import { createBodies } from './_internals/bodies.js';

/**
 * The create rules: omitted optional fields take their defaults; a name taken in the account is 409
 * and creates nothing, while another account may use it; awsBedrock without AWS metadata and
 * vertexAI without GCP metadata are 422 and create nothing; api_key is stored and never returned.
 */
export const create: Rule = {
  id: 'create',
  title: 'POST applies defaults, keeps names unique per account, checks provider metadata, never returns api_key',
  clause: ['create-defaults', 'create-name-unique', 'create-provider-consistency', 'create-api-key-write-only'],
  // Each case creates and lists only integrations of its own names: cases are independent.
  shards: 4,
  async run(ctx) {
    const { contract, model } = ctx;

    // create-defaults
    const defaultsRule = contract.rule('create-defaults');
    const defaulted = defaultsRule.fields.filter((f) => f in model.defaults);
    const expectDefaults = async (sent: Record<string, unknown>) => {
      const omitted = defaulted.filter((f) => sent[f] === undefined);
      const created = await ctx.api.create(sent);
      if (omitted.length === 0) return;
      const expected = Object.fromEntries(omitted.map((f) => [f, model.defaults[f]]));
      expectFields(created, expected, omitted, `the 201 body of a create without ${omitted.join(', ')}`, ctx.compare);
      expectFields(
        await ctx.api.read(created.id),
        expected,
        omitted,
        `GET after a create without ${omitted.join(', ')}`,
        ctx.compare,
      );
    };
    await ctx.check(`a create of only name and provider: ${defaulted.join(', ')} take their defaults`, () =>
      expectDefaults({}),
    );
    await ctx.property(
      'omitted optional fields take their defaults, in the 201 body and on GET',
      [createBodies(ctx)],
      (body) => expectDefaults({ ...body }),
    );

    // create-name-unique
    const unique = contract.rule('create-name-unique');
    const clash = createBodies(ctx).chain((first) =>
      fc.tuple(fc.constant(first), createBodies(ctx, { takenNames: [first.name] })),
    );
    await ctx.property(
      'a create with the name of an integration of the account: 409, nothing created',
      [clash],
      async ([first, second]) => {
        const taken = await ctx.api.create(first);
        const before = await idsNamedLike(ctx.api, taken.name);
        const exchange = await ctx.api.createRaw({ ...second, name: taken.name });
        expectStatus(
          exchange,
          ctx.strict || unique.statusOrigin === 'fact' ? unique.status : 'client-error',
          `creating a second integration named like ${taken.id}`,
        );
        const after = await idsNamedLike(ctx.api, taken.name);
        if (after.join() !== before.join())
          fail('the refused create left an integration behind (list by name)', { expected: before, actual: after });
      },
    );
    const other = ctx.otherApi;
    if (other) {
      await ctx.check('the name of an integration of another account: 201', async () => {
        const mine = await ctx.api.create({});
        expectStatus(
          await other.createRaw({ provider: mine.provider, name: mine.name }),
          successStatus(ctx.contract, 'create'),
          'creating with a name only another account uses',
        );
      });
    } else {
      ctx.note('skipped: the same name in another account is 201 (needs --other-api-key)');
    }

    // create-provider-consistency: metadata omitted or of the other kind is 422 (a fact); null is
    // refused too, but the create body has no nullable field, so 400 (types-enforced) is as right.
    const consistency = contract.rule('create-provider-consistency');
    const typesEnforced = contract.rule('types-enforced');
    const [providerField, metadataField] = [fieldAt(consistency, 0), fieldAt(consistency, 1)];
    const required = model.requiredMetadataKind;
    const metadata = createBodies(ctx)
      .map((b) => b[metadataField])
      .filter((m): m is Record<string, unknown> => isJsonObject(m));
    const mismatch = fc
      .tuple(
        createBodies(ctx),
        fc.constantFrom(...Object.keys(required)),
        fc.oneof(fc.constant<'omitted'>('omitted'), fc.constant(null), metadata),
      )
      .map(([body, provider, meta]) => {
        const { [metadataField]: _dropped, ...rest } = body;
        const wrong =
          meta === 'omitted' || (isJsonObject(meta) && meta.kind === required[provider])
            ? {}
            : { [metadataField]: meta };
        // A model source, so that nothing but the metadata is wrong (model-source-optional is a decision).
        return model.portableCreate({ ...rest, [providerField]: provider, ...wrong });
      });
    await ctx.property(
      `${Object.keys(required).join(', ')} without the metadata they need: 422 (400 for null), nothing created`,
      [mismatch],
      async (body) => {
        const sent: Record<string, unknown> = { ...body, name: ctx.names.next(String(body.name)) };
        const exchange = await ctx.api.createRaw(sent);
        const statuses =
          sent[metadataField] === null
            ? ctx.strict
              ? [typesEnforced.status]
              : [typesEnforced.status, consistency.status]
            : [consistency.status];
        expectStatus(
          exchange,
          statuses,
          `creating ${String(sent[providerField])} with ${metadataField} ${metadataField in sent ? JSON.stringify(sent[metadataField]) : '(omitted)'}`,
        );
        const after = await idsNamedLike(ctx.api, String(sent.name));
        if (after.length > 0)
          fail('the refused create left an integration behind (list by name)', { expected: [], actual: after });
      },
    );

    // create-api-key-write-only
    const secret = fc.stringMatching(/^[A-Za-z0-9]{16,32}$/).map((s) => `sk-aic-create-${s}`);
    await ctx.property(
      'a create with api_key: has_api_key true, the key in no response',
      [createBodies(ctx), secret],
      async (body, key) => {
        const mark = ctx.log.mark();
        const created = await ctx.api.create({ ...body, api_key: key });
        if (created.has_api_key !== true)
          fail('has_api_key in the 201 body of a create with api_key', { expected: true, actual: created.has_api_key });
        const read = await ctx.api.read(created.id);
        if (read.has_api_key !== true)
          fail('has_api_key on GET after a create with api_key', { expected: true, actual: read.has_api_key });
        await ctx.api.list({ name: created.name });
        assertKeyNotReturned(ctx.log.since(mark), key);
      },
    );
  },
};

/** The ids of the account's integrations whose name contains `name` (the list's name filter), sorted. */
async function idsNamedLike(api: IntegrationsApi, name: string): Promise<string[]> {
  const items = await api.listAll({ name });
  return items.map((item) => (isJsonObject(item) ? String(item.id) : JSON.stringify(item))).sort();
}

function assertKeyNotReturned(exchanges: readonly RecordedExchange[], key: string): void {
  for (const exchange of exchanges) {
    if (exchange.cleanup) continue;
    if ((JSON.stringify(exchange.body ?? '') + JSON.stringify(exchange.headers)).includes(key)) {
      fail(`${exchange.method} ${exchange.path}: the response contains the api_key the create sent`, {
        expected: 'no api_key value in any response',
        actual: { status: exchange.status, body: exchange.body },
      });
    }
  }
}
