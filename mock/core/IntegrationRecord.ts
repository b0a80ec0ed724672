import type { AiIntegration } from '../../spec/index.js';
import { cloneJson } from './cloneJson.js';

/**
 * An integration as the store keeps it: the resource as returned (never holding the key) and,
 * beside it, the write-only api_key and the creation sequence that orders lists.
 */
export interface IntegrationRecord {
  /** Creation order across the whole mock; also the `<n>` of the id. */
  readonly sequence: number;
  readonly apiKey: string | undefined;
  readonly resource: AiIntegration;
}

/** A deep copy of the resource, so callers can never reach into the store. */
export function toResource(stored: IntegrationRecord): AiIntegration {
  return cloneJson(stored.resource);
}

const serialized = new WeakMap<IntegrationRecord, string>();

/**
 * The resource as JSON text, computed once per stored record: records are never changed in place
 * (an update stores a new one), so the text stays right for as long as the record is kept. The
 * same text as JSON.stringify of toResource's copy, without making the copy.
 */
export function resourceJson(stored: IntegrationRecord): string {
  let text = serialized.get(stored);
  if (text === undefined) {
    text = JSON.stringify(stored.resource);
    serialized.set(stored, text);
  }
  return text;
}

/**
 * The resource with its fields in the schema's order (a patch that adds `headers` must not move
 * it to the end). Object.fromEntries defines own properties, so no key reaches a prototype.
 */
export function inFieldOrder(resource: Record<string, unknown>, fields: readonly string[]): AiIntegration {
  return Object.fromEntries(
    fields.filter((field) => Object.hasOwn(resource, field)).map((field) => [field, resource[field]]),
  ) as unknown as AiIntegration;
}
