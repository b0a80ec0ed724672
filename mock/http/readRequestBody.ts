import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import type { Contract } from '../../spec/index.js';
import { isJsonObject } from '../core/index.js';
import {
  malformedJson,
  tooLarge,
  unreadableRequest,
  unsupportedCharset,
  unsupportedEncoding,
  type BodyRead,
} from '../engine/index.js';

/** The media types Express's parser reads as JSON (the engine has already refused others). */
const JSON_TYPES = ['application/json', 'application/*+json'];
/** Content-Types read without Express's parser: UTF-8 JSON as nearly every client sends it. */
const PLAIN_JSON = /^application\/json(?:;\s*charset="?utf-8"?)?$/i;

/**
 * The body's bytes for the engine, at most `limitBytes` of them. UTF-8 JSON without
 * Content-Encoding (what clients send) is read here and handed over as text; anything else
 * (gzip or deflate, another charset) goes through Express's JSON parser, whose errors become
 * refusals: 413, 415 for a charset or encoding it cannot read, 400 for malformed JSON.
 *
 * Either way the bytes are counted as they arrive: the chunk that passes the limit is answered
 * 413 at once (a parser alone reads a too-large chunked body to its end) and the connection is
 * closed after the answer; a client that keeps sending another `limitBytes` is cut off.
 */
export function readRequestBody(
  contract: Contract,
  req: IncomingMessage,
  res: ServerResponse,
  limitBytes: number,
): Promise<BodyRead> {
  return new Promise<BodyRead>((resolve, reject) => {
    let settled = false;
    const settle = (read: BodyRead) => {
      if (settled) return;
      settled = true;
      resolve(read);
    };
    const fast = req.headers['content-encoding'] === undefined && PLAIN_JSON.test(req.headers['content-type'] ?? '');
    const chunks: Buffer[] = [];
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > 2 * limitBytes) {
        req.off('data', count);
        req.socket.destroy();
      } else if (received > limitBytes) {
        settle({ kind: 'refused', problem: tooLarge(limitBytes), closeConnection: true });
      } else if (fast) chunks.push(chunk);
    };
    req.on('data', count);
    if (fast) {
      req.once('end', () => {
        settle({ kind: 'text', text: Buffer.concat(chunks).toString('utf8') });
      });
      req.once('error', () => settle({ kind: 'refused', problem: unreadableRequest() }));
      req.once('close', () => {
        if (!req.complete) settle({ kind: 'refused', problem: unreadableRequest() });
      });
      return;
    }
    jsonParser(limitBytes)(req as express.Request, res as express.Response, (error?: unknown) => {
      // An error the parser has no refusal for is a bug: the engine answers it with a 500.
      try {
        settle(
          error === undefined
            ? { kind: 'json', value: 'body' in req ? req.body : undefined }
            : refusalOf(contract, error, limitBytes),
        );
      } catch (bug) {
        if (!settled) reject(bug);
      }
    });
  });
}

const parsers = new Map<number, express.RequestHandler>();

function jsonParser(limitBytes: number): express.RequestHandler {
  let parser = parsers.get(limitBytes);
  if (!parser) {
    parser = express.json({ limit: limitBytes, strict: true, type: JSON_TYPES });
    parsers.set(limitBytes, parser);
  }
  return parser;
}

/** Express's parser errors as refusals: too large, malformed, a charset or Content-Encoding it cannot read. */
function refusalOf(contract: Contract, error: unknown, limitBytes: number): BodyRead {
  const e: Record<string, unknown> = isJsonObject(error) ? error : {};
  if (e.type === 'entity.too.large')
    return { kind: 'refused', problem: tooLarge(typeof e.limit === 'number' ? e.limit : limitBytes) };
  if (e.type === 'entity.parse.failed') return { kind: 'refused', problem: malformedJson(contract) };
  if (e.type === 'charset.unsupported')
    return { kind: 'refused', problem: unsupportedCharset(String(e.charset ?? '')) };
  if (e.type === 'encoding.unsupported')
    return { kind: 'refused', problem: unsupportedEncoding(String(e.encoding ?? '')) };
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500)
    return { kind: 'refused', problem: unreadableRequest() };
  throw error;
}
