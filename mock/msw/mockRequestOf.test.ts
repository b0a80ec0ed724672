import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mockRequestOf } from './mockRequestOf.js';

const URL_ = 'https://api.example.com/api/v2/ai-integrations/TGxt%3D?limit=2&name=a+b';
const post = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
  new Request(URL_, { method: 'PATCH', body, headers: { 'content-type': 'application/json', ...headers } });

describe('mockRequestOf', () => {
  it('gives the engine the path below the base path (encoding intact), the query and the headers', async () => {
    const request = await mockRequestOf(new Request(URL_, { headers: { Authorization: 'Bearer t' } }), '/api');
    expect([request.method, request.path, request.query]).toEqual([
      'GET',
      '/v2/ai-integrations/TGxt%3D',
      'limit=2&name=a+b',
    ]);
    expect(request.header('authorization')).toBe('Bearer t');
    expect(request.header('content-length')).toBeUndefined();
    expect(await request.readBody(100)).toEqual({ kind: 'absent' });
    expect((await mockRequestOf(new Request('https://api.example.com/api'), '/api')).path).toBe('/');
  });

  it('says how long a body is, which Fetch leaves out of a Request, so the engine knows there is one', async () => {
    const request = await mockRequestOf(post('{"name":"é"}'), '/api');
    expect(request.header('content-length')).toBe('13');
    expect(await request.readBody(100)).toEqual({ kind: 'text', text: '{"name":"é"}' });
    expect((await mockRequestOf(post(''), '/api')).header('content-length')).toBe('0');
  });

  it('refuses as the server does: too large 413, a charset or encoding it cannot read 415, a broken gzip 400', async () => {
    expect(await (await mockRequestOf(post('{"name":"x"}'), '')).readBody(5)).toMatchObject({
      kind: 'refused',
      problem: { status: 413, detail: 'The request body exceeds 5 bytes.' },
    });
    expect(
      await (await mockRequestOf(post('{}', { 'content-type': 'application/json; charset=latin1' }), '')).readBody(100),
    ).toMatchObject({
      kind: 'refused',
      problem: { status: 415, detail: 'Charset "latin1" is not supported: send UTF-8 JSON.' },
    });
    expect(await (await mockRequestOf(post('{}', { 'content-encoding': 'br' }), '')).readBody(100)).toMatchObject({
      kind: 'refused',
      problem: { status: 415 },
    });
    expect(
      await (await mockRequestOf(post('not gzip', { 'content-encoding': 'gzip' }), '')).readBody(100),
    ).toMatchObject({ kind: 'refused', problem: { status: 400 } });
  });

  it('reads gzip, a byte order mark and UTF-16 as Express does', async () => {
    expect(
      await (await mockRequestOf(post(gzipSync('{"a":1}'), { 'content-encoding': 'gzip' }), '')).readBody(100),
    ).toEqual({ kind: 'text', text: '{"a":1}' });
    // The byte order mark stays in the text: the engine reads past it, as Express's parser does.
    expect(await (await mockRequestOf(post('\ufeff{"a":1}'), '')).readBody(100)).toEqual({
      kind: 'text',
      text: '\ufeff{"a":1}',
    });
    const utf16 = new Uint8Array(Buffer.from('\ufeff{"a":1}', 'utf16le'));
    expect(
      await (await mockRequestOf(post(utf16, { 'content-type': 'application/json; charset=utf-16le' }), '')).readBody(
        100,
      ),
    ).toEqual({ kind: 'text', text: '\ufeff{"a":1}' });
    // Inflated past the limit is too large too.
    expect(
      await (await mockRequestOf(post(gzipSync(' '.repeat(1000)), { 'content-encoding': 'gzip' }), '')).readBody(500),
    ).toMatchObject({ kind: 'refused', problem: { status: 413 } });
  });
});
