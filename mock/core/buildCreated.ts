import { cloneJson } from './cloneJson.js';
import type { OperationRules } from './MockRules.js';
import { inFieldOrder, type IntegrationRecord } from './IntegrationRecord.js';

export interface CreationFacts {
  readonly sequence: number;
  readonly id: string;
  readonly userId: string;
  readonly timestamp: string;
}

/**
 * The integration a valid create body describes: body fields, then the contract's defaults for
 * the omitted ones. No create field is nullable in the spec, so a null is a 400 before this point;
 * were one made nullable, its null would mean "none", stored as absent (the contract treats absent
 * and null as equal). The write-only key is kept beside the resource, never in it.
 */
export function buildCreated(
  rules: OperationRules,
  resourceFields: readonly string[],
  body: Readonly<Record<string, unknown>>,
  facts: CreationFacts,
): IntegrationRecord {
  const apiKey = body[rules.apiKeyField];
  const fields: Array<[string, unknown]> = [];
  for (const field of rules.fields) {
    if (field === rules.apiKeyField) continue;
    if (Object.hasOwn(body, field)) {
      if (body[field] !== null) fields.push([field, cloneJson(body[field])]);
    } else if (Object.hasOwn(rules.defaults, field)) {
      fields.push([field, cloneJson(rules.defaults[field])]);
    }
  }
  const resource = inFieldOrder(
    Object.fromEntries([
      ['id', facts.id],
      ...fields,
      ['has_api_key', typeof apiKey === 'string'],
      ['created_at', facts.timestamp],
      ['updated_at', facts.timestamp],
      ['created_by_user_id', facts.userId],
    ]),
    resourceFields,
  );
  return { sequence: facts.sequence, apiKey: typeof apiKey === 'string' ? apiKey : undefined, resource };
}
