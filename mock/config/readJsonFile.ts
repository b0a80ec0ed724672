import { errorCode, errorMessage } from './errorDetails.js';
import { MockConfigError } from './MockConfigError.js';

/** Reads a JSON file given on the command line; every failure is a readable MockConfigError. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  // Imported here, not at the top: config/ also serves the mock in a browser (msw), where
  // nothing reads files and node:fs does not exist.
  const { readFile } = await import('node:fs/promises');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MockConfigError(`${what} file ${path}`, [`cannot be read: ${errorCode(error) ?? String(error)}`]);
  }
  try {
    const document: unknown = JSON.parse(text);
    return document;
  } catch (error) {
    throw new MockConfigError(`${what} file ${path}`, [`is not valid JSON: ${errorMessage(error)}`]);
  }
}
