/** JSON values and the small questions every folder asks of them. */

/** A value JSON.parse can give. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
/** A JSON object; its members are read as `unknown` and narrowed where they are used. */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a plain object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const utf8 = new TextEncoder();

/** The size the headers-size rule measures: the UTF-8 bytes of the value serialized as JSON. */
export function jsonUtf8Bytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value)).length;
}

/** Whether `value` is a list of strings. */
export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Whether `value` is an object whose every member is a string. */
export function isStringMap(value: unknown): value is Record<string, string> {
  return isJsonObject(value) && Object.values(value).every((item) => typeof item === 'string');
}
