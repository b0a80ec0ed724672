import { isDeepStrictEqual } from 'node:util';
import type { ResourceFields } from '../spec/index.js';

/** How two integrations are compared: absent ≡ null, `{}` scoping ≡ nulls, model_names as sets unless strict. */
export interface CompareOptions {
  /**
   * The spec's facts about the resource's fields (`resourceFields(contract)`): which are optional
   * and nullable (absent and null mean the same), which the server sets (compared by their own
   * rules, not against what was sent), which an update body may set.
   */
  readonly fields: ResourceFields;
  /** Compare model_names and scopings in order, exactly as sent. */
  readonly strict?: boolean;
}

type Json = Record<string, unknown>;

/** A comparable form of one field's value. */
export function normalizeField(field: string, value: unknown, options: Pick<CompareOptions, 'strict'> = {}): unknown {
  if (value === undefined) return null;
  if (field === 'model_names' && Array.isArray(value) && !options.strict) {
    return [...new Set(value.map((v) => JSON.stringify(v)))].sort();
  }
  if (field === 'scopings' && Array.isArray(value)) {
    const scopings = value.map((s) => normalizeScoping(s));
    return options.strict ? scopings : scopings.map((s) => JSON.stringify(s)).sort();
  }
  if (field === 'provider_metadata' && isObject(value)) {
    const copy: Json = { ...value };
    if (copy.kind === 'aws' && copy.external_id === undefined) copy.external_id = null;
    return sortKeys(copy);
  }
  if (field === 'headers' && isObject(value)) return sortKeys(value);
  return value;
}

function normalizeScoping(value: unknown): unknown {
  if (!isObject(value)) return value;
  return { ...value, organization_id: value.organization_id ?? null, space_id: value.space_id ?? null };
}

/** The integration's fields in comparable form; server fields and unknown extras dropped unless asked. */
export function normalizeIntegration(integration: unknown, options: CompareOptions & { keepServerFields?: boolean }): Json {
  const source = isObject(integration) ? integration : {};
  const out: Json = {};
  for (const [field, value] of Object.entries(source)) {
    if (!options.keepServerFields && options.fields.serverManaged.includes(field)) continue;
    out[field] = normalizeField(field, value, options);
  }
  for (const field of options.fields.nullableOptional) if (!(field in out)) out[field] = null;
  return sortKeys(out);
}

/** Fields whose values differ between two integrations (after normalizing). */
export function differingFields(a: unknown, b: unknown, options: CompareOptions & { keepServerFields?: boolean }): string[] {
  const na = normalizeIntegration(a, options);
  const nb = normalizeIntegration(b, options);
  const fields = new Set([...Object.keys(na), ...Object.keys(nb)]);
  return [...fields].filter((f) => !isDeepStrictEqual(na[f], nb[f])).sort();
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortKeys(value: Json): Json {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The integration the contract expects after a successful PATCH of `body` onto `before`:
 * present fields replace (null clears), api_key sets has_api_key, omitted fields stay, fields the
 * update body does not declare (`fields.updatable`) are ignored.
 */
export function applyPatch(before: Json, body: Json, fields: ResourceFields): Json {
  const after: Json = { ...before };
  for (const [field, value] of Object.entries(body)) {
    if (!fields.updatable.includes(field)) continue;
    if (field === 'api_key') after.has_api_key = value !== null;
    else after[field] = value;
  }
  return after;
}
