import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS, type Edition } from '../spec/index.js';
import {
  anyJsonValue,
  pointerOf,
  PROTOTYPE_NAMES,
  unknownKeyBodies,
  unknownName,
  withKey,
  type UnknownKeyBodies,
} from '../spec/test-support/unknownKeyBodies.js';
import { ADMIN_PREFIX, silentLogger, startMock, type RunningMock } from './index.js';

/**
 * Rule unknown-properties-rejected over HTTP, in both editions: a key no request schema declares,
 * named like a member of Object.prototype or at random, in any closed object of a create or a
 * PATCH body, is a 400 naming it, and nothing is stored.
 */
const BASE = '/v2/ai-integrations';
const TOKEN = 'unknown-keys';

interface Reply {
  readonly status: number;
  readonly text: string;
  readonly body: any;
}

/** A mock of one edition, with one integration per body of the probe. */
interface Target {
  readonly mock: RunningMock;
  readonly probe: UnknownKeyBodies;
  readonly ids: string[];
  request(method: string, path: string, token: string, text?: string): Promise<Reply>;
}

const targets = new Map<Edition, Target>();
beforeAll(async () => {
  for (const edition of EDITIONS) {
    const mock = await startMock({ port: 0, fixtures: null, logger: silentLogger, edition });
    const request = async (method: string, path: string, token: string, text?: string): Promise<Reply> => {
      const response = await fetch(`${mock.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(text === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(text === undefined ? {} : { body: text }),
      });
      const body = await response.text();
      return { status: response.status, text: body, body: body === '' ? undefined : JSON.parse(body) };
    };
    const probe = unknownKeyBodies(mock.state.contract);
    const ids: string[] = [];
    for (const body of probe.bodies) {
      const created = await request('POST', BASE, TOKEN, JSON.stringify(body));
      expect(created.status).toBe(201);
      ids.push(created.body.id);
    }
    targets.set(edition, { mock, probe, ids, request });
  }
});
afterAll(async () => {
  for (const { mock } of targets.values()) await mock.close();
});

const dump = async (t: Target) => (await t.request('GET', `${ADMIN_PREFIX}/state`, TOKEN)).text;

describe.each(EDITIONS)('unknown keys sent to a mock of the %s edition', (edition) => {
  it('are a 400 naming the key, on create and on PATCH, at every depth, whatever the name; nothing is stored', async () => {
    const t = targets.get(edition)!;
    const { probe, ids } = t;
    const before = await dump(t);
    const refuse = async (method: 'POST' | 'PATCH', body: Record<string, unknown>, pointer: string, index: number) => {
      const path = method === 'POST' ? BASE : `${BASE}/${encodeURIComponent(ids[index]!)}`;
      // Sent as text: JSON.stringify writes an own `__proto__` key as a key.
      const reply = await t.request(
        method,
        path,
        TOKEN,
        JSON.stringify(method === 'POST' ? { ...body, name: 'Never stored' } : body),
      );
      expect(reply.status, `${method} ${pointer}`).toBe(400);
      expect(reply.body.errors, `${method} ${pointer}`).toContainEqual({ pointer, message: 'is not a known property' });
      expect(reply.body.detail).toContain(pointer);
    };
    // Every prototype name once in every closed object, then random names and values.
    let n = 0;
    for (const name of PROTOTYPE_NAMES) {
      for (const path of probe.closedObjects) {
        const index = n++ % probe.bodies.length;
        const body = withKey(probe.bodies[index]!, path, name, 'x');
        await refuse(n % 2 === 0 ? 'POST' : 'PATCH', body, pointerOf('/body', path, name), index);
      }
    }
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.constantFrom(...probe.closedObjects),
        unknownName(probe.declaredNames),
        anyJsonValue,
        fc.constantFrom('POST' as const, 'PATCH' as const),
        async (pick, path, name, value, method) => {
          const index = pick % probe.bodies.length;
          await refuse(method, withKey(probe.bodies[index]!, path, name, value), pointerOf('/body', path, name), index);
        },
      ),
      { numRuns: 40, seed: 1212 },
    );
    expect(await dump(t)).toBe(before);
  });

  it('store headers named like Object.prototype members as plain entries, and refuse a non-string value', async () => {
    const t = targets.get(edition)!;
    const { probe } = t;
    const headers = Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, `v-${name}`]));
    const body = withKey({ ...probe.bodies[0]!, name: 'Prototype-named headers', headers: {} }, [], 'headers', headers);
    const created = await t.request('POST', BASE, `${TOKEN}-headers`, JSON.stringify(body));
    expect(created.status).toBe(201);
    expect(JSON.parse(created.text).headers).toEqual(JSON.parse(JSON.stringify(headers)));
    const refused = await t.request(
      'PATCH',
      `${BASE}/${encodeURIComponent(created.body.id)}`,
      `${TOKEN}-headers`,
      '{"headers":{"__proto__":5,"constructor":"ok"}}',
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toContainEqual({ pointer: '/body/headers/__proto__', message: 'must be string' });
    const after = await t.request('GET', `${BASE}/${encodeURIComponent(created.body.id)}`, `${TOKEN}-headers`);
    expect(after.text).toBe(created.text);
  });
});
