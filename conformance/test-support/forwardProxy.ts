import { createServer, request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listenOnLoopback } from './listenOnLoopback.js';

/** What a forward proxy was asked: `GET http://host:port/path` (plain forward) or `CONNECT host:port` (a tunnel). */
export interface ForwardProxy {
  readonly url: string;
  readonly seen: string[];
  close(): Promise<void>;
}

/**
 * A forward proxy on 127.0.0.1, as CI networks have them: plain HTTP requests in absolute form are
 * forwarded, CONNECT opens a tunnel (only to `tunnelTo` hosts, others get 502, as a proxy that
 * cannot reach them). Records every request line it gets.
 */
export async function startForwardProxy(options: { tunnelTo?: readonly string[] } = {}): Promise<ForwardProxy> {
  const seen: string[] = [];
  const tunnels = new Set<Socket>();
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('a forward proxy needs an absolute URL');
      return;
    }
    const upstream = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502, { 'content-type': 'text/plain' }).end('upstream unreachable'));
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(/:(?=\d+$)/);
    if (!host || !port || !(options.tunnelTo ?? []).includes(host)) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  const listening = await listenOnLoopback(server);
  return {
    url: listening.url,
    seen,
    close: async () => {
      for (const socket of tunnels) socket.destroy();
      await listening.close();
    },
  };
}
