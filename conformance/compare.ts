import { isDeepStrictEqual } from 'node:util';

/** How two integrations are compared: absent ≡ null, `{}` scoping ≡ nulls, model_names as sets unless strict. */
export interface CompareOptions {
  /** Compare model_names and scopings in order, exactly as sent. */
  readonly strict?: boolean;
}

/** Resource fields that are optional and nullable: absent and null mean the same. */
export const NULLABLE_OPTIONAL = ['base_url', 'model_names', 'headers', 'provider_metadata'] as const;
/** Fields set by the server, compared by their own rules, not against what was sent. */
export const SERVER_FIELDS = ['id', 'created_at', 'updated_at', 'created_by_user_id'] as const;

type Json = Record<string, unknown>;

/** A comparable form of one field's value. */
export function normalizeField(field: string, value: unknown, options: CompareOptions = {}): unknown {
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
export function normalizeIntegration(integration: unknown, options: CompareOptions & { keepServerFields?: boolean } = {}): Json {
  const source = isObject(integration) ? integration : {};
  const out: Json = {};
  for (const [field, value] of Object.entries(source)) {
    if (!options.keepServerFields && (SERVER_FIELDS as readonly string[]).includes(field)) continue;
    out[field] = normalizeField(field, value, options);
  }
  for (const field of NULLABLE_OPTIONAL) if (!(field in out)) out[field] = null;
  return sortKeys(out);
}

/** Fields whose values differ between two integrations (after normalizing). */
export function differingFields(a: unknown, b: unknown, options: CompareOptions & { keepServerFields?: boolean } = {}): string[] {
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
 * present fields replace (null clears), api_key sets has_api_key, omitted fields stay.
 */
export function applyPatch(before: Json, body: Json, knownFields: ReadonlySet<string>): Json {
  const after: Json = { ...before };
  for (const [field, value] of Object.entries(body)) {
    if (!knownFields.has(field)) continue;
    if (field === 'api_key') after.has_api_key = value !== null;
    else after[field] = value;
  }
  return after;
}
