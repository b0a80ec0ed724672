import { jsonUtf8Bytes } from '../../spec/index.js';

const FILL = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `headers` plus one entry `key` whose value makes the serialized map exactly `targetBytes` long
 * (or as close above as `unit` allows: a multi-byte unit may overshoot by less than its size).
 * Returns `headers` unchanged when it is already at least that long.
 */
export function fillToBytes(
  headers: Readonly<Record<string, string>>,
  key: string,
  targetBytes: number,
  unit?: string,
): Record<string, string> {
  const base = { ...headers, [key]: '' };
  const missing = targetBytes - jsonUtf8Bytes(base);
  if (missing <= 0) return { ...headers };
  if (unit === undefined) {
    const value = FILL.repeat(Math.ceil(missing / FILL.length)).slice(0, missing);
    return { ...headers, [key]: value };
  }
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  return { ...headers, [key]: unit.repeat(Math.ceil(missing / unitBytes)) };
}
