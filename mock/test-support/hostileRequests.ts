import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Contract } from '../../spec/index.js';
import { invalidUpdateBody, validUpdateBody } from '../../generators/index.js';
import {
  anyJsonValue,
  PROTOTYPE_NAMES,
  unknownKeyBodies,
  unknownName,
  withKey,
} from '../../spec/test-support/unknownKeyBodies.js';
import { contractValues } from './contractValues.js';
import type { HttpRequestSpec } from './rawHttp.js';

/**
 * The catalogue of hostile requests the fuzz test sends to one mock. Each request says where it
 * may go: requests to the *protected* accounts must all be refused (so those accounts' state must
 * come out byte-identical), requests that a lenient reading might accept (BOM, odd charsets,
 * `__proto__` header names, duplicate keys whose last value is valid) go to *scratch* accounts.
 */
export interface HostileRequest {
  /** Category, for the figures. */
  readonly kind: string;
  /** node:http (keep-alive) or raw bytes on a fresh socket. */
  readonly http?: HttpRequestSpec;
  readonly raw?: Buffer;
  /** Raw only: half-close after writing (default true). */
  readonly endAfterWrite?: boolean;
  /** The statuses allowed; undefined: anything below 500. */
  readonly expect?: readonly number[];
  /** The server may drop the connection without answering (a CONNECT nobody handles, an aborted upload). */
  readonly mayDrop?: boolean;
}

export interface HostileAccount {
  readonly token: string;
  readonly ids: readonly string[];
  readonly names: readonly string[];
}

export interface HostileContext {
  readonly contract: Contract;
  readonly host: string;
  readonly protectedAccounts: readonly HostileAccount[];
  readonly scratchTokens: readonly string[];
  /** A well-formed id no account holds. */
  readonly unknownId: string;
  /** A fresh `sk-leak-<random>` key, remembered as a secret that must never come back. */
  readonly leakKey: () => string;
}

const BASE = '/v2/ai-integrations';
const JSON_TYPE = { 'content-type': 'application/json' };
const REFUSED = [400, 401, 403, 404, 405, 409, 413, 415, 422, 431];

