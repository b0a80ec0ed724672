import type { AiIntegration, Validator } from '../../spec/index.js';

/** Whether the contract's resource schema (`validateResource`) accepts `value`: then it is an AiIntegration. */
export function isResource(value: unknown, validateResource: Validator): value is AiIntegration {
  return validateResource(value).length === 0;
}
