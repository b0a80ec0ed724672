import { fieldAt } from '../../spec/index.js';
import fc from 'fast-check';
import { nullCombination } from '../combinations/combinations.js';
import { expectIntegration, expectStatus, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';

type Step = 'set' | 'clear' | 'omit';

/**
 * Update rule 4: a string sets the key, null removes it, omitting keeps it; no response ever holds
 * a key. Systematic first: a key set on create, then null, then omitted; then random plans.
 */
export const apiKey: Rule = {
  id: 'api-key',
  title: 'api_key: a string sets it, null removes it, omitted keeps it; never returned',
  clause: ['api-key', 'create-api-key-write-only'],
  // Each key lifecycle is an integration of its own: lifecycles are independent.
  shards: 2,
  async run(ctx) {
    const key = fc.stringMatching(/^[A-Za-z0-9]{16,32}$/).map((s) => `sk-aic-${s}`);
    const steps = fc.array(fc.constantFrom<Step>('set', 'clear', 'omit'), { minLength: 1, maxLength: 5 });
    const field = fieldAt(ctx.contract.rule('api-key'), 0);
    const lifecycle: Step[] = ['clear', 'omit'];
    await ctx.systematic(
      'api_key set on create, then null, then omitted',
      [{ combination: nullCombination(field), arbitrary: key }],
      (secret) => keyLifecycle(ctx, secret, true, lifecycle),
    );
    await ctx.property(
      'has_api_key follows set/null/omit, and no response contains a key',
      [key, fc.boolean(), steps],
      (secret, withKey, plan) => keyLifecycle(ctx, secret, withKey, plan),
    );
  },
};

/** Creates an integration (with a key or not), follows `plan`, and checks has_api_key after each step and that no response holds a key. */
async function keyLifecycle(ctx: RuleContext, secret: string, withKey: boolean, plan: readonly Step[]): Promise<void> {
  const mark = ctx.log.mark();
  const sent: string[] = [];
  const created = await ctx.api.create(withKey ? { api_key: `${secret}-0` } : {});
  if (withKey) sent.push(`${secret}-0`);
  let expected = withKey;
  if (created.has_api_key !== expected) fail('has_api_key after create', { expected, actual: created.has_api_key });
  let toggle = false;
  for (const [index, step] of plan.entries()) {
    let body: Record<string, unknown>;
    if (step === 'set') {
      const value = `${secret}-${index + 1}`;
      sent.push(value);
      body = { api_key: value };
      expected = true;
    } else if (step === 'clear') {
      body = { api_key: null };
      expected = false;
    } else {
      toggle = !toggle;
      body = { enable_default_models: toggle };
    }
    const exchange = await ctx.api.patch(created.id, body);
    const after = expectIntegration(exchange, `PATCH ${JSON.stringify(redactKeys(body))}`);
    if (after.has_api_key !== expected)
      fail(
        `has_api_key after ${step === 'omit' ? 'a PATCH without api_key' : `api_key ${step === 'set' ? 'set' : 'null'}`}`,
        { expected, actual: after.has_api_key },
      );
    const read = await ctx.api.read(created.id);
    if (read.has_api_key !== expected)
      fail('has_api_key on GET after the PATCH', { expected, actual: read.has_api_key });
  }
  // A rejected PATCH carrying a key, and the list, must not hold it either.
  const rejected = await ctx.api.patch(created.id, { api_key: `${secret}-x`, enable_default_models: 'not a boolean' });
  sent.push(`${secret}-x`);
  expectStatus(rejected, 'client-error', 'a PATCH with a key beside a wrong type');
  await ctx.api.list({ name: created.name });
  assertNoLeak(ctx.log.since(mark), sent);
}

function assertNoLeak(exchanges: readonly RecordedExchange[], keys: readonly string[]): void {
  for (const exchange of exchanges) {
    if (exchange.leaksCredential)
      fail(`${exchange.method} ${exchange.path}: the response contains the API key of the request`, {
        expected: 'no key in any response',
        actual: '(redacted)',
      });
    const text = JSON.stringify(exchange.body ?? '') + JSON.stringify(exchange.headers);
    const leaked = keys.find((k) => text.includes(k));
    if (leaked) {
      fail(`${exchange.method} ${exchange.path}: the response contains an api_key value that was sent`, {
        expected: 'no api_key value in any response',
        actual: { status: exchange.status, body: exchange.body },
      });
    }
  }
}

function redactKeys(body: Record<string, unknown>): Record<string, unknown> {
  return typeof body.api_key === 'string' ? { ...body, api_key: '…' } : body;
}
