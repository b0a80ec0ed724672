/** What went wrong below HTTP, said in words: the target, the cause, and whether a retry may help. */
export interface ConnectionFailure {
  readonly kind: 'timeout' | 'connection';
  /** The system or library code when there is one (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED, ...). */
  readonly code?: string;
  readonly message: string;
  /** Whether the same request may succeed a moment later (a reset may; a name that does not resolve will not). */
  readonly retryable: boolean;
}

const UNTRUSTED_CERTIFICATE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REJECTED',
]);
const WRONG_PROTOCOL = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_HTTP_REQUEST',
  'EPROTO',
]);

/**
 * Names a failed fetch (undici's `TypeError: fetch failed` and its `cause`) for a person: the
 * target and the cause in words, e.g. "connection refused: nothing is listening at
 * http://127.0.0.1:4010". `target` is the URL the request went to.
 */
export function describeConnectionFailure(error: unknown, target: string, timeoutMs: number): ConnectionFailure {
  const where = place(target);
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return { kind: 'timeout', message: `no answer from ${where.origin} within ${timeoutMs} ms`, retryable: true };
  const cause = innermost(error);
  const code = cause.code;
  const text = cause.message ?? (error instanceof Error ? error.message : String(error));
  const failure = (
    message: string,
    retryable: boolean,
    kind: ConnectionFailure['kind'] = 'connection',
  ): ConnectionFailure => ({ kind, ...(code ? { code } : {}), message, retryable });

  if (text === 'bad port') {
    return failure(
      `Node's fetch refuses port ${where.port} (one of the "bad ports" the fetch standard blocks); serve the API on another port`,
      false,
    );
  }
  switch (code) {
    case 'ECONNREFUSED':
      return failure(`connection refused: nothing is listening at ${where.origin}`, true);
    case 'ENOTFOUND':
      return failure(`DNS: the host name ${where.host} does not resolve (ENOTFOUND)`, false);
    case 'EAI_AGAIN':
      return failure(
        `DNS: the host name ${where.host} could not be resolved (EAI_AGAIN: no DNS server answered; check the name and the network)`,
        false,
      );
    case 'ECONNRESET':
    case 'EPIPE':
      return failure(`the connection to ${where.origin} was reset (${code})`, true);
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return failure(`${where.origin} closed the connection without answering`, true);
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return failure(
        `could not connect to ${where.origin} in time (${code}): is the address right, is a firewall in the way?`,
        true,
        'timeout',
      );
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return failure(`${where.origin} stopped answering midway (${code})`, true, 'timeout');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return failure(`no route to ${where.host} (${code}): the network cannot reach it`, false);
    case 'CERT_HAS_EXPIRED':
    case 'CERT_NOT_YET_VALID':
      return failure(
        `TLS: the certificate of ${where.host} is ${code === 'CERT_HAS_EXPIRED' ? 'expired' : 'not yet valid'} (${code})`,
        false,
      );
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return failure(
        `TLS: the certificate of ${where.origin} does not name the host ${where.host} (hostname mismatch, ${code})`,
        false,
      );
  }
  if (code && UNTRUSTED_CERTIFICATE.has(code)) {
    return failure(
      `TLS: the certificate of ${where.origin} is not trusted (${code}); for a private CA, give Node its certificate with NODE_EXTRA_CA_CERTS=ca.pem`,
      false,
    );
  }
  if ((code && WRONG_PROTOCOL.has(code)) || /wrong version number|packet length too long|http request/i.test(text)) {
    return failure(`TLS: ${where.origin} does not speak TLS (${code ?? text}); is it a plain http:// server?`, false);
  }
  if (code?.startsWith('ERR_SSL_') || code?.startsWith('ERR_TLS_')) {
    return failure(`TLS: the handshake with ${where.origin} failed (${code}: ${text})`, false);
  }
  return failure(`the connection to ${where.origin} failed (${code ?? text})`, true);
}

/** The error a host name under the reserved `.invalid` TLD (RFC 6761) gets without asking a resolver. */
export function reservedInvalidHost(url: URL): Error | undefined {
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  if (host !== 'invalid' && !host.endsWith('.invalid')) return undefined;
  return new TypeError('fetch failed', {
    cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${url.hostname}`), { code: 'ENOTFOUND' }),
  });
}

function innermost(error: unknown): { code?: string; message?: string } {
  // fetch failed → its cause → (an AggregateError when several addresses were tried) its first error:
  // the deepest code and message say the most.
  let code: string | undefined;
  let message: string | undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const node = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof node.code === 'string') code = node.code;
    if (typeof node.message === 'string' && node.message !== '') message = node.message;
    current = node.cause ?? (Array.isArray(node.errors) ? node.errors[0] : undefined);
  }
  return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
}

function place(target: string): { origin: string; host: string; port: string } {
  try {
    const url = new URL(target);
    return { origin: url.origin, host: url.hostname, port: url.port || (url.protocol === 'https:' ? '443' : '80') };
  } catch {
    return { origin: target, host: target, port: '?' };
  }
}
