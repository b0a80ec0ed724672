import { createServer } from 'node:net';

/** A free loopback port, picked by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`a loopback listener has no TCP address (${address})`));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
