import type { Accounts, Principal } from '../config/index.js';
import type { MockRequest, ProblemSpec } from './MockExchange.js';

const BEARER = /^Bearer +(\S+) *$/;

/** The token of an `Authorization: Bearer <token>` header; undefined for none or another scheme. */
export function bearerToken(header: string | undefined): string | undefined {
  return header === undefined ? undefined : BEARER.exec(header)?.[1];
}

/**
 * `Authorization: Bearer <token>` to a principal, or the 401 to answer. A missing header, another
 * scheme and a token the keys file does not list are all 401; no message repeats the token. The
 * 401 and 403 details end without a period: Arize's SDK appends ". Verify your API key is
 * correct." to them.
 */
export function authenticate(accounts: Accounts, request: MockRequest): Principal | ProblemSpec {
  const header = request.header('authorization');
  const token = bearerToken(header);
  const principal = token === undefined ? undefined : accounts.authenticate(token);
  if (principal) return principal;
  const detail =
    header === undefined
      ? 'Send the header "Authorization: Bearer <api key>"'
      : token === undefined
        ? 'The Authorization header must read "Bearer <api key>"'
        : 'This API key is not known to the mock (see its keys file)';
  return { status: 401, detail };
}

export const READ_ONLY: ProblemSpec = { status: 403, detail: 'This API key is read-only' };

export function isProblem(value: Principal | ProblemSpec): value is ProblemSpec {
  return 'status' in value;
}
