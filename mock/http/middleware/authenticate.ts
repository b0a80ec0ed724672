import type { NextFunction, Request, Response } from 'express';
import type { Contract } from '../../../spec/index.js';
import type { Accounts, Principal } from '../../config/index.js';
import { sendProblem } from '../sendProblem.js';

const BEARER = /^Bearer +(\S+) *$/;

/**
 * `Authorization: Bearer <token>` to a principal, kept in res.locals for the handlers. A missing
 * header, another scheme and a token the keys file does not list are all 401; no message
 * repeats the token. The 401 and 403 details end without a period: Arize's SDK appends
 * ". Verify your API key is correct." to them.
 */
export function authenticate(contract: Contract, accounts: Accounts) {
  return function authenticateMiddleware(req: Request, res: Response, next: NextFunction): void {
    const header = req.headers.authorization;
    const token = bearerToken(header);
    const principal = token === undefined ? undefined : accounts.authenticate(token);
    if (principal) {
      res.locals.principal = principal;
      return next();
    }
    const detail =
      header === undefined
        ? 'Send the header "Authorization: Bearer <api key>"'
        : token === undefined
          ? 'The Authorization header must read "Bearer <api key>"'
          : 'This API key is not known to the mock (see its keys file)';
    sendProblem(contract, req, res, { status: 401, detail });
  };
}

/** The token of an `Authorization: Bearer <token>` header; undefined for none or another scheme. */
export function bearerToken(header: string | undefined): string | undefined {
  return header === undefined ? undefined : BEARER.exec(header)?.[1];
}

/**
 * Writes need a read-write key: a read-only one gets 403. The contract's 403 says the resource
 * exists, so on an item route (`isVisible` given) an id the caller cannot see passes on to the
 * handler, which answers 400 or 404 exactly as it would for a read-write key.
 */
export function requireWriteRole(contract: Contract, isVisible?: (accountId: string, req: Request) => boolean) {
  return function requireWriteRoleMiddleware(req: Request, res: Response, next: NextFunction): void {
    const principal = principalOf(res);
    if (principal.role === 'read-write') return next();
    if (isVisible && !isVisible(principal.accountId, req)) return next();
    sendProblem(contract, req, res, { status: 403, detail: 'This API key is read-only' });
  };
}

/** The principal `authenticate` found; only call behind it. */
export function principalOf(res: Response): Principal {
  return res.locals.principal as Principal;
}
