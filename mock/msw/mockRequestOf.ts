import {
  tooLarge,
  unreadableRequest,
  unsupportedCharset,
  unsupportedEncoding,
  type BodyRead,
  type MockRequest,
} from '../engine/index.js';

/**
 * A Fetch API Request (what MSW hands a handler, in Node and in the service worker) as the
 * engine's MockRequest. `basePath` is the path of the mock's base URL, removed so that the engine
 * sees `/v2/...` whatever prefix the frontend calls.
 *
 * The body is read before the engine runs: in-process, the client has already built it in memory,
 * and Fetch leaves Content-Length out of a Request's headers, so its length is known only by
 * reading it (the engine asks for it to tell a body from none).
 */
export async function mockRequestOf(request: Request, basePath: string): Promise<MockRequest> {
  const url = new URL(request.url);
  const bytes = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
  const headers = request.headers;
  return {
    method: request.method.toUpperCase(),
    path: url.pathname.slice(basePath.length) || '/',
    basePath,
    query: url.search.slice(1),
    header(name) {
      const value = headers.get(name);
      if (value !== null) return value;
      return name.toLowerCase() === 'content-length' && bytes !== undefined ? String(bytes.length) : undefined;
    },
    async readBody(limitBytes) {
      return bodyRead(bytes, headers, limitBytes);
    },
  };
}

/**
 * The body as the engine reads it, refused as Express's parser refuses it (mock/http's
 * readRequestBody): above the limit 413; a charset other than a UTF one, or one Fetch cannot
 * decode, 415; a Content-Encoding other than gzip or deflate 415; bytes that do not inflate 400.
 */
async function bodyRead(bytes: Uint8Array | undefined, headers: Headers, limitBytes: number): Promise<BodyRead> {
  if (bytes === undefined || bytes.length === 0) return { kind: 'absent' };
  if (bytes.length > limitBytes) return { kind: 'refused', problem: tooLarge(limitBytes) };
  const charset =
    /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headers.get('content-type') ?? '')?.[1]?.toLowerCase() ?? 'utf-8';
  const decoder = charset.startsWith('utf-') ? decoderFor(charset) : undefined;
  if (!decoder) return { kind: 'refused', problem: unsupportedCharset(charset) };
  const encoding = (headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'deflate')
    return { kind: 'refused', problem: unsupportedEncoding(encoding) };
  const inflated = encoding === 'identity' ? bytes : await inflate(bytes, encoding);
  if (inflated === undefined) return { kind: 'refused', problem: unreadableRequest() };
  if (inflated.length > limitBytes) return { kind: 'refused', problem: tooLarge(limitBytes) };
  return { kind: 'text', text: decoder.decode(inflated) };
}

function decoderFor(charset: string): { decode(bytes: Uint8Array): string } | undefined {
  try {
    return new TextDecoder(charset, { ignoreBOM: true });
  } catch {
    return undefined;
  }
}

/** gzip and deflate, as Express's parser inflates them; undefined when the bytes are not what they claim. */
async function inflate(bytes: Uint8Array, encoding: 'gzip' | 'deflate'): Promise<Uint8Array | undefined> {
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream(encoding));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return undefined;
  }
}
