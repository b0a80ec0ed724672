import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Contract } from '../../spec/index.js';
import { MAX_BODY_BYTES, splitTarget, type MockEngine, type MockRequest } from '../engine/index.js';
import type { RequestLog } from './requestLog.js';
import { readRequestBody } from './readRequestBody.js';
import { writeMockResponse } from './writeMockResponse.js';

/** Bytes of an unread body a client may still send after its answer before the connection is cut. */
const UNREAD_BODY_MAX_BYTES = 2 * MAX_BODY_BYTES;

/**
 * The whole mock behind Express: each request becomes a MockRequest for the engine, and its
 * MockResponse is written back. What only a socket knows stays here: the body's bytes
 * (readRequestBody), and a body the engine never asked for (an answer given before it, such as
 * 401 or 415) which is drained, an endless one cut off. `log` gets each answered request.
 */
export function engineMiddleware(engine: MockEngine, contract: Contract, log?: RequestLog) {
  return function mockEngine(req: Request, res: Response, next: NextFunction): void {
    const startedAt = log ? performance.now() : 0;
    const { path, query } = splitTarget(req.originalUrl);
    let bodyRead = false;
    const request: MockRequest = {
      method: req.method,
      path,
      query,
      header: (name) => headerValue(req.headers, name),
      readBody: (limitBytes) => {
        bodyRead = true;
        return readRequestBody(contract, req, res, limitBytes);
      },
    };
    engine
      .handle(request)
      .then((response) => {
        writeMockResponse(res, response);
        log?.(req.method, path, response.status, startedAt);
        if (!bodyRead && !req.complete) cutOffEndlessBody(req);
      })
      .catch((error: unknown) => {
        // The engine answers its own failures; this is a failure to write its answer, which Express's final handler answers.
        log?.(req.method, path, 500, startedAt);
        next(error);
      });
  };
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function cutOffEndlessBody(req: Request): void {
  let received = 0;
  const count = (chunk: Buffer) => {
    received += chunk.length;
    if (received <= UNREAD_BODY_MAX_BYTES) return;
    req.off('data', count);
    req.socket.destroy();
  };
  req.on('data', count);
}
