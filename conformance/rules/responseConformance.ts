import { checkResponse, fieldAt, listParameters } from '../../spec/index.js';
import { fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import type { RuleContext } from '../RuleContext.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';
import { createBodies } from './_internals/bodies.js';
import { sampleOne } from './_internals/sampleOne.js';

/** Most exchanges of the run checked (the latest ones), to keep long runs bounded. */
const MAX_CHECKED = 5000;

/**
 * Every response of the run (this rule runs last) matches the spec, by Ajv and by prism-http's
 * validateOutput; errors are application/problem+json. A problem's `type` may be any URI reference
 * (relative, `about:blank`): the public facts fix no value; the spec's types are asserted with --strict.
 */
export const responseConformance: Rule = {
  id: 'response-conformance',
  title: 'Every response of the run matches the spec; errors are problem+json',
  clause: [],
  schedule: 'last',
  contractText: 'Operations and Errors: every response matches its declared schema; errors are RFC 9457 problem+json',
  async run(ctx) {
    await ctx.check('responses of every operation and error status', async () => {
      await exercise(ctx);
      // 5xx answers are the target's own failures (reported as errors of the rules that met them).
      // An answer the kit inferred after a lost one (a transient fault) is not the target's to judge.
      const exchanges = ctx.log
        .all()
        .filter((e) => e.status < 500 && e.inferred === undefined)
        .slice(-MAX_CHECKED);
      const emptyAllowed = ctx.strict ? [] : ctx.contract.rule('non-empty-strings').fields;
      // The same answer to the same request is judged once (a systematic phase reads one integration many times).
      const judged = new Set<string>();
      for (const exchange of exchanges) {
        const key = JSON.stringify([
          exchange.method,
          exchange.path,
          exchange.status,
          withoutTransportHeaders(exchange.headers),
          exchange.body,
        ]);
        if (judged.has(key)) continue;
        judged.add(key);
        const found = await checkResponse(
          ctx.contract,
          {
            method: exchange.method,
            path: exchange.path,
            status: exchange.status,
            headers: exchange.headers,
            body: exchange.body,
          },
          { problemType: ctx.strict ? 'exact' : 'any' },
        );
        // Without --strict a target may accept and store empty strings (non-empty-strings is a decision).
        const issues = found.filter((issue) => !isTolerableEmptyString(exchange.body, issue.pointer, emptyAllowed));
        if (issues.length > 0) {
          fail(
            `${exchange.method} ${exchange.path.split('?')[0]} → ${exchange.status} does not match the spec: ${issues.map((i) => `${i.validator} ${i.pointer} ${i.message}`).join('; ')}`,
            {
              expected: 'a response the spec declares',
              actual: { status: exchange.status, headers: pickHeaders(exchange), body: exchange.body, issues },
            },
          );
        }
      }
    });
  },
};

/** One request of each kind, so the rule judges every operation even when run alone. */
async function exercise(ctx: RuleContext): Promise<void> {
  const [needy] = Object.keys(ctx.model.requiredMetadataKind);
  const metadataField = fieldAt(ctx.contract.rule('provider-consistency'), 1);
  const a = await ctx.api.create({ model_names: ['m1'] });
  const b = await ctx.api.create(
    sampleOne(
      createBodies(ctx).filter((body) => body.provider === needy),
      ctx.seed,
    ),
  );
  await ctx.api.get(a.id);
  await ctx.api.list({ [listParameters(ctx.contract).pageSize.name]: 1 });
  await ctx.api.patch(a.id, { enable_default_models: true, base_url: 'https://example.test/v1' });
  await ctx.api.patch(a.id, {});
  await ctx.api.patch(a.id, { name: b.name });
  await ctx.api.patch(b.id, { [metadataField]: null });
  await ctx.anonymous.request({ method: 'GET', path: ctx.api.paths.item(a.id) });
  const gone = await ctx.api.create({});
  await ctx.api.delete(gone.id);
  await ctx.api.get(gone.id);
}

/** Whether the issue is about an empty string in one of `fields` (the pointer is into `/body`). */
function isTolerableEmptyString(body: unknown, pointer: string, fields: readonly string[]): boolean {
  if (fields.length === 0 || !pointer.startsWith('/body/')) return false;
  const segments = pointer
    .slice('/body/'.length)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = body;
  for (const segment of segments)
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
  return value === '' && segments.some((s) => fields.includes(s));
}

/** The response headers that say nothing of the answer itself (the spec declares none of them). */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

function withoutTransportHeaders(headers: Readonly<Record<string, string>>): Array<[string, string]> {
  return Object.entries(headers)
    .filter(([name]) => !TRANSPORT_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

function pickHeaders(exchange: RecordedExchange): Record<string, string> {
  const { 'content-type': contentType, 'retry-after': retryAfter } = exchange.headers;
  return {
    ...(contentType ? { 'content-type': contentType } : {}),
    ...(retryAfter ? { 'retry-after': retryAfter } : {}),
  };
}
