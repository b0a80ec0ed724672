import type { Contract } from '../contract/Contract.js';
import { perContract } from '../contract/perContract.js';
import type { JsonSchema } from '../schema/compileValidators.js';

/** The schema of an integration's id as the item operations take it: the get operation's path parameter. */
export const idSchema = perContract((contract: Contract): JsonSchema => {
  const parameter = contract.operation('get').parameters.find((p) => p.in === 'path');
  if (!parameter) throw new Error('the get operation takes no id in its path');
  return parameter.schema;
});
