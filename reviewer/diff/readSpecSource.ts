import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

/** One version of the spec to compare: what the user called it, and its text. */
export interface SpecSource {
  readonly label: string;
  readonly text: string;
}

/** A problem with an argument of `aic diff`: the command prints it and exits 2. */
export class SpecSourceError extends Error {
  override readonly name = 'SpecSourceError';
}

/**
 * A file path, or a git object `REF:PATH` (`main:spec/openapi.yaml`, `HEAD~1:spec/openapi.yaml`)
 * read with `git show` in `cwd`. A path that exists is a file, even with a colon in it.
 */
export async function readSpecSource(argument: string, cwd: string = process.cwd()): Promise<SpecSource> {
  if (existsSync(argument)) return { label: argument, text: await readFile(argument, 'utf8') };
  // A leading '-' would reach git as an option: no ref starts with one.
  if (!/^[^:-][^:]*:.+$/.test(argument))
    throw new SpecSourceError(
      `${argument}: no such file (a git object is written REF:PATH, e.g. main:spec/openapi.yaml)`,
    );
  try {
    const { stdout } = await promisify(execFile)('git', ['show', '--end-of-options', argument], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { label: argument, text: stdout };
  } catch (error) {
    const stderr = String(
      (error instanceof Error && 'stderr' in error && error.stderr) || (error instanceof Error ? error.message : error),
    ).trim();
    throw new SpecSourceError(`${argument}: neither a file nor a git object (git show: ${stderr.split('\n')[0]})`);
  }
}
