import type { ProblemSpec } from './MockExchange.js';

/**
 * The problems of bytes a transport cannot read, worded once for every adapter (Express's
 * readRequestBody, MSW's mockRequestOf): each refuses what it cannot decode with these.
 */

/** A charset the body cannot be decoded from: 415. */
export function unsupportedCharset(charset: string): ProblemSpec {
  return { status: 415, detail: `Charset ${quoted(charset)} is not supported: send UTF-8 JSON.` };
}

/** A Content-Encoding other than gzip or deflate: 415. */
export function unsupportedEncoding(encoding: string): ProblemSpec {
  return {
    status: 415,
    detail: `Content-Encoding ${quoted(encoding)} is not supported: send the body uncompressed or gzip-compressed.`,
  };
}

/** A request whose bytes do not decode (a body that does not inflate, an aborted upload, a path's bad percent-encoding): 400. */
export function unreadableRequest(): ProblemSpec {
  return { status: 400, detail: 'The request cannot be read (encoding, charset or path).' };
}

/** A value named in a detail: at most 40 characters, quoted. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
