import {
  IntegrationStore,
  isJsonObject,
  isSpace,
  type IntegrationStoreOptions,
  type MockRules,
} from '../core/index.js';
import { MockConfigError } from './MockConfigError.js';

/**
 * A fresh store holding the fixtures (enum values spelled in any edition, respelled into the
 * served one), or a MockConfigError listing every problem (shape, and each
 * integration the create rules refuse). Building a new store keeps a failed load from touching
 * the running state: the caller swaps stores only on success.
 */
export function loadFixtures(
  rules: MockRules,
  document: unknown,
  source: string,
  options: IntegrationStoreOptions = {},
): IntegrationStore {
  const store = new IntegrationStore(rules, options);
  const problems: string[] = [];
  const accounts = isJsonObject(document) ? document.accounts : undefined;
  if (!Array.isArray(accounts)) {
    throw new MockConfigError(source, ['must be an object with an "accounts" list']);
  }
  const seen = new Set<string>();
  for (const [a, entry] of accounts.entries()) {
    const at = `accounts[${a}]`;
    const fields: Record<string, unknown> = isJsonObject(entry) ? entry : {};
    const { account, spaces = [], ai_integrations: integrations = [] } = fields;
    if (typeof account !== 'string' || account === '') {
      problems.push(`${at}.account must be a non-empty string`);
      continue;
    }
    if (seen.has(account)) {
      problems.push(`${at}.account ${JSON.stringify(account)} is listed twice`);
      continue;
    }
    seen.add(account);
    if (!Array.isArray(spaces) || !spaces.every(isSpace))
      problems.push(`${at}.spaces must be a list of {id, name, organization_id?} strings`);
    else store.setSpaces(account, spaces);
    if (!Array.isArray(integrations)) {
      problems.push(`${at}.ai_integrations must be a list of create bodies`);
      continue;
    }
    for (const [i, body] of integrations.entries()) {
      // Fixtures are configuration: either edition's spelling is read as the served edition's.
      const created = store.create(account, rules.spelling.respell(body));
      if (created.ok) continue;
      const { status, detail, errors = [] } = created.failure;
      const fields = errors.map((e) => `${e.pointer.replace(/^\/body/, '') || '/'} ${e.message}`).join('; ');
      problems.push(
        `${at}.ai_integrations[${i}] would be refused with ${status}: ${detail}${fields && !detail.includes(fields) ? ` (${fields})` : ''}`,
      );
    }
  }
  if (problems.length > 0) throw new MockConfigError(source, problems);
  return store;
}
