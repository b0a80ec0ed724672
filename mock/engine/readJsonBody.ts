import type { Contract } from '../../spec/index.js';
import type { MockRequest, ProblemSpec } from './MockExchange.js';
import { declaredTooLarge, hasBody, isJsonContentType, malformedJson, notJson, parseJsonText } from './requestBody.js';

/** A JSON body read, or the problem that refuses it (and whether the connection must close after it). */
export type JsonBody =
  | { readonly value: unknown }
  | { readonly problem: ProblemSpec; readonly closeConnection?: boolean };

/**
 * The body of an operation that takes one, up to `limitBytes`: 413 at once for a declared length
 * above it, 415 for a body not sent as JSON, then the transport's bytes judged as JSON (malformed
 * is the contract's malformed-body status). No body, or an empty one not sent as JSON, is
 * `undefined`, which the contract's validator then rejects (400).
 */
export async function readJsonBody(contract: Contract, request: MockRequest, limitBytes: number): Promise<JsonBody> {
  const tooLarge = declaredTooLarge(request, limitBytes);
  if (tooLarge) return { problem: tooLarge, closeConnection: true };
  const wrongType = notJson(request);
  if (wrongType) return { problem: wrongType };
  if (!hasBody(request) || !isJsonContentType(request.header('content-type'))) return { value: undefined };
  const read = await request.readBody(limitBytes);
  switch (read.kind) {
    case 'absent':
      return { value: undefined };
    case 'json':
      return { value: read.value };
    case 'text':
      return parseJsonText(read.text) ?? { problem: malformedJson(contract) };
    case 'refused':
      return { problem: read.problem, ...(read.closeConnection ? { closeConnection: true } : {}) };
  }
}
