import type { RuleId } from '../spec/index.js';
/** The kinds of invalid update bodies the generators produce, with the rule each one breaks. */
export interface InvalidFamilyInfo {
  readonly family: string;
  /** The rule id in the spec's x-contract-rules (status and strictness are read from it). */
  readonly rule: RuleId;
  /** Whether the body passes the schema and breaks a rule JSON Schema cannot say. */
  readonly semantic: boolean;
  /** Whether the family has one variant per body property, derived from the schema. */
  readonly perField: boolean;
  readonly summary: string;
  /**
   * Checked by the kit only with --strict whatever its rule says: the family sends what a server
   * faithful to the public facts may accept (another edition's spelling, for a server in transition).
   */
  readonly strictOnly?: boolean;
}

export const INVALID_FAMILIES = [
  {
    family: 'empty-body',
    rule: 'non-empty',
    semantic: false,
    perField: false,
    summary: 'The body is `{}`: no updatable field.',
  },
  {
    family: 'only-unknown-properties',
    rule: 'non-empty',
    semantic: false,
    perField: false,
    summary:
      'The body holds only properties the spec does not declare: 400 whether a server rejects unknown properties or ignores them (then the body is empty).',
  },
  {
    family: 'unknown-property',
    rule: 'unknown-properties-rejected',
    semantic: false,
    perField: false,
    summary: 'Valid fields plus one property the spec does not declare (a strict-mode decision).',
  },
  {
    family: 'wrong-type',
    rule: 'types-enforced',
    semantic: false,
    perField: true,
    summary: 'One property holds a value of a JSON type its schema rejects.',
  },
  {
    family: 'null-on-non-nullable',
    rule: 'types-enforced',
    semantic: false,
    perField: true,
    summary: 'One property that does not accept null is null.',
  },
  {
    family: 'unknown-enum-value',
    rule: 'types-enforced',
    semantic: false,
    perField: true,
    summary:
      'One enum property holds a value outside its enum (other spellings, random text), never how another edition of the API spells one of its values.',
  },
  {
    family: 'other-edition-spelling',
    rule: 'types-enforced',
    semantic: false,
    perField: false,
    strictOnly: true,
    summary:
      "A valid body with provider, auth_type or provider_metadata's kind (one of them, or all) spelled as another edition of the API spells it: refused by a server of one edition, accepted by one in transition, so checked only with --strict.",
  },
  {
    family: 'empty-string',
    rule: 'non-empty-strings',
    semantic: false,
    perField: true,
    summary: 'One string property with a minimum length (name, api_key) is the empty string (a strict-mode decision).',
  },
  {
    family: 'malformed-structure',
    rule: 'types-enforced',
    semantic: false,
    perField: true,
    summary:
      'A list or object property (scopings, provider_metadata, headers, model_names) has the right outer type but is broken inside: a wrong type, null or enum value, or a missing required property.',
  },
  {
    family: 'missing-nested-required',
    rule: 'types-enforced',
    semantic: false,
    perField: true,
    summary:
      "An object inside the body lacks one member its schema requires, read from the spec's `required` lists: one case per kind of provider_metadata and per required member (scopings get none: the Scoping schema requires no member).",
  },
  {
    family: 'nested-unknown-property',
    rule: 'unknown-properties-rejected',
    semantic: false,
    perField: true,
    summary:
      'A scoping or provider_metadata object carries a property its schema does not declare (a strict-mode decision).',
  },
  {
    family: 'headers-too-large',
    rule: 'headers-size-limit',
    semantic: true,
    perField: false,
    summary:
      'headers serialized as JSON exceed the byte limit (some only when counted in UTF-8 bytes, not characters).',
  },
  {
    family: 'provider-metadata-mismatch',
    rule: 'provider-consistency',
    semantic: true,
    perField: false,
    summary:
      'A provider that needs metadata of one kind, sent with null or the other kind: inconsistent whatever the stored state.',
  },
  {
    family: 'non-object-body',
    rule: 'malformed-body',
    semantic: false,
    perField: false,
    summary: 'The body is JSON but not an object: an array, a string, a number, a boolean or null.',
  },
  {
    family: 'malformed-json',
    rule: 'malformed-body',
    semantic: false,
    perField: false,
    summary: 'The body text is not JSON (truncated, trailing comma, single quotes, comments...).',
  },
] as const satisfies readonly InvalidFamilyInfo[];

export type InvalidFamily = (typeof INVALID_FAMILIES)[number]['family'];

export const INVALID_FAMILY_NAMES: readonly InvalidFamily[] = INVALID_FAMILIES.map((f) => f.family);

/** What a family is and which rule it breaks; throws on a name that is not a family. */
export function describeInvalid(family: string): InvalidFamilyInfo {
  const found = INVALID_FAMILIES.find((f) => f.family === family);
  if (!found) throw new RangeError(`"${family}" is not an invalid family (known: ${INVALID_FAMILY_NAMES.join(', ')})`);
  return found;
}