/** All the hostile requests, in a fixed order (fixed seeds): at least `minimum` of them. */
export function hostileRequests(ctx: HostileContext, minimum = 10_000): HostileRequest[] {
  const out: HostileRequest[] = [];
  // The values of the edition the mock speaks: a provider that needs no metadata, and the first two that do.
  const values = contractValues(ctx.contract);
  const J = JSON.stringify;
  const plain = values.plainProviders[0]!;
  const [withMetadata, otherMetadata] = values.metadataProviders;
  if (!withMetadata || !otherMetadata)
    throw new Error('The contract needs two providers with metadata of different kinds');
  /** Metadata text of a kind with its object left open, so that members can follow. */
  const openMetadata = (kind: string) => J(values.metadata(kind)).slice(0, -1);
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  const account = (i: number) => pick(ctx.protectedAccounts, i);
  const idOf = (i: number) => pick(account(i).ids, Math.floor(i / ctx.protectedAccounts.length));
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const patchProtected = (
    i: number,
    body: Buffer | string,
    headers: Record<string, string> = JSON_TYPE,
    expect: readonly number[] = REFUSED,
  ): HostileRequest => ({
    kind: '',
    http: {
      method: 'PATCH',
      path: `${BASE}/${encodeURIComponent(idOf(i))}`,
      headers: { ...auth(account(i).token), ...headers },
      body,
    },
    expect,
  });
  const scratch = (
    i: number,
    method: string,
    path: string,
    body: Buffer | string | undefined,
    headers: Record<string, string> = JSON_TYPE,
  ): HostileRequest => ({
    kind: '',
    http: {
      method,
      path,
      headers: { ...auth(pick(ctx.scratchTokens, i)), ...headers },
      ...(body === undefined ? {} : { body }),
    },
  });
  const add = (kind: string, request: HostileRequest) => out.push({ ...request, kind });
  const rawRequest = (requestLine: string, headers: string[], body: Buffer | string = '') =>
    Buffer.concat([
      Buffer.from(
        `${requestLine}\r\nHost: ${ctx.host}\r\nConnection: close\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`,
        'latin1',
      ),
      Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
    ]);
  const withLeakKey = (value: unknown): string => {
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof (value as { api_key?: unknown }).api_key === 'string' &&
      (value as { api_key: string }).api_key !== ''
    ) {
      return JSON.stringify({ ...(value as object), api_key: ctx.leakKey() });
    }
    return JSON.stringify(value);
  };

  // 1. The generators' invalid families, as PATCH (exact status) and as POST (some refusal).
  const takenNames = ctx.protectedAccounts.flatMap((a) => a.names);
  const invalid = fc.sample(invalidUpdateBody(ctx.contract, { takenNames }), { numRuns: 5000, seed: 20260213 });
  invalid.forEach((inv, i) => {
    const text = inv.value === undefined ? inv.text : withLeakKey(inv.value);
    add(`generated:${inv.family}`, patchProtected(i, text, JSON_TYPE, [inv.status]));
    // An invalid PATCH body may still be a valid create body (a name taken only in a protected account): scratch accounts.
    if (i % 5 === 0) add(`generated-create:${inv.family}`, scratch(i, 'POST', BASE, text));
  });

  // 2. Malformed JSON: every cut of valid bodies (a proper prefix of an object is never JSON), and classics.
  const valid = fc.sample(validUpdateBody(ctx.contract), { numRuns: 40, seed: 7 }).map((v) => withLeakKey(v));
  let n = 0;
  for (const text of valid)
    for (let cut = 0; cut < text.length && n < 1200; cut += 3, n++)
      add('truncated-json', patchProtected(n, text.slice(0, cut)));
  const classics = [
    "{'name':'x'}",
    '{"name":"x",}',
    '{"name":NaN}',
    '{"name":"x"}garbage',
    '{"name":"x"}{"name":"y"}',
    '{name:"x"}',
    '{"name":"x"',
    '[',
    '{"a":',
    'nul',
    '{"name":"\\ud800"',
    '{"name":"\\x41"}',
    '\u0000',
    '{"name":"x"}\u0000',
    '{"name":01}',
    `{"name":"x" "provider":${J(plain)}}`,
  ];
  for (const [i, text] of classics.entries()) add('malformed-json', patchProtected(i, text));

  // 3. Wrong and missing content types on bodies that are valid JSON (never parsed: 415).
  const refusedTypes = [
    undefined,
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/octet-stream',
    'text/json',
    'json',
    '*/*',
    '',
  ];
  for (const [i, text] of valid.slice(0, 20).entries())
    for (const [j, type] of refusedTypes.entries())
      add('content-type', patchProtected(i + j, text, type === undefined ? {} : { 'content-type': type }, [415]));
  const oddTypes = [
    'APPLICATION/JSON',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json; charset=bogus',
    'application/merge-patch+json',
    'application/json;;;',
    'application/json; charset="utf-8"',
  ];
  for (const [i, text] of valid.slice(0, 10).entries())
    for (const type of oddTypes)
      add(
        'content-type-odd',
        scratch(i, 'POST', BASE, withName(text, `ct-${i}-${type}`, plain), { 'content-type': type }),
      );

  // 4. Bodies over the limit: 10 MB, a gzip bomb, broken encodings.
  const tenMb = `{"name":"${'x'.repeat(10 * 1024 * 1024)}"}`;
  for (let i = 0; i < 4; i++) add('body-10mb', { ...patchProtected(i, tenMb, JSON_TYPE, [413]), mayDrop: false });
  add('body-10mb', {
    kind: '',
    http: { method: 'POST', path: BASE, headers: { ...auth(account(0).token), ...JSON_TYPE }, body: tenMb },
    expect: [413],
  });
  const bomb = gzipSync(Buffer.from(`{"name":"${'0'.repeat(20 * 1024 * 1024)}"}`));
  for (let i = 0; i < 3; i++)
    add('gzip-bomb', patchProtected(i, bomb, { ...JSON_TYPE, 'content-encoding': 'gzip' }, [413]));
  for (const encoding of ['gzip', 'deflate', 'br', 'compress', 'x-unknown', 'gzip, gzip'])
    add('content-encoding', patchProtected(1, '{"name":"plain"}', { ...JSON_TYPE, 'content-encoding': encoding }));

  // 5. Nesting 10,000 and 100,000 deep, in every place a value can go.
  for (const depth of [10_000, 100_000]) {
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    for (const nested of [arrays, objects]) {
      for (const field of ['name', 'headers', 'provider_metadata', 'scopings', 'model_names', 'unknown_field'])
        add('deep-nesting', patchProtected(depth + field.length, `{"${field}":${nested}}`));
      add('deep-nesting', patchProtected(depth, nested));
      add('deep-nesting', {
        kind: '',
        http: {
          method: 'POST',
          path: BASE,
          headers: { ...auth(account(1).token), ...JSON_TYPE },
          body: `{"name":"deep","provider":${J(plain)},"headers":${nested}}`,
        },
        expect: REFUSED,
      });
    }
  }

  // 6. __proto__ and constructor: as body keys, inside headers, metadata, scopings, as HTTP header names and query keys.
  const pollution = [
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"__proto__":{"polluted":"yes"},"name":"proto-top"}',
    '{"name":"p","__proto__":null}',
  ];
  for (const [i, text] of pollution.entries()) add('proto-body', patchProtected(i, text));
  // As text: in an object literal `__proto__` sets a prototype instead of making a key.
  const protoValues = [
    '{"headers":{"__proto__":"x","constructor":"y","prototype":"z","hasOwnProperty":"w"}}',
    '{"headers":{"polluted":"yes"},"model_names":["__proto__","constructor"]}',
    `{"provider":${J(withMetadata.provider)},"provider_metadata":${openMetadata(withMetadata.kind)},"__proto__":{${J(values.kindProperty)}:${J(otherMetadata.kind)}},"constructor":{"prototype":{"polluted":"yes"}}}}`,
    `{"provider":${J(otherMetadata.provider)},"provider_metadata":${openMetadata(otherMetadata.kind)},"__proto__":{"polluted":"yes"}}}`,
    '{"scopings":[{"__proto__":{"organization_id":"T3JnOjE6YWFhYQ=="}},{"constructor":{"prototype":{"polluted":"yes"}}}]}',
    '{"scopings":[{"organization_id":"__proto__","space_id":"constructor"}]}',
    '{"headers":{"__proto__":{"polluted":"yes"}}}',
  ];
  for (let i = 0; i < 70; i++) {
    const body = pick(protoValues, i);
    add('proto-in-values', scratch(i, 'POST', BASE, withName(body, `proto-${i}`, plain)));
    add('proto-in-values', scratch(i, 'PATCH', `${BASE}/${encodeURIComponent(ctx.unknownId)}`, body));
    add('proto-in-values', patchProtected(i, `{"enable_default_models":"no",${body.slice(1)}`));
  }
  for (let i = 0; i < 40; i++) {
    const headers = {
      ...JSON_TYPE,
      __proto__: 'x',
      constructor: 'y',
      'x-__proto__': 'z',
      hasownproperty: 'w',
      tostring: 'v',
    } as Record<string, string>;
    add('proto-http-header', patchProtected(i, '{"name":5}', headers));
    add('proto-query', {
      kind: '',
      http: {
        method: 'GET',
        path: `${BASE}?__proto__=1&constructor=2&constructor[prototype][polluted]=yes&__proto__[polluted]=yes`,
        headers: auth(account(i).token),
      },
    });
  }

  // 6b. Unknown keys named like Object.prototype members (and at random) in every closed object of
  // both bodies, to the protected accounts: every one must be refused, as a create and as a PATCH.
  const probe = unknownKeyBodies(ctx.contract);
  const unknownKeyBody = (i: number, path: readonly (string | number)[], name: string, value: unknown) =>
    J(withKey({ ...pick(probe.bodies, i), name: `proto-unknown-${i}` }, path, name, value));
  let p = 0;
  for (const name of PROTOTYPE_NAMES) {
    for (const path of probe.closedObjects) {
      for (let b = 0; b < probe.bodies.length; b++, p++) {
        add(
          'proto-unknown-key',
          patchProtected(p, unknownKeyBody(b, path, name, p % 2 === 0 ? 'x' : { polluted: 'yes' }), JSON_TYPE, [400]),
        );
        add('proto-unknown-key', {
          kind: '',
          http: {
            method: 'POST',
            path: BASE,
            headers: { ...auth(account(p).token), ...JSON_TYPE },
            body: unknownKeyBody(b, path, name, 'x'),
          },
          expect: [400],
        });
      }
    }
  }
  fc.sample(fc.tuple(fc.constantFrom(...probe.closedObjects), unknownName(probe.declaredNames), anyJsonValue), {
    numRuns: 100,
    seed: 1212,
  }).forEach(([path, name, value], i) => {
    add('proto-unknown-key', patchProtected(i, unknownKeyBody(i, path, name, value), JSON_TYPE, [400]));
  });

  // 7. Invalid UTF-8: in bodies (refused and scratch), paths, queries and header values.
  const badUtf8 = [
    Buffer.from([0xc3, 0x28]),
    Buffer.from([0xff, 0xfe]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
    Buffer.from([0xc0, 0xaf]),
  ];
  for (let i = 0; i < 100; i++) {
    const bad = pick(badUtf8, i);
    add('invalid-utf8', patchProtected(i, Buffer.concat([Buffer.from('{"name":5,"x":"'), bad, Buffer.from('"}')])));
    add(
      'invalid-utf8',
      scratch(
        i,
        'POST',
        BASE,
        Buffer.concat([Buffer.from(`{"provider":${J(plain)},"name":"utf8-${i}-`), bad, Buffer.from('"}')]),
      ),
    );
    add('invalid-utf8-raw', {
      kind: '',
      raw: Buffer.concat([
        Buffer.from(`GET ${BASE}/`),
        bad,
        Buffer.from(
          ` HTTP/1.1\r\nHost: ${ctx.host}\r\nConnection: close\r\nAuthorization: Bearer ${account(i).token}\r\n\r\n`,
          'latin1',
        ),
      ]),
      expect: REFUSED,
      mayDrop: true,
    });
    add('invalid-utf8-raw', {
      kind: '',
      raw: Buffer.concat([
        Buffer.from(`GET ${BASE}?name=`),
        bad,
        Buffer.from(` HTTP/1.1\r\nHost: ${ctx.host}\r\nConnection: close\r\nAuthorization: Bearer `, 'latin1'),
        bad,
        Buffer.from('\r\n\r\n'),
      ]),
      mayDrop: true,
    });
    add('invalid-utf8', {
      kind: '',
      http: { method: 'GET', path: `${BASE}/%FF%FE${i}`, headers: auth(account(i).token) },
      expect: REFUSED,
    });
  }

  // 8. Odd ids: path traversal, NUL, 10k and 20k characters, foreign and unknown ids, bad escapes.
  const someId = idOf(0);
  const oddIds = [
    '..%2F..%2F__admin%2Freset',
    '..%2F..%2F__admin%2Fstate',
    '..',
    '.',
    '%2e%2e',
    '%2e%2e%2f%2e%2e%2f__admin%2freset',
    '%00',
    `%00${someId}`,
    `${encodeURIComponent(someId)}%00`,
    'A'.repeat(10_000),
    `${encodeURIComponent(someId)}${'='.repeat(10_000)}`,
    '%ZZ',
    '%',
    '%u0041',
    'ü',
    '%E2%80%AE',
    `%20${encodeURIComponent(someId)}`,
    encodeURIComponent(someId.toLowerCase()),
    ...ctx.protectedAccounts
      .flatMap((a) => a.ids)
      .filter((id) => id.endsWith('='))
      .slice(0, 1)
      .map((id) => encodeURIComponent(id.replace(/=+$/, ''))),
    encodeURIComponent(ctx.unknownId),
    encodeURIComponent(Buffer.from('LlmIntegration:-1:abcd').toString('base64')),
    encodeURIComponent(Buffer.from('LlmIntegration:99999999999999999999:abcd').toString('base64')),
    encodeURIComponent(Buffer.from('User:1:abcd').toString('base64')),
    'null',
    'undefined',
    '__proto__',
    'constructor',
    '0',
    '-1',
    '%7B%7D',
  ];
  for (let i = 0; i < oddIds.length * 6; i++) {
    const id = pick(oddIds, i);
    const a = account(i);
    const method = pick(['GET', 'PATCH', 'DELETE'], Math.floor(i / oddIds.length));
    add('odd-id', {
      kind: '',
      http: {
        method,
        path: `${BASE}/${id}`,
        headers: { ...auth(a.token), ...JSON_TYPE },
        ...(method === 'PATCH' ? { body: JSON.stringify({ name: `odd-${i}`, api_key: ctx.leakKey() }) } : {}),
      },
      expect: REFUSED,
    });
  }
  for (const id of ['A'.repeat(20_000), '%41'.repeat(7_000)])
    add('odd-id-huge', {
      kind: '',
      http: { method: 'GET', path: `${BASE}/${id}`, headers: auth(account(0).token) },
      expect: [...REFUSED, 414],
      mayDrop: true,
    });
  for (const path of [
    `${BASE}/../../__admin/reset`,
    `${BASE}/..%2f..%2f__admin/reset`,
    `/v2/./ai-integrations/../../__admin/reset`,
    '//__admin/reset',
    `/__admin/reset/..`,
    `/__ADMIN/reset`,
  ]) {
    add('path-traversal', {
      kind: '',
      raw: rawRequest(`POST ${path} HTTP/1.1`, ['Content-Length: 0']),
      expect: REFUSED,
    });
  }
  // Every integration of one account, through the other accounts' keys: 404 (and unchanged).
  for (const [o, owner] of ctx.protectedAccounts.entries())
    for (const [k, id] of owner.ids.entries())
      for (const [c, caller] of ctx.protectedAccounts.entries()) {
        if (c === o) continue;
        for (const method of ['GET', 'PATCH', 'DELETE']) {
          add('cross-account', {
            kind: '',
            http: {
              method,
              path: `${BASE}/${encodeURIComponent(id)}`,
              headers: { ...auth(caller.token), ...JSON_TYPE },
              ...(method === 'PATCH' ? { body: JSON.stringify({ name: `stolen-${k}` }) } : {}),
            },
            expect: [404],
          });
        }
      }

  // 9. Duplicate JSON keys (last one wins: refused when the last is bad, scratch when it is good).
  for (let i = 0; i < 100; i++) {
    add('duplicate-keys', patchProtected(i, `{"name":"fine-${i}","name":5}`));
    add('duplicate-keys', patchProtected(i, `{"api_key":"${ctx.leakKey()}","api_key":7}`));
    add(
      'duplicate-keys',
      patchProtected(
        i,
        `{"provider":${J(plain)},"provider":${J(withMetadata.provider)},"provider_metadata":${J(values.metadata(otherMetadata.kind))}}`,
        JSON_TYPE,
        [422],
      ),
    );
    add(
      'duplicate-keys',
      scratch(
        i,
        'POST',
        BASE,
        `{"name":5,"name":"dup-${i}","provider":"nope","provider":${J(plain)},"api_key":7,"api_key":"${ctx.leakKey()}"}`,
      ),
    );
  }

  // 10. Huge header maps: many headers, long values, beyond the 16 KiB limit, duplicated Authorization.
  for (let i = 0; i < 40; i++) {
    const many: Record<string, string> = { ...JSON_TYPE };
    for (let h = 0; h < 1000; h++) many[`x-fuzz-${h}`] = String(h);
    add('huge-headers', patchProtected(i, '{"name":5}', many));
    add('huge-headers', patchProtected(i, '{"name":5}', { ...JSON_TYPE, 'x-long': 'v'.repeat(12_000) }));
    const lines = Array.from({ length: 3000 }, (_, h) => `X-F${h}: ${h}`);
    add('huge-headers-over-limit', {
      kind: '',
      raw: rawRequest(
        `PATCH ${BASE}/${encodeURIComponent(idOf(i))} HTTP/1.1`,
        [`Authorization: Bearer ${account(i).token}`, ...lines, 'Content-Type: application/json', 'Content-Length: 2'],
        '{}',
      ),
      expect: REFUSED,
      mayDrop: true,
    });
    add('huge-headers-over-limit', {
      kind: '',
      raw: rawRequest(`GET ${BASE} HTTP/1.1`, [`Authorization: Bearer ${'t'.repeat(40_000)}`]),
      expect: REFUSED,
      mayDrop: true,
    });
    add('duplicate-headers', {
      kind: '',
      raw: rawRequest(
        `PATCH ${BASE}/${encodeURIComponent(idOf(i))} HTTP/1.1`,
        [
          `Authorization: Bearer ${account(i).token}`,
          `Authorization: Bearer ${account(i + 1).token}`,
          'Content-Type: application/json',
          'Content-Type: text/plain',
          'Content-Length: 10',
        ],
        '{"name":5}',
      ),
      expect: REFUSED,
    });
  }

  // 11. Wrong content-length and truncated bodies on the wire.
  for (let i = 0; i < 150; i++) {
    const body = `{"name":"wire-${i}","api_key":"${ctx.leakKey()}"}`;
    const line = `PATCH ${BASE}/${encodeURIComponent(idOf(i))} HTTP/1.1`;
    const head = [`Authorization: Bearer ${account(i).token}`, 'Content-Type: application/json'];
    add('truncated-body', {
      kind: '',
      raw: rawRequest(line, [...head, `Content-Length: ${body.length + 50}`], body.slice(0, 10 + (i % 20))),
      expect: REFUSED,
      mayDrop: true,
    });
    add('short-content-length', {
      kind: '',
      raw: rawRequest(line, [...head, `Content-Length: ${5 + (i % 10)}`], body),
      expect: REFUSED,
    });
    add('bad-content-length', {
      kind: '',
      raw: rawRequest(
        line,
        [
          ...head,
          pick(
            [
              'Content-Length: -1',
              'Content-Length: abc',
              'Content-Length: 1e3',
              'Content-Length: 99999999999999999999',
              'Content-Length: 5, 6',
              'Content-Length: 0x10',
            ],
            i,
          ),
        ],
        body,
      ),
      expect: REFUSED,
      mayDrop: true,
    });
    add('bad-chunked', {
      kind: '',
      raw: rawRequest(
        line,
        [...head, 'Transfer-Encoding: chunked', ...(i % 2 ? [`Content-Length: ${body.length}`] : [])],
        pick(
          [
            `zz\r\n${body}\r\n0\r\n\r\n`,
            `5\r\n${body}\r\n0\r\n\r\n`,
            `${body.length.toString(16)}\r\n${body}`,
            `ffffffffffffffff\r\n${body}`,
          ],
          i,
        ),
      ),
      expect: REFUSED,
      mayDrop: true,
    });
  }

  // 12. Odd methods, odd authorization, odd Prefer, odd queries.
  const methods = [
    'TRACE',
    'PROPFIND',
    'PURGE',
    'LOCK',
    'SEARCH',
    'MKCOL',
    'COPY',
    'MOVE',
    'PUT',
    'HEAD',
    'OPTIONS',
    'PATCH',
    'POST',
    'DELETE',
  ];
  for (let i = 0; i < methods.length * 8; i++) {
    const method = pick(methods, i);
    const path = pick(
      [BASE, `${BASE}/${encodeURIComponent(ctx.unknownId)}`, '/', '/v2', '/__admin/state', '/V2/AI-INTEGRATIONS'],
      Math.floor(i / methods.length),
    );
    const refusable = !['GET', 'HEAD', 'OPTIONS'].includes(method) && path !== '/__admin/state';
    add('odd-method', {
      kind: '',
      http: {
        method,
        path,
        headers: { ...auth(account(i).token), ...JSON_TYPE },
        body: method === 'PATCH' || method === 'POST' ? '{"name":5}' : '',
      },
      ...(refusable ? { expect: REFUSED } : {}),
    });
  }
  for (const line of [
    'FOO / HTTP/1.1',
    `get ${BASE} HTTP/1.1`,
    `CONNECT 127.0.0.1:80 HTTP/1.1`,
    `GET ${BASE} HTTP/9.9`,
    `GET ${BASE}`,
    `GET  ${BASE} HTTP/1.1`,
    'GET http://evil.test/v2/ai-integrations HTTP/1.1',
    '\u0000\u0001\u0002',
    'PATCH HTTP/1.1',
  ]) {
    for (let i = 0; i < 3; i++)
      add('odd-request-line', {
        kind: '',
        raw: rawRequest(line, [`Authorization: Bearer ${account(i).token}`]),
        mayDrop: true,
      });
  }
  const authorizations = [
    'Bearer __proto__',
    'Bearer constructor',
    'Bearer toString',
    `Bearer ${'x'.repeat(10_000)}`,
    'Bearer a b',
    'bearer lower',
    'Basic dXNlcjpwYXNz',
    'Bearer\ttab',
    'Bearer %00',
    'Bearer',
    'Bearer  ',
    ' Bearer x',
    'Token x',
  ];
  for (let i = 0; i < authorizations.length * 6; i++) {
    const authorization = pick(authorizations, i);
    const which = Math.floor(i / authorizations.length) % 3;
    if (which === 0)
      add('odd-authorization', { kind: '', http: { method: 'GET', path: BASE, headers: { authorization } } });
    else if (which === 1)
      add('odd-authorization', {
        kind: '',
        http: { method: 'GET', path: '/__admin/state', headers: { authorization } },
      });
    else
      add('odd-authorization', {
        kind: '',
        http: {
          method: 'PATCH',
          path: `${BASE}/${encodeURIComponent(idOf(i))}`,
          headers: { authorization, ...JSON_TYPE },
          body: JSON.stringify({ name: 'by-odd-auth' }),
        },
        expect: REFUSED,
      });
  }
  const prefers = [
    'code=500',
    'code=999',
    'code=200',
    'code=201',
    'code=',
    `code=${'9'.repeat(5000)}`,
    'code=404, code=200',
    'code=abc',
    'dynamic=true',
    'code=200;code=409',
  ];
  for (let i = 0; i < prefers.length * 4; i++) {
    // Only a declared code short-cuts the request; any other Prefer leaves a real PATCH, which must be refused.
    add(
      'odd-prefer',
      patchProtected(
        i,
        '{"name":"forced-by-prefer","enable_default_models":"no"}',
        { ...JSON_TYPE, prefer: pick(prefers, i) },
        [200, 400, 401, 403, 404, 409, 422, 429],
      ),
    );
  }
  const queries = [
    'limit=0',
    'limit=101',
    'limit=-1',
    'limit=1e309',
    'limit=abc',
    'limit=1&limit=2',
    'limit[]=1',
    'cursor=%FF',
    'cursor=',
    `cursor=${'A'.repeat(5000)}`,
    `name=${'n'.repeat(300)}`,
    'name=%00',
    'space_id=..%2F',
    'space_name[__proto__]=x',
    'unknown=1',
    '&&&',
    '=',
    '%',
    'limit=50&cursor=Y3Vyc29yOjE',
    `name=${'%25'.repeat(2000)}`,
  ];
  for (let i = 0; i < queries.length * 8; i++)
    add('odd-query', {
      kind: '',
      http: { method: 'GET', path: `${BASE}?${pick(queries, i)}`, headers: auth(account(i).token) },
    });

  // Top up with more generated invalid bodies until the minimum is reached.
  if (out.length < minimum) {
    const more = fc.sample(invalidUpdateBody(ctx.contract, { takenNames }), {
      numRuns: minimum - out.length,
      seed: 99,
    });
    for (const [i, inv] of more.entries())
      add(
        `generated:${inv.family}`,
        patchProtected(i + 1, inv.value === undefined ? inv.text : withLeakKey(inv.value), JSON_TYPE, [inv.status]),
      );
  }
  return out;
}

/** A JSON object text with `name` and `provider` put in front (a later `provider` key wins), for creates in scratch accounts. */
function withName(text: string, name: string, provider: string): string {
  const inner = text.trim().slice(1);
  return `{"name":${JSON.stringify(name)},"provider":${JSON.stringify(provider)}${inner.startsWith('}') ? '' : ','}${inner}`;
}
