/** Progress lines on stderr, so stdout stays clean. */
export function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}
