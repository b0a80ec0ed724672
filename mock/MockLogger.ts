/**
 * Where the mock writes its lines. Request lines carry method, path, status and duration only:
 * never a body, a query's values or an Authorization header, so no key can leak into a log.
 */
export interface MockLogger {
  info(line: string): void;
  error(line: string): void;
}

/**
 * The default: info and error lines on stderr, leaving stdout to the CLI's own output. Info lines
 * are gathered and written once per turn of the event loop: a write to a pipe or a terminal is a
 * system call, and one per request cost the logging mock more than a tenth of its throughput.
 * An error line first writes what is pending, so lines keep their order; so does the process's exit.
 */
export const stderrLogger: MockLogger = (() => {
  let pending = '';
  let scheduled = false;
  let exitHooked = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const lines = pending;
    pending = '';
    process.stderr.write(lines);
  };
  return {
    info(line) {
      pending += `${line}\n`;
      if (scheduled) return;
      scheduled = true;
      setImmediate(flush);
      if (!exitHooked) {
        exitHooked = true;
        process.once('exit', flush);
      }
    },
    error(line) {
      flush();
      process.stderr.write(`${line}\n`);
    },
  };
})();

/** Drops every line (`--quiet`, load tests). */
export const silentLogger: MockLogger = { info: () => undefined, error: () => undefined };
