import { inContractEdition, loadContract, type Edition } from '../../spec/index.js';
import { startProxy, type BrokenProxy, type ProxyRequest } from './brokenProxy.js';

const COLLECTION = /^\/v2\/ai-integrations(\?.*)?$/;
const ITEM = /^\/v2\/ai-integrations\/[^/?]+$/;

export interface TransitionProxy extends BrokenProxy {
  /** Requests that held another edition's spelling (respelled before they went on), and the statuses they got. */
  readonly respelled: Array<{ method: string; status: number }>;
}

/**
 * A server in transition between the public editions, as a faithful server may be: a proxy in front
 * of a mock that serves `edition`, taking request bodies spelled in either edition (respelled into
 * `edition` before they go on) and answering as the mock does, in `edition`.
 */
export async function startTransitionProxy(upstream: string, edition: Edition): Promise<TransitionProxy> {
  const contract = await loadContract(undefined, { edition });
  const respelled: TransitionProxy['respelled'] = [];
  const proxy = await startProxy(upstream, async (request, forward) => {
    const operation =
      request.method === 'POST' && COLLECTION.test(request.path)
        ? 'create'
        : request.method === 'PATCH' && ITEM.test(request.path)
          ? 'update'
          : undefined;
    const body = operation ? parseObject(request.text) : undefined;
    if (!operation || body === undefined) return forward(request);
    const text = JSON.stringify(inContractEdition(contract, operation, body));
    if (text === JSON.stringify(body)) return forward(request);
    const response = await forward({ ...request, text } satisfies ProxyRequest);
    respelled.push({ method: request.method, status: response.status });
    return response;
  });
  return Object.assign(proxy, { respelled });
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
