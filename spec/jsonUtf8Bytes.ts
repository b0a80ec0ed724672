const utf8 = new TextEncoder();

/** The size the headers-size rule measures: the UTF-8 bytes of the value serialized as JSON. */
export function jsonUtf8Bytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value)).length;
}
