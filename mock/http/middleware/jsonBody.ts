import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Contract } from '../../../spec/index.js';
import { sendProblem } from '../sendProblem.js';

/** The spec's 413 example names this limit; bodies above it get 413 payload-too-large. */
export const MAX_BODY_BYTES = 1_048_576;

/** The media types read as JSON (as Express's parser matches them). */
const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * Parses JSON bodies up to `limitBytes`: the early 413 of `bodyLimit`, the 415 of a body that is
 * not sent as JSON, then Express's JSON parser. The parser's errors (too large once inflated,
 * malformed JSON, a charset or encoding it cannot read) reach the app's error handler, which turns
 * them into 413, 400 and 415 problems. A request without a body passes with the body undefined,
 * which the contract's validator then rejects (400).
 */
export function jsonBody(contract: Contract, limitBytes: number = MAX_BODY_BYTES): RequestHandler[] {
  return [bodyLimit(contract, limitBytes), requireJsonContentType(contract), express.json({ limit: limitBytes, strict: true, type: JSON_TYPES })];
}

/**
 * A body whose Content-Type is not JSON (or is missing) is 415, naming the type, before it is read
 * (`bodyLimit`, already listening, still cuts off an endless one).
 */
export function requireJsonContentType(contract: Contract) {
  return function requireJsonContentTypeMiddleware(req: Request, res: Response, next: NextFunction): void {
    // null: no body; false: a body of another type (or of none). An empty body is no body (400).
    if (req.is(JSON_TYPES) !== false || req.headers['content-length'] === '0') return next();
    const sent = req.headers['content-type'];
    const shown = sent === undefined ? undefined : JSON.stringify(sent.length > 100 ? `${sent.slice(0, 100)}…` : sent).slice(1, -1);
    const detail = shown === undefined || shown.trim() === '' ? 'The request has a body but no Content-Type: send it as application/json.' : `Content-Type ${shown} is not JSON: send the body as application/json.`;
    sendProblem(contract, req, res, { status: 415, detail, errors: [{ pointer: '/headers/content-type', message: 'must be application/json' }] });
  };
}

/**
 * Answers 413 as soon as a body is known to be too large: at once for a declared Content-Length
 * above the limit, and at the chunk that passes it for a chunked upload. Express's parser alone
 * reads a too-large body to its end before answering, so an endless (or slow) chunked upload
 * never got its 413. The connection is closed after the answer; a client that keeps sending
 * another `limitBytes` after it is cut off.
 */
export function bodyLimit(contract: Contract, limitBytes: number) {
  return function bodyLimitMiddleware(req: Request, res: Response, next: NextFunction): void {
    const tooLarge = () => {
      res.setHeader('Connection', 'close');
      sendProblem(contract, req, res, { status: 413, detail: `The request body exceeds ${limitBytes} bytes.` });
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limitBytes) return tooLarge();
    let received = 0;
    // Counted beside the parser's own reading (it attaches its listener in this same tick).
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes && !res.headersSent) tooLarge();
      else if (received > 2 * limitBytes) {
        req.off('data', count);
        req.socket.destroy();
      }
    };
    req.on('data', count);
    next();
  };
}
