import { resourceFields, type Contract } from '../spec/index.js';
import { differingFields, normalizeIntegration, type CompareOptions } from './compare.js';
import { isIntegration, type Integration, type IntegrationsApi } from './IntegrationsApi.js';
import type { RecordedExchange } from './transport/ExchangeLog.js';
import { Violation } from './Violation.js';

/** Assertion helpers of the rules: each throws a Violation saying what was expected and what came back. */

export function expectStatus(exchange: RecordedExchange, expected: number | readonly number[] | 'client-error', what: string): void {
  const ok = expected === 'client-error' ? exchange.status >= 400 && exchange.status < 500 : ([] as number[]).concat(expected).includes(exchange.status);
  if (!ok) {
    const statuses = expected === 'client-error' ? [] : ([] as number[]).concat(expected);
    const wanted = expected === 'client-error' ? '4xx' : statuses.join(' or ');
    throw new Violation(`${what}: expected ${wanted}, got ${exchange.status}`, {
      expected: { status: statuses.length === 1 ? statuses[0] : wanted },
      actual: { status: exchange.status, body: exchange.body },
    });
  }
}

/** A 200 whose body is an integration. */
export function expectIntegration(exchange: RecordedExchange, what: string): Integration {
  expectStatus(exchange, 200, what);
  if (!isIntegration(exchange.body)) throw new Violation(`${what}: the 200 body is not an integration`, { actual: exchange.body });
  return exchange.body;
}

/** GET the integration and require it equal `before`, server fields included (updated_at too). */
export async function expectUnchanged(api: IntegrationsApi, before: Integration, what: string, options: CompareOptions): Promise<void> {
  const exchange = await api.get(before.id);
  const now = expectIntegration(exchange, `${what}: reading it back`);
  const changed = differingFields(before, now, { ...options, keepServerFields: true });
  if (changed.length > 0) {
    throw new Violation(`${what}: the integration changed (${changed.join(', ')})`, {
      expected: pick(normalizeIntegration(before, { ...options, keepServerFields: true }), changed),
      actual: pick(normalizeIntegration(now, { ...options, keepServerFields: true }), changed),
    });
  }
}

/** Require `actual` to equal `expected` on the given fields (normalized). */
export function expectFields(actual: Integration, expected: Record<string, unknown>, fields: readonly string[], what: string, options: CompareOptions): void {
  const a = normalizeIntegration(actual, { ...options, keepServerFields: true });
  const e = normalizeIntegration(expected, { ...options, keepServerFields: true });
  const wrong = fields.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(e[f]));
  if (wrong.length > 0) {
    throw new Violation(`${what}: ${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not as expected`, {
      expected: pick(e, wrong),
      actual: pick(a, wrong),
    });
  }
}

export function fail(message: string, details: { expected?: unknown; actual?: unknown } = {}): never {
  throw new Violation(message, details);
}

/** The updatable fields: the properties of the update body schema. */
export function updatableFields(contract: Contract): Set<string> {
  return new Set(resourceFields(contract).updatable);
}

function pick(value: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, value[f]]));
}
