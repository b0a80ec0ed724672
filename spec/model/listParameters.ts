import type { Contract } from '../contract/Contract.js';

/** The list operation's paging and filter parameters, as the spec declares them. */
export interface ListParameters {
  /** The page size: an integer with a minimum and a maximum, and the size a server uses when it is left out if the spec says. */
  readonly pageSize: {
    readonly name: string;
    readonly minimum: number;
    readonly maximum: number;
    readonly default?: number;
  };
  /** The name filter (the query parameter named like the field the name-unique rule is about). */
  readonly nameFilter: string;
  /** The name filter's maxLength, when the spec gives one. */
  readonly nameFilterMaxLength?: number;
  /** The cursor a next page is asked with. */
  readonly cursor: string;
}

/** The list operation's page-size parameter, its name filter and its cursor, read from the spec. */
export function listParameters(contract: Contract): ListParameters {
  const parameters = contract.operation('list').parameters.filter((p) => p.in === 'query');
  const pageSize = parameters.find(
    (p) => p.schema.type === 'integer' && typeof p.schema.minimum === 'number' && typeof p.schema.maximum === 'number',
  );
  const [nameField] = contract.rule('name-unique').fields;
  const nameFilter = parameters.find((p) => p.name === nameField && p.schema.type === 'string');
  const cursor = parameters.find((p) => p !== nameFilter && p.schema.type === 'string' && /cursor/i.test(p.name));
  const { minimum, maximum, default: byDefault } = pageSize?.schema ?? {};
  if (!pageSize || minimum === undefined || maximum === undefined || !nameFilter || !cursor)
    throw new Error(
      'the list operation declares no page size (an integer with a minimum and a maximum), name filter or cursor parameter',
    );
  return {
    pageSize: {
      name: pageSize.name,
      minimum,
      maximum,
      ...(typeof byDefault === 'number' ? { default: byDefault } : {}),
    },
    nameFilter: nameFilter.name,
    ...(typeof nameFilter.schema.maxLength === 'number' ? { nameFilterMaxLength: nameFilter.schema.maxLength } : {}),
    cursor: cursor.name,
  };
}
