import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchedLogger } from './MockLogger.js';

describe('batchedLogger', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the info lines of a batch together, once its delay is over', () => {
    const writes: string[] = [];
    const logger = batchedLogger((text) => writes.push(text), { flushAfterMs: 25, flushAtLength: 1_000 });
    logger.info('GET /a 200 0.4ms');
    logger.info('GET /b 200 0.3ms');
    vi.advanceTimersByTime(24);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['GET /a 200 0.4ms\nGET /b 200 0.3ms\n']);
    // The next line starts a new batch, with a delay of its own.
    logger.info('GET /c 200 0.2ms');
    vi.advanceTimersByTime(25);
    expect(writes).toEqual(['GET /a 200 0.4ms\nGET /b 200 0.3ms\n', 'GET /c 200 0.2ms\n']);
  });

  it('writes a batch at once when it reaches its length, and no empty write after', () => {
    const writes: string[] = [];
    const logger = batchedLogger((text) => writes.push(text), { flushAfterMs: 25, flushAtLength: 20 });
    logger.info('0123456789');
    expect(writes).toEqual([]);
    logger.info('abcdefghij');
    expect(writes).toEqual(['0123456789\nabcdefghij\n']);
    vi.advanceTimersByTime(100);
    expect(writes).toHaveLength(1);
  });

  it('writes what is pending before an error line, so the order holds', () => {
    const writes: string[] = [];
    const logger = batchedLogger((text) => writes.push(text), { flushAfterMs: 25, flushAtLength: 1_000 });
    logger.info('PATCH /x 200 1.0ms');
    logger.error('PATCH /y failed');
    expect(writes).toEqual(['PATCH /x 200 1.0ms\n', 'PATCH /y failed\n']);
    vi.advanceTimersByTime(100);
    expect(writes).toHaveLength(2);
  });
});
