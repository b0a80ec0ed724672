import { describe, expect, it } from 'vitest';
import { describeConnectionFailure, reservedInvalidHost } from './connectionFailure.js';

/** undici's shape: `TypeError: fetch failed` whose cause carries the system or TLS code. */
const fetchFailed = (code: string | undefined, message = 'boom') =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(message), code ? { code } : {}) });
const describe_ = (error: unknown, target = 'https://api.example.com/base') =>
  describeConnectionFailure(error, target, 5000);

describe('describeConnectionFailure', () => {
  it.each([
    ['ECONNREFUSED', 'connection refused: nothing is listening at https://api.example.com', true],
    ['ENOTFOUND', 'DNS: the host name api.example.com does not resolve (ENOTFOUND)', false],
    [
      'EAI_AGAIN',
      'DNS: the host name api.example.com could not be resolved (EAI_AGAIN: no DNS server answered; check the name and the network)',
      false,
    ],
    ['ECONNRESET', 'the connection to https://api.example.com was reset (ECONNRESET)', true],
    ['UND_ERR_SOCKET', 'https://api.example.com closed the connection without answering', true],
    [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'TLS: the certificate of https://api.example.com is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT); for a private CA, give Node its certificate with NODE_EXTRA_CA_CERTS=ca.pem',
      false,
    ],
    [
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'TLS: the certificate of https://api.example.com is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE); for a private CA, give Node its certificate with NODE_EXTRA_CA_CERTS=ca.pem',
      false,
    ],
    [
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'TLS: the certificate of https://api.example.com does not name the host api.example.com (hostname mismatch, ERR_TLS_CERT_ALTNAME_INVALID)',
      false,
    ],
    ['CERT_HAS_EXPIRED', 'TLS: the certificate of api.example.com is expired (CERT_HAS_EXPIRED)', false],
    [
      'ERR_SSL_WRONG_VERSION_NUMBER',
      'TLS: https://api.example.com does not speak TLS (ERR_SSL_WRONG_VERSION_NUMBER); is it a plain http:// server?',
      false,
    ],
    ['EHOSTUNREACH', 'no route to api.example.com (EHOSTUNREACH): the network cannot reach it', false],
  ])('%s: says the target and the cause in words', (code, message, retryable) => {
    expect(describe_(fetchFailed(code))).toEqual({ kind: 'connection', code, message, retryable });
  });

  it('calls connect and read timeouts timeouts', () => {
    expect(describe_(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toEqual({
      kind: 'timeout',
      message: 'no answer from https://api.example.com within 5000 ms',
      retryable: true,
    });
    expect(describe_(fetchFailed('UND_ERR_CONNECT_TIMEOUT')).kind).toBe('timeout');
  });

  it('reads the first error of an AggregateError (several addresses tried)', () => {
    const aggregate = Object.assign(
      new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:4010'), { code: 'ECONNREFUSED' })], ''),
      {},
    );
    expect(describe_(new TypeError('fetch failed', { cause: aggregate }), 'http://localhost:4010').message).toBe(
      'connection refused: nothing is listening at http://localhost:4010',
    );
  });

  it('falls back to the code or message it does not know', () => {
    expect(describe_(fetchFailed('EWEIRD')).message).toBe('the connection to https://api.example.com failed (EWEIRD)');
    expect(describe_(new Error('socket hang up')).message).toBe(
      'the connection to https://api.example.com failed (socket hang up)',
    );
  });
});

describe('reservedInvalidHost', () => {
  it('fails names under the reserved .invalid TLD only', () => {
    expect(describe_(reservedInvalidHost(new URL('http://x.INVALID.:8080/')), 'http://x.INVALID.:8080').message).toBe(
      'DNS: the host name x.invalid. does not resolve (ENOTFOUND)',
    );
    expect(reservedInvalidHost(new URL('http://invalid.example.com/'))).toBeUndefined();
  });
});
