import { createClient, type ArizeClient } from '@arizeai/ax-client';
import { findOperation, loadContract, type Edition } from '../../../spec/index.js';
import { startMock, type RunningMock } from '../../index.js';

/** One request the SDK made and the mock's answer to it. */
export interface SdkExchange {
  readonly method: string;
  /** Path and query string as sent, e.g. `/v2/ai-integrations?limit=50`. */
  readonly target: string;
  readonly requestBody: unknown;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly text: string;
}

export interface SdkMock {
  readonly mock: RunningMock;
  /** An SDK client of the account of `apiKey`, pointed at the mock. */
  client(apiKey: string): ArizeClient;
  /** Every request any client made, in order. */
  readonly exchanges: SdkExchange[];
  /** Every line the mock logged as an error. */
  readonly errorLines: string[];
  /** What is wrong with the mock's answers by the spec of its edition: status, content type, body (Ajv). */
  responseIssues(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * An empty mock on 127.0.0.1 and a free port, serving `edition` (the default edition when absent),
 * and SDK clients whose every request and answer is recorded.
 */
export async function startSdkMock(edition?: Edition): Promise<SdkMock> {
  const errorLines: string[] = [];
  const mock = await startMock({
    port: 0,
    host: '127.0.0.1',
    fixtures: null,
    ...(edition === undefined ? {} : { edition }),
    logger: { info: () => undefined, error: (line) => errorLines.push(line) },
  });
  const exchanges: SdkExchange[] = [];
  const sentBodies = new WeakMap<Request, unknown>();
  const client = (apiKey: string): ArizeClient => {
    // No environment: ARIZE_API_KEY or ARIZE_BASE_URL set on the machine must not leak in.
    const sdk = createClient({ apiKey, baseUrl: mock.url, getEnvironmentOptions: () => ({}) });
    sdk.use({
      onRequest: async ({ request }) => {
        const text = await request.clone().text();
        sentBodies.set(request, text === '' ? undefined : JSON.parse(text));
      },
      onResponse: async ({ request, response }) => {
        const text = await response.clone().text();
        const url = new URL(request.url);
        exchanges.push({
          method: request.method,
          target: `${url.pathname}${url.search}`,
          requestBody: sentBodies.get(request),
          status: response.status,
          headers: Object.fromEntries(response.headers),
          body: text === '' ? undefined : (JSON.parse(text) as unknown),
          text,
        });
      },
    });
    return sdk;
  };
  const responseIssues = async (): Promise<string[]> => {
    // The edition's own Ajv validators, not checkResponse: its prism-http half reads the YAML as
    // written (the camel edition) whatever the contract's edition, and costs seconds to load.
    const contract = await loadContract(undefined, edition === undefined ? {} : { edition });
    const found: string[] = [];
    for (const exchange of exchanges) {
      const where = `${exchange.method} ${exchange.target} -> ${exchange.status}`;
      const operation = findOperation(contract, exchange.method, exchange.target);
      const response = operation?.responses.get(String(exchange.status));
      if (!operation || !response) {
        found.push(
          `${where}: ${operation ? `status not declared by ${operation.operationId}` : 'no operation of the spec'}`,
        );
        continue;
      }
      const contentType = (exchange.headers['content-type'] ?? '').split(';')[0]!.trim();
      if (response.contentType !== undefined && contentType !== response.contentType)
        found.push(`${where}: content-type ${contentType}, not ${response.contentType}`);
      if (response.contentType === undefined && exchange.text !== '')
        found.push(`${where}: a body where the spec declares none`);
      for (const issue of response.validateBody?.(exchange.body) ?? [])
        found.push(`${where}: ${issue.pointer} ${issue.message}`);
    }
    return found;
  };
  return { mock, client, exchanges, errorLines, responseIssues, close: () => mock.close() };
}
