import { Agent, ProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';

/** The proxy settings of the environment, as curl reads them. */
export interface ProxySettings {
  /** Proxy of http:// targets (http_proxy or HTTP_PROXY). */
  readonly http?: string;
  /** Proxy of https:// targets (https_proxy or HTTPS_PROXY). */
  readonly https?: string;
  /** Hosts reached directly (no_proxy or NO_PROXY): names (a domain matches its subdomains), addresses, `*` for every host. */
  readonly noProxy: readonly string[];
}

/** The proxy settings of `env`; the lower-case name wins, as with curl. Undefined when no proxy is set. */
export function proxySettings(env: NodeJS.ProcessEnv = process.env): ProxySettings | undefined {
  const read = (name: string) => (env[name.toLowerCase()] || env[name.toUpperCase()] || undefined)?.trim() || undefined;
  const http = read('http_proxy');
  const https = read('https_proxy');
  if (http === undefined && https === undefined) return undefined;
  const noProxy = (read('no_proxy') ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  return { ...(http === undefined ? {} : { http }), ...(https === undefined ? {} : { https }), noProxy };
}

/** The proxy a request to `url` goes through under `settings`, or undefined to go directly. */
export function proxyFor(url: URL, settings: ProxySettings): string | undefined {
  const proxy = url.protocol === 'https:' ? settings.https : settings.http;
  if (proxy === undefined) return undefined;
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const bypassed = settings.noProxy.some((entry) => {
    if (entry === '*') return true;
    // An entry may name a port (host:port, [v6]:port); without one it holds for every port.
    const [, entryHost, entryPort] = /^(\[[^\]]+\]|[^:]+|[0-9a-f:]+)(?::(\d+))?$/.exec(entry) ?? [];
    if (entryHost === undefined) return false;
    const name = entryHost
      .replace(/^\[|\]$/g, '')
      .replace(/^\*?\./, '')
      .replace(/\.$/, '');
    if (entryPort !== undefined && entryPort !== port && !name.includes(':')) return false;
    return host === name || host.endsWith(`.${name}`);
  });
  return bypassed ? undefined : proxy;
}

/**
 * A fetch that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (and their lower-case forms) as curl
 * does, which Node's own fetch does not: forward requests for http:// targets, CONNECT tunnels for
 * https:// ones. Undefined when the environment names no proxy (Node's fetch is then used as is).
 */
export function fetchFromEnvironment(env: NodeJS.ProcessEnv = process.env): typeof fetch | undefined {
  const settings = proxySettings(env);
  if (settings === undefined) return undefined;
  const direct = new Agent();
  const agents = new Map<string, Dispatcher>();
  const dispatcherFor = (url: URL): Dispatcher => {
    const proxy = proxyFor(url, settings);
    if (proxy === undefined) return direct;
    let agent = agents.get(proxy);
    // As curl: an http:// target is asked of the proxy as a plain forward request, an https:// one through a CONNECT tunnel.
    if (!agent) {
      agent = new ProxyAgent({ uri: proxy, proxyTunnel: false });
      agents.set(proxy, agent);
    }
    return agent;
  };
  const proxied = (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    return undiciFetch(url, { ...(init as object), dispatcher: dispatcherFor(url) } as Parameters<
      typeof undiciFetch
    >[1]);
  };
  return proxied as unknown as typeof fetch;
}
