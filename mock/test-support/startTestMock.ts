import { checkResponse, findOperation } from '../../spec/index.js';
import { startMock, type MockOptions, type RunningMock } from '../index.js';
import { mockDecisionIssues } from './mockDecisions.js';

export interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: any;
  readonly text: string;
}

export interface RequestOptions {
  /** Bearer token; null sends no Authorization header. Default `token-a`. */
  readonly token?: string | null;
  readonly body?: unknown;
  /** Sent as is (malformed JSON, huge bodies). */
  readonly raw?: string;
  readonly headers?: Record<string, string>;
}

export interface TestMock {
  readonly mock: RunningMock;
  /** Every log line the mock wrote. */
  readonly lines: string[];
  request(method: string, path: string, options?: RequestOptions): Promise<Reply>;
  close(): Promise<void>;
}

/**
 * A mock on 127.0.0.1:0, empty unless fixtures are given, whose every response to a contract
 * operation is checked against the spec by Ajv and prism-http (checkResponse), and against the
 * mock's own decisions where the spec allows more (mockDecisions: timestamps with milliseconds and
 * Z, Retry-After on every 429): a response that breaks either fails the test that got it. It also fails any reply or log line holding an
 * api_key that a request sent, since keys are never returned nor logged.
 */
export async function startTestMock(options: MockOptions = {}): Promise<TestMock> {
  const lines: string[] = [];
  const secrets = new Set<string>();
  const mock = await startMock({
    port: 0,
    fixtures: null,
    logger: { info: (l) => lines.push(l), error: (l) => lines.push(l) },
    ...options,
  });
  // Responses are checked against the contract in the edition the mock serves.
  const contract = mock.state.contract;
  const request = async (method: string, path: string, options: RequestOptions = {}): Promise<Reply> => {
    const token = options.token === undefined ? 'token-a' : options.token;
    const apiKey = (options.body as { api_key?: unknown } | undefined)?.api_key;
    // Short strings could appear in a reply by chance; real keys are long.
    if (typeof apiKey === 'string' && apiKey.length >= 6) secrets.add(apiKey);
    const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const send = () =>
      fetch(`${mock.url}${path}`, {
        method,
        headers: {
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
        ...(payload === undefined ? {} : { body: payload }),
      });
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      // The first checkResponse loads prism-http, which can keep this process (the mock's too)
      // busy for longer than the server's keep-alive timeout (5 s) on a loaded machine; the next
      // request may then go out on the idle connection the server is closing, and be reset before
      // the mock reads it. Sent once more, on a new connection.
      if (!isConnectionReset(error)) throw error;
      response = await send();
    }
    const text = await response.text();
    const headers = Object.fromEntries(response.headers);
    const body = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (findOperation(contract, method, path)) {
      const issues = await checkResponse(contract, { method, path, status: response.status, headers, body });
      if (issues.length > 0)
        throw new Error(`${method} ${path} -> ${response.status} breaks the spec: ${JSON.stringify(issues)}\n${text}`);
      const broken = mockDecisionIssues({ status: response.status, headers, body });
      if (broken.length > 0)
        throw new Error(
          `${method} ${path} -> ${response.status} breaks the mock's decisions: ${broken.join('; ')}\n${text}`,
        );
    }
    for (const secret of secrets) {
      if (text.includes(secret)) throw new Error(`${method} ${path} returned an api_key`);
    }
    return { status: response.status, headers, body, text };
  };
  return {
    mock,
    lines,
    request,
    close: async () => {
      await mock.close();
      for (const secret of secrets)
        if (lines.some((line) => line.includes(secret))) throw new Error('a log line holds an api_key');
    },
  };
}

function isConnectionReset(error: unknown): boolean {
  return error instanceof TypeError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ECONNRESET';
}
