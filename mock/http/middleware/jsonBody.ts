import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Contract } from '../../../spec/index.js';
import { sendProblem } from '../sendProblem.js';

/** The spec's 413 example names this limit; bodies above it get 413 payload-too-large. */
export const MAX_BODY_BYTES = 1_048_576;

/**
 * Parses JSON bodies up to `limitBytes`: the early 413 of `bodyLimit`, then Express's JSON parser.
 * The parser's errors (too large once inflated, malformed JSON) reach the app's error handler,
 * which turns them into 413 and 400 problems. Other content types leave the body undefined, which
 * the contract's validator then rejects (400).
 */
export function jsonBody(contract: Contract, limitBytes: number = MAX_BODY_BYTES): RequestHandler[] {
  return [bodyLimit(contract, limitBytes), express.json({ limit: limitBytes, strict: true, type: ['application/json', 'application/*+json'] })];
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
