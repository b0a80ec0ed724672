import type { Contract } from '../contract/Contract.js';
import { perContract } from '../contract/perContract.js';
import type { OperationName } from '../editions/editions.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { declaredTypes, propertiesOf } from '../schema/schemaReaders.js';
import type { JsonSchema } from '../schema/compileValidators.js';

/** The member names of the list operation's success body, as the spec declares them. */
export interface ListingMembers {
  /** The array of integrations (`ai_integrations`). */
  readonly items: string;
  /** The paging object (`pagination`). */
  readonly pagination: string;
  /** Inside the paging object: the boolean that says another page follows (`has_more`). */
  readonly hasMore: string;
  /** Inside the paging object: the cursor of the next page (`next_cursor`). */
  readonly nextCursor: string;
}

/** One page of a listing, its members read by the spec's names; the paging values as the target sent them. */
export interface ListingPage {
  readonly items: readonly unknown[];
  readonly pagination: JsonObject;
  readonly hasMore: unknown;
  readonly nextCursor: unknown;
}

/** The one 2xx status the operation declares: what a success answers. */
export function successStatus(contract: Contract, operation: OperationName): number {
  const successes = contract.operation(operation).declaredStatuses.filter((s) => s >= 200 && s < 300);
  const [status] = successes;
  if (status === undefined || successes.length > 1)
    throw new Error(
      `the ${operation} operation declares ${successes.length} success statuses (${successes.join(', ')}), not one`,
    );
  return status;
}

/** The list body's members: the array property, the object property, and inside the latter its boolean and string. */
export const listingMembers = perContract((contract: Contract): ListingMembers => {
  const schema = contract.operation('list').responses.get(String(successStatus(contract, 'list')))?.schema;
  const members = Object.entries(propertiesOf(schema ?? {}));
  const items = memberOfType(members, 'array');
  const pagination = memberOfType(members, 'object');
  const paging = pagination ? Object.entries(propertiesOf(pagination[1])) : [];
  const hasMore = memberOfType(paging, 'boolean');
  const nextCursor = memberOfType(paging, 'string');
  if (!items || !pagination || !hasMore || !nextCursor)
    throw new Error(
      'the list operation answers no array of items beside a paging object with a boolean and a cursor string',
    );
  return { items: items[0], pagination: pagination[0], hasMore: hasMore[0], nextCursor: nextCursor[0] };
});

function memberOfType(
  members: ReadonlyArray<[string, JsonSchema]>,
  type: 'array' | 'object' | 'boolean' | 'string',
): [string, JsonSchema] | undefined {
  return members.find(([, schema]) => declaredTypes(schema).includes(type));
}

/** `body` read as one page of a listing, or undefined when it lacks the items array or the paging object. */
export function readListing(contract: Contract, body: unknown): ListingPage | undefined {
  const names = listingMembers(contract);
  if (!isJsonObject(body)) return undefined;
  const items = body[names.items];
  const pagination = body[names.pagination];
  if (!Array.isArray(items) || !isJsonObject(pagination)) return undefined;
  return { items, pagination, hasMore: pagination[names.hasMore], nextCursor: pagination[names.nextCursor] };
}
