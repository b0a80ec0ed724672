import type { MockResponse } from './MockExchange.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A JSON answer; `undefined` is an empty one (204). */
export function jsonResponse(status: number, value: unknown): MockResponse {
  return jsonTextResponse(status, value === undefined ? undefined : JSON.stringify(value));
}

/** A JSON answer already serialized; `undefined` is an empty one (204). */
export function jsonTextResponse(status: number, json: string | undefined): MockResponse {
  if (json === undefined) return { status, headers: {} };
  return { status, headers: { 'content-type': JSON_CONTENT_TYPE }, body: json };
}
