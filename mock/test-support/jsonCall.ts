/** A JSON reply: the status and the parsed body (undefined for an empty one). */
export interface JsonReply {
  readonly status: number;
  /** Loosely typed on purpose: tests read whatever the mock answered (undefined for no body). */
  readonly body: any;
}

/** One request to a running mock as `token`'s account, with an optional JSON body. */
export async function jsonCall(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<JsonReply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}
