import { listParameters, type Contract } from '../spec/index.js';

/** Where the AI integrations live on a target, read from the spec (never written out by hand). */
export interface IntegrationPaths {
  /** The collection, e.g. `/v2/ai-integrations` (list and create). */
  readonly collection: string;
  /** One integration, its id URL-encoded, e.g. `/v2/ai-integrations/TGxt...%3D%3D` (get, patch, delete). */
  item(id: string): string;
  /** The item path as the spec writes it, e.g. `/v2/ai-integrations/{integration_id}`, for reports. */
  readonly itemTemplate: string;
  /** The id parameter's pattern (the spec's Base64Id), e.g. `^[A-Za-z0-9+/]+={0,2}$`: an id failing it is malformed. */
  readonly idPattern: RegExp;
  /**
   * The collection with a query for the largest page the spec allows of the integrations whose name
   * contains `name`, from `cursor` on: the parameter names and the largest page size are the spec's.
   */
  search(name: string, cursor?: string): string;
}

/** The paths of the spec's list and get operations. */
export function integrationPaths(contract: Contract): IntegrationPaths {
  const collection = contract.operation('list').path;
  const itemTemplate = contract.operation('get').path;
  const parameter = /\{([^}]+)\}/;
  const name = parameter.exec(itemTemplate)?.[1];
  if (name === undefined) throw new Error(`the path of the get operation has no id parameter: ${itemTemplate}`);
  const pattern = contract.operation('get').parameters.find((p) => p.in === 'path' && p.name === name)?.schema.pattern;
  if (typeof pattern !== 'string') throw new Error(`the path parameter ${name} of the get operation has no pattern`);
  const list = listParameters(contract);
  const search = (filter: string, cursor?: string) => {
    const query = new URLSearchParams({
      [list.pageSize.name]: String(list.pageSize.maximum),
      [list.nameFilter]: filter,
    });
    if (cursor !== undefined) query.set(list.cursor, cursor);
    return `${collection}?${query}`;
  };
  return {
    collection,
    itemTemplate,
    idPattern: new RegExp(pattern, 'u'),
    item: (id) => itemTemplate.replace(parameter, encodeURIComponent(id)),
    search,
  };
}
