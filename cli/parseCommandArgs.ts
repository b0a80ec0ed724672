import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './UsageError.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs in strict mode for a subcommand: an unknown option, a missing value or (unless
 * allowed) a positional argument becomes a UsageError, which `aic` prints with the help hint (exit 2).
 */
export function parseCommandArgs<const O extends Options, const P extends boolean = false>(
  argv: string[],
  options: O,
  allowPositionals?: P,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: P }>> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: (allowPositionals ?? false) as P });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
