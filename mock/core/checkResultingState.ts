import { jsonUtf8Bytes, type AiIntegration } from '../../spec/portable.js';
import { isJsonObject } from '../../spec/portable.js';
import type { OperationRules } from './MockRules.js';
import type { Failure } from './Result.js';

/**
 * The rules checked on the integration as it would be stored (after defaults or after the patch):
 * the headers size limit, then provider consistency. Undefined when the state may be committed.
 */
export function checkResultingState(rules: OperationRules, resource: AiIntegration): Failure | undefined {
  // Read by the field names the rules give: a shallow copy is typed as a record.
  const state: Readonly<Record<string, unknown>> = { ...resource };
  const headers = state[rules.headersField];
  if (headers !== undefined && headers !== null) {
    const bytes = jsonUtf8Bytes(headers);
    if (bytes > rules.headersMaxBytes) {
      return {
        status: rules.headersStatus,
        rule: rules.ruleIds.headers,
        detail: `The ${rules.headersField} map takes ${bytes} bytes serialized as JSON; at most ${rules.headersMaxBytes} are allowed.`,
        errors: [
          {
            pointer: `/body/${rules.headersField}`,
            message: `must not exceed ${rules.headersMaxBytes} bytes serialized as JSON`,
          },
        ],
      };
    }
  }
  const provider = String(state[rules.providerField]);
  const requiredKind = Object.hasOwn(rules.requiredMetadataKind, provider)
    ? rules.requiredMetadataKind[provider]
    : undefined;
  const metadata = state[rules.metadataField];
  if (requiredKind !== undefined && (!isJsonObject(metadata) || metadata.kind !== requiredKind)) {
    return {
      status: rules.consistencyStatus,
      rule: rules.ruleIds.consistency,
      detail: `Provider ${provider} requires ${rules.metadataField} of kind ${requiredKind}.`,
      errors: [
        {
          pointer: `/body/${rules.metadataField}`,
          message: `must be ${requiredKind} metadata for provider ${provider}`,
        },
      ],
    };
  }
  return undefined;
}
