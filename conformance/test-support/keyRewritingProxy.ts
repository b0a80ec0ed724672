import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { listenOnLoopback } from './listenOnLoopback.js';

/**
 * A proxy that gives every api_key a request sends a distinctive value (`sk-leak-<random>`, still a
 * non-empty string, so valid requests stay valid) and hands each response, headers and body as
 * they came, to `onResponse`. Keys the kit generates may be short enough to appear by chance;
 * these cannot.
 */
export interface KeyRewritingProxy {
  readonly url: string;
  /** Every key sent on to the target. */
  readonly keys: Set<string>;
  close(): Promise<void>;
}

export const LEAK_PREFIX = 'sk-leak-';

export async function startKeyRewritingProxy(
  upstream: string,
  onResponse: (request: string, headers: Record<string, string>, body: string) => void,
): Promise<KeyRewritingProxy> {
  const keys = new Set<string>();
  const rewrite = (text: string): string => {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return text;
      const body = value as Record<string, unknown>;
      if (typeof body.api_key !== 'string' || body.api_key === '') return text;
      const key = `${LEAK_PREFIX}${randomBytes(8).toString('hex')}`;
      keys.add(key);
      return JSON.stringify({ ...body, api_key: key });
    } catch {
      return text;
    }
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers))
          if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name))
            headers[name] = value;
        try {
          const response = await fetch(`${upstream}${req.url ?? '/'}`, {
            method: req.method ?? 'GET',
            headers,
            ...(text === '' ? {} : { body: rewrite(text) }),
            redirect: 'manual',
          });
          const body = await response.text();
          const out: Record<string, string> = Object.fromEntries(response.headers);
          onResponse(`${req.method} ${req.url}`, out, body);
          delete out['content-length'];
          delete out['content-encoding'];
          delete out['transfer-encoding'];
          delete out.connection;
          delete out['keep-alive'];
          res.writeHead(response.status, out).end(response.status === 204 ? undefined : body);
        } catch (error) {
          res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
        }
      })();
    });
  });
  return { ...(await listenOnLoopback(server)), keys };
}
