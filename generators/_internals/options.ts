import { isStringList } from '../../spec/index.js';

/** Checks of the typed options objects: each public arbitrary throws at once on a bad option. */
export function assertKnownKeys(where: string, options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new TypeError(`${where}: unknown option "${key}" (known: ${known.join(', ')})`);
  }
}

export function stringList(where: string, name: string, value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!isStringList(value)) throw new TypeError(`${where}: option "${name}" must be a list of strings`);
  return value;
}

export function booleanOption(where: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`${where}: option "${name}" must be true or false`);
  return value;
}

export function subsetOf<T extends string>(
  where: string,
  name: string,
  values: readonly string[] | undefined,
  allowed: readonly T[],
): readonly T[] {
  if (values === undefined) return allowed;
  if (values.length === 0) throw new RangeError(`${where}: option "${name}" must not be empty`);
  const known = values.filter((v): v is T => allowed.some((a) => a === v));
  const unknown = values.filter((v) => !allowed.some((a) => a === v));
  if (unknown.length > 0)
    throw new RangeError(
      `${where}: option "${name}" names ${unknown.map((u) => `"${u}"`).join(', ')}, not among: ${allowed.join(', ')}`,
    );
  return known;
}
