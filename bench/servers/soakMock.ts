/**
 * The mock for the soak phase, as `aic mock --quiet --rate-limit N/s [--edition E]` serves it, in a process the
 * phase forks with --expose-gc: asked "heap" over IPC, it answers its heap after a full GC. It
 * exits when the runner goes away (the IPC channel closes).
 */
import { startMock } from '../../mock/index.js';
import { isEdition } from '../../spec/index.js';

const [port, perSecond] = process.argv.slice(2, 4).map(Number);
const edition = process.argv[4];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('soakMock runs forked, with --expose-gc');

const mock = await startMock({
  port: port ?? 0,
  host: '127.0.0.1',
  logRequests: false,
  ...(perSecond ? { rateLimitPerSecond: perSecond } : {}),
  ...(isEdition(edition) ? { edition } : {}),
});
process.on('message', (message) => {
  if (message !== 'heap') return;
  // Twice, a turn of the event loop apart, so that finalizers run and what they free goes too.
  gc();
  setImmediate(() => {
    gc();
    process.send!({ heapUsed: process.memoryUsage().heapUsed });
  });
});
process.on('disconnect', () => void mock.close().finally(() => process.exit(0)));
process.send({ ready: mock.port });
