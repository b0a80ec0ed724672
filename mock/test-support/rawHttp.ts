import { type Agent, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

/**
 * Low-level HTTP for hostile-input tests: what fetch refuses to send (odd methods, invalid UTF-8,
 * wrong content-length, truncated bodies, raw request lines). Every call resolves, never rejects:
 * a connection the server dropped is `status: undefined`, one that never answered is `hung: true`.
 */
export interface RawReply {
  /** undefined: the connection ended without a (complete) status line. */
  readonly status: number | undefined;
  /** Lower-cased names; repeated headers joined with ", ". */
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  /** No answer within the deadline. */
  readonly hung: boolean;
}

export interface HttpRequestSpec {
  readonly method: string;
  readonly path: string;
  readonly headers?: OutgoingHttpHeaders;
  readonly body?: Buffer | string;
}

/** A keep-alive node:http request (any method token, any header name, any body bytes). */
export function sendHttp(origin: URL, agent: Agent, spec: HttpRequestSpec, deadlineMs = 20_000): Promise<RawReply> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (reply: RawReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reply);
    };
    const body =
      spec.body === undefined ? undefined : Buffer.isBuffer(spec.body) ? spec.body : Buffer.from(spec.body, 'utf8');
    const req = httpRequest(
      {
        host: origin.hostname,
        port: origin.port,
        method: spec.method,
        path: spec.path,
        agent,
        headers: { ...(body ? { 'content-length': body.length } : {}), ...spec.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode, headers: flatten(res.headers), body: Buffer.concat(chunks), hung: false }),
        );
        res.on('error', () =>
          done({ status: res.statusCode, headers: flatten(res.headers), body: Buffer.concat(chunks), hung: false }),
        );
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      done({ status: undefined, headers: {}, body: Buffer.alloc(0), hung: true });
    }, deadlineMs);
    // EPIPE / ECONNRESET while still uploading: the server may have answered (413) already.
    req.on('error', () =>
      setTimeout(() => done({ status: undefined, headers: {}, body: Buffer.alloc(0), hung: false }), 50),
    );
    req.end(body);
  });
}

export interface RawSocketOptions {
  /** Half-close after writing (the server sees the body end early). Default true. */
  readonly endAfterWrite?: boolean;
  readonly deadlineMs?: number;
}

/** Writes bytes as they are on a fresh TCP connection and reads until the server closes it. */
export function sendRawBytes(origin: URL, bytes: Buffer | string, options: RawSocketOptions = {}): Promise<RawReply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = connect(Number(origin.port), origin.hostname);
    const done = (hung: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parseResponse(Buffer.concat(chunks)), hung });
    };
    const timer = setTimeout(() => done(true), options.deadlineMs ?? 20_000);
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // One answer is all we want: stop once a complete response is in.
      if (isComplete(Buffer.concat(chunks))) done(false);
    });
    socket.on('end', () => done(false));
    socket.on('close', () => done(false));
    socket.on('error', () => done(false));
    socket.write(bytes);
    if (options.endAfterWrite ?? true) socket.end();
  });
}

const HEAD_END = Buffer.from('\r\n\r\n');

function isComplete(data: Buffer): boolean {
  const end = data.indexOf(HEAD_END);
  if (end < 0) return false;
  const head = parseHead(data.subarray(0, end).toString('latin1'));
  if (head.headers['transfer-encoding']?.includes('chunked'))
    return data.subarray(end).includes(Buffer.from('\r\n0\r\n\r\n'));
  const length = head.headers['content-length'];
  return length !== undefined && data.length - end - 4 >= Number(length);
}

/** The first response in `data`: status, headers and body (chunked bodies decoded). */
export function parseResponse(data: Buffer): Omit<RawReply, 'hung'> {
  const end = data.indexOf(HEAD_END);
  if (end < 0) return { status: undefined, headers: {}, body: Buffer.alloc(0) };
  const head = parseHead(data.subarray(0, end).toString('latin1'));
  let body = data.subarray(end + 4);
  if (head.headers['transfer-encoding']?.includes('chunked')) body = dechunk(body);
  else if (head.headers['content-length'] !== undefined)
    body = body.subarray(0, Number(head.headers['content-length']));
  return { status: head.status, headers: head.headers, body };
}

function parseHead(text: string): { status: number | undefined; headers: Record<string, string> } {
  const [statusLine = '', ...lines] = text.split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { status: status === undefined ? undefined : Number(status), headers };
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}
