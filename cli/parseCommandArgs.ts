import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorCode } from './errorCode.js';
import { UsageError } from './UsageError.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type ParsedArgs<O extends Options, P extends boolean> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: P }>
>;

/**
 * node:util parseArgs in strict mode for a subcommand: an unknown option, a missing value or (unless
 * allowed) a positional argument becomes a UsageError, which `aic` prints with the help hint (exit 2).
 * An unknown option close to a known one is answered with it (`--taget`: did you mean --target?).
 */
export function parseCommandArgs<const O extends Options>(argv: string[], options: O): ParsedArgs<O, false>;
export function parseCommandArgs<const O extends Options>(
  argv: string[],
  options: O,
  allowPositionals: true,
): ParsedArgs<O, true>;
export function parseCommandArgs(
  argv: string[],
  options: Options,
  allowPositionals = false,
): ParsedArgs<Options, boolean> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const { message } = error;
    const code = errorCode(error);
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
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  const at = (i: number, j: number): number => {
    const cell = rows[i]?.[j];
    if (cell === undefined) throw new RangeError(`edit distance: cell ${i},${j} is not filled yet`);
    return cell;
  };
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    rows.push(row);
    for (let j = 1; j <= b.length; j++) {
      const substitution = at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row.push(best);
    }
  }
  return at(a.length, b.length);
}
