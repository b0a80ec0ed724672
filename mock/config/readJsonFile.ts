import { readFile } from 'node:fs/promises';
import { MockConfigError } from './MockConfigError.js';

/** Reads a JSON file given on the command line; every failure is a readable MockConfigError. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new MockConfigError(`${what} file ${path}`, [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MockConfigError(`${what} file ${path}`, [`is not valid JSON: ${(error as Error).message}`]);
  }
}
