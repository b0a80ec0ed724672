import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMockApp, createMockServer, silentLogger, startMock } from './index.js';
import { sendRawBytes } from './test-support/rawHttp.js';

/** Every way the library starts the mock, each giving its origin and a way to stop it. */
const startPaths: Record<string, () => Promise<{ origin: URL; close: () => Promise<void> }>> = {
  startMock: async () => {
    const mock = await startMock({ port: 0, fixtures: null, logger: silentLogger });
    return { origin: new URL(mock.url), close: () => mock.close() };
  },
  'createMockServer, then server.listen': async () => {
    const { server } = await createMockServer({ fixtures: null, logger: silentLogger });
    return listening(server.listen(0, '127.0.0.1'));
  },
  'createMockApp, then app.listen': async () => {
    const { app } = await createMockApp({ fixtures: null, logger: silentLogger });
    return listening(app.listen(0, '127.0.0.1'));
  },
};

async function listening(server: Server) {
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: new URL(`http://127.0.0.1:${port}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const problemOf = (reply: { headers: Record<string, string>; body: Buffer }) => {
  expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
  return JSON.parse(reply.body.toString('utf8')) as { status: number; detail: string };
};

describe.each(Object.keys(startPaths))('the mock started by %s', (path) => {
  it("answers a request without Host, and one node's parser refuses, with problems", async () => {
    const { origin, close } = await startPaths[path]!();
    try {
      const noHost = await sendRawBytes(
        origin,
        'GET /v2/ai-integrations HTTP/1.1\r\nAuthorization: Bearer x\r\nConnection: close\r\n\r\n',
      );
      expect(noHost.status).toBe(400);
      expect(problemOf(noHost).detail).toContain('needs a Host header');
      const badLength = await sendRawBytes(
        origin,
        `PATCH /v2/ai-integrations/x HTTP/1.1\r\nHost: ${origin.host}\r\nContent-Length: abc\r\n\r\n{}`,
      );
      expect(badLength.status).toBe(400);
      expect(problemOf(badLength).detail).toBe(
        'The request is not valid HTTP/1.1 (request line, headers, length or chunked body).',
      );
      const fine = await sendRawBytes(
        origin,
        `GET /v2/ai-integrations HTTP/1.1\r\nHost: ${origin.host}\r\nAuthorization: Bearer x\r\nConnection: close\r\n\r\n`,
      );
      expect(fine.status).toBe(200);
    } finally {
      await close();
    }
  });
});
