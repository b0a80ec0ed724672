import { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMockServer } from '../startMock.js';
import { appMessageClasses } from './appMessageClasses.js';

describe('appMessageClasses', () => {
  it("gives the mock's requests and responses the app's prototypes before Express sees them, and the mock still answers", async () => {
    const { server, app } = await createMockServer({ fixtures: null, logRequests: false });
    const seen: Array<{ request: boolean; response: boolean; node: boolean }> = [];
    // A 'request' listener put first runs before the app, so it sees the objects as node made them.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      seen.push({
        request: Object.getPrototypeOf(req) === app.request,
        response: Object.getPrototypeOf(res) === app.response,
        node: req instanceof IncomingMessage && res instanceof ServerResponse,
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/ai-integrations`;
      const listed = await fetch(url, { headers: { authorization: 'Bearer prototypes' } });
      expect(listed.status).toBe(200);
      expect(await listed.json()).toEqual({ ai_integrations: [], pagination: { has_more: false } });
      // A request Express answers through its own response methods (a problem+json 401) works too.
      const refused = await fetch(url);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen).toEqual([
      { request: true, response: true, node: true },
      { request: true, response: true, node: true },
    ]);
  });

  it("leaves the choice to Express when node's constructors are classes", () => {
    const app = { request: {}, response: {} } as never;
    class ModernRequest {}
    class ModernResponse {}
    expect(appMessageClasses(app, { IncomingMessage: ModernRequest, ServerResponse: ModernResponse })).toEqual({});
    expect(appMessageClasses(app, { IncomingMessage, ServerResponse: ModernResponse })).toEqual({});
    // Node 20's own are plain constructor functions.
    expect(Object.keys(appMessageClasses(app)).sort()).toEqual(['IncomingMessage', 'ServerResponse']);
  });
});
