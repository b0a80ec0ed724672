import { type Contract, successStatus } from '../../../spec/index.js';
import { expectStatus, fail } from '../../expect.js';
import { isIntegration, type Integration } from '../../IntegrationsApi.js';
import type { RecordedExchange } from '../../transport/ExchangeLog.js';

/** A create's answer: the create operation's success status with an integration. */
export function expectCreated(exchange: RecordedExchange, what: string, contract: Contract): Integration {
  expectStatus(exchange, successStatus(contract, 'create'), what);
  if (!isIntegration(exchange.body)) fail(`${what}: the body is not an integration`, { actual: exchange.body });
  return exchange.body;
}
