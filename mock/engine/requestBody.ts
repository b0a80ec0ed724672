import type { Contract } from '../../spec/index.js';
import type { MockRequest, ProblemSpec } from './MockExchange.js';

/** The spec's 413 example names this limit; bodies above it get 413 payload-too-large. */
export const MAX_BODY_BYTES = 1_048_576;

/** A media type as type-is reads one (type/subtype, lower-cased, parameters dropped). */
const MEDIA_TYPE = /^([a-z0-9][a-z0-9!#$&^_-]{0,126})\/([a-z0-9][a-z0-9!#$&^_.+-]{0,126})$/;

/** Whether a body was sent at all, as Express's parser decides it (a length, or chunked). */
export function hasBody(request: MockRequest): boolean {
  return request.header('transfer-encoding') !== undefined || !Number.isNaN(Number(request.header('content-length')));
}

/** Whether a Content-Type is read as JSON: `application/json` or `application/*+json`, any case, any parameters. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semicolon = contentType.indexOf(';');
  const match = MEDIA_TYPE.exec(
    (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).replace(/^[ \t]+|[ \t]+$/g, '').toLowerCase(),
  );
  if (!match) return false;
  const [, type, subtype = ''] = match;
  return type === 'application' && (subtype === 'json' || subtype.endsWith('+json'));
}

/** Answers 413 at once for a declared length above the limit, before the body is read. */
export function declaredTooLarge(request: MockRequest, limitBytes: number): ProblemSpec | undefined {
  const declared = Number(request.header('content-length'));
  return Number.isFinite(declared) && declared > limitBytes ? tooLarge(limitBytes) : undefined;
}

export function tooLarge(limitBytes: number): ProblemSpec {
  return { status: 413, detail: `The request body exceeds ${limitBytes} bytes.` };
}

/**
 * A body whose Content-Type is not JSON (or is missing) is 415, naming the type, before it is
 * read. No body at all, or an empty one, passes: the contract's validator rejects it (400).
 */
export function notJson(request: MockRequest): ProblemSpec | undefined {
  const sent = request.header('content-type');
  if (!hasBody(request) || isJsonContentType(sent) || request.header('content-length') === '0') return undefined;
  const shown =
    sent === undefined ? undefined : JSON.stringify(sent.length > 100 ? `${sent.slice(0, 100)}…` : sent).slice(1, -1);
  const detail =
    shown === undefined || shown.trim() === ''
      ? 'The request has a body but no Content-Type: send it as application/json.'
      : `Content-Type ${shown} is not JSON: send the body as application/json.`;
  return { status: 415, detail, errors: [{ pointer: '/headers/content-type', message: 'must be application/json' }] };
}

/** Malformed JSON: the contract's malformed-body rule. */
export function malformedJson(contract: Contract): ProblemSpec {
  return {
    status: contract.rule('malformed-body').status,
    detail: 'The request body is not valid JSON.',
    errors: [{ pointer: '/body', message: 'is not valid JSON' }],
  };
}

const FIRST_NON_WHITESPACE = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/;

/**
 * JSON text as Express's strict JSON parser reads it: a leading byte order mark is not part of
 * the JSON; an empty body is `{}`; a top level other than an object or an array is malformed;
 * otherwise JSON.parse. Undefined when malformed.
 */
export function parseJsonText(decoded: string): { readonly value: unknown } | undefined {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.length === 0) return { value: {} };
  const first = text[0] === '{' || text[0] === '[' ? text[0] : FIRST_NON_WHITESPACE.exec(text)?.[1];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}
