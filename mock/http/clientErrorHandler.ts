import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Contract } from '../../spec/index.js';
import { isJsonObject } from '../core/index.js';
import { problemDocument } from '../engine/index.js';

/** Statuses node itself would give these parser errors; anything else is a 400. */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * Requests node's HTTP parser rejects before Express sees them (a header block over 16 KiB, a
 * wrong Content-Length, a broken chunked body, a request line that is not HTTP, a body cut short)
 * would get node's bare `400 Bad Request` without a body. This answers them as every other error
 * of the mock: a problem+json document, then closes the connection. Nothing is logged: the request
 * could not be read, so there is no method or path to name.
 */
export function clientErrorHandler(contract: Contract) {
  return function onClientError(error: Error & { code?: string }, socket: Duplex): void {
    // As node does: no answer on a reset socket, nor in the middle of a response already started.
    // node's own field: the response under way on this socket, if any.
    const pending: unknown = Reflect.get(socket, '_httpMessage');
    if (error.code === 'ECONNRESET' || !socket.writable || (isJsonObject(pending) && pending.headersSent === true)) {
      socket.destroy();
      return;
    }
    const status = STATUS_OF_CODE[error.code ?? ''] ?? 400;
    const detail =
      status === 431
        ? 'The request headers exceed the server limit.'
        : 'The request is not valid HTTP/1.1 (request line, headers, length or chunked body).';
    const body = JSON.stringify(problemDocument(contract, { status, detail }));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
}
