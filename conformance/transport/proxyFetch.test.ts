import { afterEach, describe, expect, it } from 'vitest';
import { startForwardProxy, type ForwardProxy } from '../test-support/forwardProxy.js';
import { sendJson, startScriptedServer, type ScriptedServer } from '../test-support/scriptedServer.js';
import { fetchFromEnvironment, proxyFor, proxySettings } from './proxyFetch.js';

let proxy: ForwardProxy | undefined;
let server: ScriptedServer | undefined;
afterEach(async () => {
  await proxy?.close();
  await server?.close();
  proxy = server = undefined;
});

describe('proxy settings, as curl reads them', () => {
  it('takes no proxy when none is set, and the lower-case name over the upper-case one', () => {
    expect(proxySettings({ NO_PROXY: 'example.com' })).toBeUndefined();
    expect(proxySettings({ http_proxy: 'http://lower:1', HTTP_PROXY: 'http://upper:2' })).toEqual({
      http: 'http://lower:1',
      noProxy: [],
    });
    expect(proxySettings({ HTTPS_PROXY: 'http://p:3', NO_PROXY: ' a.test, .b.test ,c.test:8443 ' })).toEqual({
      https: 'http://p:3',
      noProxy: ['a.test', '.b.test', 'c.test:8443'],
    });
  });

  it('uses the proxy of the target scheme, and goes directly to the hosts NO_PROXY names, their subdomains, and on its port only when one is given', () => {
    const settings = proxySettings({
      HTTP_PROXY: 'http://p:1',
      HTTPS_PROXY: 'http://s:2',
      NO_PROXY: 'internal.test,.corp.test,10.0.0.7,api.test:8443',
    })!;
    const via = (url: string) => proxyFor(new URL(url), settings);
    expect(via('http://api.example.com/v2')).toBe('http://p:1');
    expect(via('https://api.example.com/v2')).toBe('http://s:2');
    expect(via('https://internal.test/v2')).toBeUndefined();
    expect(via('https://eu.internal.test/v2')).toBeUndefined();
    expect(via('https://notinternal.test/v2')).toBe('http://s:2');
    expect(via('https://x.corp.test/v2')).toBeUndefined();
    expect(via('http://10.0.0.7:4010/v2')).toBeUndefined();
    expect(via('https://api.test:8443/v2')).toBeUndefined();
    expect(via('https://api.test/v2')).toBe('http://s:2');
    expect(proxyFor(new URL('https://anything.test'), { ...settings, noProxy: ['*'] })).toBeUndefined();
    expect(proxyFor(new URL('http://only-https.test'), { https: 'http://s:2', noProxy: [] })).toBeUndefined();
  });
});

describe('fetchFromEnvironment', () => {
  it("is Node's own fetch (undefined) when no proxy is set", () => {
    expect(fetchFromEnvironment({})).toBeUndefined();
  });

  it('asks an HTTP_PROXY for an http:// target with a plain forward request, and skips it for a NO_PROXY host', async () => {
    server = await startScriptedServer((_req, res) => sendJson(res, 200, { ok: true }));
    proxy = await startForwardProxy();
    const viaProxy = fetchFromEnvironment({ HTTP_PROXY: proxy.url })!;
    const response = await viaProxy(`${server.url}/v2/ai-integrations?limit=1`);
    expect(await response.json()).toEqual({ ok: true });
    expect(proxy.seen).toEqual([`GET ${server.url}/v2/ai-integrations?limit=1`]);
    const direct = fetchFromEnvironment({ http_proxy: proxy.url, no_proxy: '127.0.0.1' })!;
    expect((await direct(`${server.url}/direct`)).status).toBe(200);
    expect(proxy.seen).toHaveLength(1);
    expect(server.requests.map((r) => r.path)).toEqual(['/v2/ai-integrations?limit=1', '/direct']);
  });

  it('opens a CONNECT tunnel through HTTPS_PROXY for an https:// target', async () => {
    proxy = await startForwardProxy();
    const viaProxy = fetchFromEnvironment({ HTTPS_PROXY: proxy.url })!;
    // The proxy cannot reach the host (502 to the CONNECT): what matters is what it was asked.
    await expect(viaProxy('https://api.example.test/v2/ai-integrations')).rejects.toThrow();
    expect(proxy.seen).toEqual(['CONNECT api.example.test:443']);
  });
});
