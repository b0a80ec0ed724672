import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './listenOnLoopback.js';

/** A tiny server on 127.0.0.1 whose every answer the test decides (429s, 5xx, hangs, resets). */
export interface ScriptedServer {
  readonly url: string;
  readonly requests: Array<{ method: string; path: string; authorization?: string; body: string }>;
  close(): Promise<void>;
}

export async function startScriptedServer(
  answer: (req: IncomingMessage, res: ServerResponse, index: number, body: string) => void,
): Promise<ScriptedServer> {
  const requests: ScriptedServer['requests'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        body,
      });
      answer(req, res, requests.length - 1, body);
    });
  });
  return { ...(await listenOnLoopback(server)), requests };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers })
    .end(JSON.stringify(value));
}
