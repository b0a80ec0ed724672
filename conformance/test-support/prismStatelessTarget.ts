import { createServer } from 'node:http';
import { listenOnLoopback } from './listenOnLoopback.js';
import { readBody } from './readBody.js';
import { loadContract } from '../../spec/index.js';

/**
 * Prism's own mock of the same spec (prism-http createInstance behind node:http, on 127.0.0.1):
 * it answers from the schemas and examples, statelessly. The kit must fail against it.
 */
export async function startPrismStatelessTarget(): Promise<{ url: string; close(): Promise<void> }> {
  const contract = await loadContract();
  const { createInstance, getHttpOperationsFromSpec } = await import('@stoplight/prism-http');
  const operations = await getHttpOperationsFromSpec(contract.source);
  const logger = quietLogger();
  const prism = createInstance(
    {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: false,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
      mock: { dynamic: false },
    },
    { logger: logger as never },
  );
  const server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        // Prism sees the raw text.
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const query: Record<string, string> = Object.fromEntries(url.searchParams);
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
      );
      const result = await prism.request(
        { method: (req.method ?? 'get').toLowerCase() as never, url: { path: url.pathname, query }, headers, body },
        operations,
      )();
      if (result._tag === 'Left') {
        const error = result.left as Error & { status?: number; detail?: string };
        const status = error.status ?? 500;
        res
          .writeHead(status, { 'content-type': 'application/problem+json' })
          .end(JSON.stringify({ title: error.message, status, detail: error.detail ?? '' }));
        return;
      }
      const output = result.right.output;
      const outHeaders = { ...(output.headers ?? {}) };
      res
        .writeHead(output.statusCode, outHeaders)
        .end(
          output.body === undefined
            ? undefined
            : typeof output.body === 'string'
              ? output.body
              : JSON.stringify(output.body),
        );
    })().catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  return listenOnLoopback(server);
}

function quietLogger(): Record<string, unknown> {
  const noop = () => undefined;
  const logger: Record<string, unknown> = {
    info: noop,
    debug: noop,
    warn: noop,
    error: noop,
    success: noop,
    trace: noop,
    fatal: noop,
    log: noop,
  };
  logger.child = () => logger;
  return logger;
}
