import {
  isJsonObject,
  differingFields,
  idSchema,
  listParameters,
  pickCanonical,
  readListing,
  stringExamplesOf,
  successStatus,
  type Contract,
} from '../../spec/index.js';
import { expectIntegration, expectStatus, fail } from '../expect.js';
import type { Rule } from '../Rule.js';
import type { RecordedExchange } from '../transport/ExchangeLog.js';

/** What HTTP client libraries (axios, generated SDKs, requests) send on every request, bodiless GET and DELETE included. */
export const CLIENT_LIBRARY_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  accept: 'application/json',
  'accept-encoding': 'gzip, deflate, br',
};

/**
 * Path lengths web stacks draw a line at: Fastify's maxParamLength (100), a VARCHAR(255) id column,
 * common URL limits of proxies and frameworks (1,024, 2,048, 4,096, 8,192). The longest stays well
 * under Node's own 16 KiB limit on the request head: past it Node's HTTP parser answers 431 before
 * any application code runs, in every Node server alike, which no API contract can govern.
 */
const FRAMEWORK_LIMITS = [100, 255, 1024, 2048, 4096, 8192] as const;
const LONGEST = 12_288;

/**
 * Requests as real clients send them (Errors; update rule 12): with the headers client libraries
 * set on every request (a JSON Content-Type and Accept on bodiless GET and DELETE,
 * Accept-Encoding with gzip, deflate and br, a charset parameter), every operation answers as the
 * contract says; and a well-formed id at and past every length limit the spec or a web framework
 * draws is answered by the API (404, or 400 as problem+json), never by the framework (414, a
 * 400 that is no problem, HTML).
 */
export const clientRequests: Rule = {
  id: 'client-requests',
  title: "Requests as client libraries send them, and ids at and past every length limit, get the contract's answers",
  clause: ['malformed-id', 'not-found'],
  contractText:
    'Errors: every error is RFC 9457 problem+json; operations answer as declared whatever headers a client adds',
  async run(ctx) {
    const headers = CLIENT_LIBRARY_HEADERS;
    await ctx.check('bodiless GET and DELETE with a JSON Content-Type, Accept and Accept-Encoding', async () => {
      const mine = await ctx.api.create({});
      const listed = await ctx.api.list({ [listParameters(ctx.contract).nameFilter]: mine.name }, headers);
      expectStatus(listed, successStatus(ctx.contract, 'list'), "GET of the list with a client library's headers");
      const items = readListing(ctx.contract, listed.body)?.items ?? [];
      if (!items.some((i) => isJsonObject(i) && i.id === mine.id))
        fail(
          "GET of the list with a client library's headers: the integration just created is not listed under its name",
          { expected: mine.id, actual: listed.body },
        );
      const read = expectIntegration(await ctx.api.get(mine.id, headers), "GET with a client library's headers");
      const differing = differingFields(ctx.contract, mine, read, { serverFields: true });
      if (differing.length > 0)
        fail(`GET with a client library's headers: ${differing.join(', ')} differ from the created integration`, {
          expected: pickCanonical(ctx.contract, mine, differing, ctx.compare),
          actual: pickCanonical(ctx.contract, read, differing, ctx.compare),
        });
      const patched = await ctx.api.patch(
        mine.id,
        { enable_default_models: mine.enable_default_models !== true },
        { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } },
      );
      expectIntegration(patched, 'PATCH with Content-Type: application/json; charset=utf-8');
      expectStatus(
        await ctx.api.delete(mine.id, false, headers),
        successStatus(ctx.contract, 'delete'),
        "DELETE with a client library's headers",
      );
      expectProblem(
        await ctx.api.get(mine.id, headers),
        [ctx.contract.rule('not-found').status],
        "GET of the deleted integration with a client library's headers",
      );
    });
    await ctx.check(
      `well-formed ids of ${lengthsOf(ctx.contract).join(', ')} characters: 404 or 400, as problem+json`,
      async () => {
        // A well-formed id that names nothing: not found, or refused as malformed past a length the target allows.
        const unknownId = [ctx.contract.rule('malformed-id').status, ctx.contract.rule('not-found').status];
        for (const length of lengthsOf(ctx.contract)) {
          const id = wellFormedId(ctx.contract, length);
          expectProblem(
            await ctx.api.get(id),
            unknownId,
            `GET of a well-formed id of ${length} characters that names no integration`,
          );
          expectProblem(
            await ctx.api.get(id, headers),
            unknownId,
            `GET of a well-formed id of ${length} characters with a client library's headers`,
          );
        }
      },
    );
  },
};

/** The lengths tried: each limit and the first well-formed length past it, the spec's maxLength for ids among them. */
function lengthsOf(contract: Contract): number[] {
  const { maxLength } = idSchema(contract);
  const limits = [...FRAMEWORK_LIMITS, ...(typeof maxLength === 'number' ? [maxLength] : [])];
  const lengths = new Set<number>();
  for (const limit of limits) {
    // base64 without padding comes in multiples of 4: at the limit where it is one, and the next past it.
    if (limit % 4 === 0) lengths.add(limit);
    lengths.add(limit - (limit % 4) + 4);
  }
  lengths.add(LONGEST);
  return [...lengths].sort((a, b) => a - b);
}

/**
 * An id of exactly `length` characters shaped like the spec's example id (the base64 of
 * `<type>:<number>:<tag>`), with a number no account reaches: it passes the id pattern and names
 * no integration.
 */
export function wellFormedId(contract: Contract, length: number): string {
  if (length % 4 !== 0 || length < 32)
    throw new RangeError(`wellFormedId: length must be a multiple of 4 of at least 32, got ${length}`);
  const [example] = stringExamplesOf(idSchema(contract));
  const [type, , tag] = (example ? Buffer.from(example, 'base64').toString('utf8') : 'Id:1:tag').split(':');
  const frame = `${type}::${tag}`;
  return Buffer.from(`${type}:${'9'.repeat((length / 4) * 3 - frame.length)}:${tag}`).toString('base64');
}

/** One of `statuses`, answered as RFC 9457 problem+json whose status is the response's. */
function expectProblem(exchange: RecordedExchange, statuses: readonly number[], what: string): void {
  expectStatus(exchange, statuses, what);
  const type = exchange.headers['content-type'] ?? '';
  const body = exchange.body;
  if (
    !/^application\/problem\+json\b/i.test(type) ||
    !isJsonObject(body) ||
    body.status !== exchange.status ||
    typeof body.title !== 'string'
  ) {
    fail(
      `${what}: a ${exchange.status} that is not a problem of the API (Content-Type ${JSON.stringify(type)}): a web framework answered, not the API`,
      {
        expected: { 'content-type': 'application/problem+json', body: { title: '…', status: exchange.status } },
        actual: { 'content-type': type, body },
      },
    );
  }
}
