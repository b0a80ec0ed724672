import type { NextFunction, Request, Response } from 'express';
import type { Contract } from '../../spec/index.js';
import type { MockLogger } from '../MockLogger.js';
import { sendProblem } from './sendProblem.js';

interface HttpError {
  status?: number;
  type?: string;
  limit?: number;
  charset?: string;
  encoding?: string;
}

/** A value named in a detail: at most 40 characters, quoted. */
function quoted(value: string | undefined): string {
  const text = String(value ?? '');
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Errors Express and its body parser raise, as problems: too large a body is 413, malformed JSON
 * (or an undecodable path) 400, a charset or Content-Encoding the parser cannot read 415. Anything else is a bug of the mock: a 500 problem and an error
 * line naming the request, never its body.
 */
export function problemErrorHandler(contract: Contract, logger: MockLogger) {
  return function problemErrorHandlerMiddleware(error: unknown, req: Request, res: Response, next: NextFunction): void {
    const e = (error ?? {}) as HttpError;
    // The body parser finishing (or aborting) a body already answered 413 by bodyLimit: nothing to add.
    if (res.headersSent && typeof e.type === 'string' && /^(entity|request)\./.test(e.type)) return;
    if (res.headersSent) return next(error);
    if (e.type === 'entity.too.large') {
      return sendProblem(contract, req, res, { status: 413, detail: `The request body exceeds ${e.limit ?? 'the allowed'} bytes.` });
    }
    if (e.type === 'entity.parse.failed') {
      return sendProblem(contract, req, res, { status: contract.rule('malformed-body').status, detail: 'The request body is not valid JSON.', errors: [{ pointer: '/body', message: 'is not valid JSON' }] });
    }
    // Express's parser names what it cannot read: a charset other than UTF-8, an unknown Content-Encoding.
    if (e.type === 'charset.unsupported' || e.type === 'encoding.unsupported') {
      const what = e.type === 'charset.unsupported' ? `Charset ${quoted(e.charset)} is not supported: send UTF-8 JSON` : `Content-Encoding ${quoted(e.encoding)} is not supported: send the body uncompressed or gzip-compressed`;
      return sendProblem(contract, req, res, { status: 415, detail: `${what}.` });
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      return sendProblem(contract, req, res, { status: 400, detail: 'The request cannot be read (encoding, charset or path).' });
    }
    logger.error(`${req.method} ${req.originalUrl.split('?')[0]} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    sendProblem(contract, req, res, { status: 500, detail: 'The mock failed on this request; see its log.' });
  };
}

/** Paths and methods the contract does not have. */
export function notFound(contract: Contract) {
  return function notFoundMiddleware(req: Request, res: Response): void {
    sendProblem(contract, req, res, { status: 404, detail: `${req.method} ${req.path} is not an operation of this API.` });
  };
}
