import type { OperationContract } from '../../spec/index.js';
import { isJsonObject } from '../core/index.js';
import { jsonResponse } from './jsonResponse.js';
import type { MockRequest, MockResponse, ProblemSpec } from './MockExchange.js';

const PREFER_CODE = /(?:^|[\s,;])code=(\S+?)(?=$|[\s,;])/;

/** What `Prefer: code=` asks of one operation: the answer to write, or a problem. */
export type Forced = { readonly response: MockResponse } | { readonly problem: ProblemSpec };

/**
 * Prism-compatible `Prefer: code=<status>`: answers with any status the operation declares,
 * using the spec's example for that response, and touches no state. It runs before
 * authentication so a frontend can see a 401 page too. An undeclared code is a 400 that lists
 * the allowed ones. The examples are read once, when the route is built.
 */
export function preferCode(operation: OperationContract): (request: MockRequest) => Forced | undefined {
  const allowed = operation.declaredStatuses.join(', ');
  const examples = new Map(
    operation.declaredStatuses.map((status) => [
      status,
      structuredClone(operation.responses.get(String(status))?.example),
    ]),
  );
  return function forcedByPrefer(request) {
    const prefer = request.header('prefer');
    if (prefer === undefined) return undefined;
    const requested = PREFER_CODE.exec(prefer)?.[1];
    if (requested === undefined) return undefined;
    const status = /^\d{3}$/.test(requested) ? Number(requested) : Number.NaN;
    if (!examples.has(status)) {
      const message = `must be one of the statuses ${operation.operationId} declares: ${allowed}`;
      return {
        problem: {
          status: 400,
          detail: `Prefer: code=${requested} is not a status ${operation.operationId} declares (allowed: ${allowed}).`,
          errors: [{ pointer: '/headers/prefer', message }],
        },
      };
    }
    const example = examples.get(status);
    if (status < 400) return { response: jsonResponse(status, example) };
    const fields: Record<string, unknown> = isJsonObject(example) ? example : {};
    const detail = typeof fields.detail === 'string' ? fields.detail : `Forced by Prefer: code=${status}.`;
    const errors = Array.isArray(fields.errors) && fields.errors.every(isIssue) ? fields.errors : undefined;
    return { problem: { status, detail, ...(errors ? { errors } : {}) } };
  };
}

/** An entry of a problem example's `errors`. */
function isIssue(value: unknown): value is { pointer: string; message: string } {
  return isJsonObject(value) && typeof value.pointer === 'string' && typeof value.message === 'string';
}
