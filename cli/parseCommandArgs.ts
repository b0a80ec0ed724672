import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './UsageError.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs in strict mode for a subcommand: an unknown option, a missing value or (unless
 * allowed) a positional argument becomes a UsageError, which `aic` prints with the help hint (exit 2).
 * An unknown option close to a known one is answered with it (`--taget`: did you mean --target?).
 */
export function parseCommandArgs<const O extends Options, const P extends boolean = false>(
  argv: string[],
  options: O,
  allowPositionals?: P,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: P }>> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: (allowPositionals ?? false) as P });
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'--([^'=]+)/.exec(message)?.[1] : undefined;
    const suggestion = unknown === undefined ? undefined : closestOption(unknown, Object.keys(options));
    throw new UsageError(suggestion ? `Unknown option '--${unknown}': did you mean --${suggestion}?` : message);
  }
}

/** The known option nearest to `typed` by edit distance, if it is near enough to be a typo of it. */
export function closestOption(typed: string, known: readonly string[]): string | undefined {
  const scored = known
    .map((name) => ({ name, distance: editDistance(typed, name) }))
    .sort((a, b) => a.distance - b.distance);
  const best = scored[0];
  // One edit in a short name, two in a longer one; a tie between two options suggests neither.
  const allowed = typed.length <= 4 ? 1 : 2;
  if (!best || best.distance > allowed || scored[1]?.distance === best.distance) return undefined;
  return best.name;
}

/** Levenshtein distance, a swap of two neighbours counting as one edit (`--taregt`). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
