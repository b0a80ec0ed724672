/**
 * Where the mock writes its lines. Request lines carry method, path, status and duration only:
 * never a body, a query's values or an Authorization header, so no key can leak into a log.
 */
export interface MockLogger {
  info(line: string): void;
  error(line: string): void;
}

/** The default: info and error lines on stderr, leaving stdout to the CLI's own output. */
export const stderrLogger: MockLogger = {
  info: (line) => void process.stderr.write(`${line}\n`),
  error: (line) => void process.stderr.write(`${line}\n`),
};

/** Drops every line (`--quiet`, load tests). */
export const silentLogger: MockLogger = { info: () => undefined, error: () => undefined };
