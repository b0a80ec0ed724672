import type { ServerResponse } from 'node:http';
import type { MockResponse } from '../engine/index.js';

/** Writes an engine's answer on a node response: status, headers, Content-Length and the body, in one write. */
export function writeMockResponse(res: ServerResponse, response: MockResponse): void {
  for (const name in response.headers) {
    const value = response.headers[name];
    if (value !== undefined) res.setHeader(name, value);
  }
  if (response.closeConnection) res.setHeader('connection', 'close');
  res.statusCode = response.status;
  if (response.body === undefined) {
    res.end();
    return;
  }
  res.setHeader('content-length', Buffer.byteLength(response.body));
  res.end(response.body);
}
