import { describe, expect, it } from 'vitest';
import { runConformance } from '../../runConformance.js';
import { SQL_FAULTS, SQL_LEGITIMATE, startSqlServer } from './startSqlServer.js';

/**
 * The cheap slice of `npm run conformance:sql`: the correct SQL server passes the rules its faults
 * are about on one seed; each fault is caught by the rule meant to catch it, each legitimate switch
 * passes those rules. The full matrix (every switch, the whole kit, seeds 1-5) is the script's.
 */
describe('the kit against a Fastify and SQLite server', () => {
  it('passes the rules its faults are about against the correct server and leaves nothing behind', async () => {
    const server = await startSqlServer();
    try {
      // rejection-is-atomic, which catches the metadata fault, is the slowest rule: the script runs it on the correct server.
      const rules = [...new Set(Object.values(SQL_FAULTS).flatMap((f) => f.caughtBy ?? []))].filter(
        (r) => r !== 'rejection-is-atomic',
      );
      const report = await runConformance({
        target: server.url,
        apiKey: 'k-sql-correct',
        otherApiKey: 'k2-sql-correct',
        runs: 1,
        seed: 1,
        rules,
      });
      expect(report.results.map((r) => r.rule).sort()).toEqual(rules.sort());
      expect(
        report.results
          .filter((r) => r.outcome !== 'passed')
          .map((r) => `${r.rule}: ${r.failure?.message ?? r.reason ?? ''}`),
      ).toEqual([]);
      expect(server.count('k-sql-correct') + server.count('k2-sql-correct')).toBe(0);
    } finally {
      await server.close();
    }
  }, 120_000);

  it.each(Object.entries(SQL_FAULTS))(
    'catches the fault %s',
    async (_name, fault) => {
      const server = await startSqlServer(fault.options);
      try {
        const report = await runConformance({
          target: server.url,
          apiKey: 'k-sql-fault',
          runs: 1,
          seed: 1,
          rules: [...fault.caughtBy!],
        });
        expect(report.results.map((r) => r.outcome)).toContain('failed');
        expect(server.count('k-sql-fault')).toBe(0);
      } finally {
        await server.close();
      }
    },
    60_000,
  );

  it.each(Object.entries(SQL_LEGITIMATE))(
    'passes the text and request rules with the legitimate switch %s',
    async (_name, legitimate) => {
      const server = await startSqlServer(legitimate.options);
      try {
        const report = await runConformance({
          target: server.url,
          apiKey: 'k-sql-legit',
          runs: 1,
          seed: 1,
          rules: ['awkward-text', 'list-and-pagination', 'client-requests'],
        });
        expect(
          report.results.filter((r) => r.outcome !== 'passed').map((r) => `${r.rule}: ${r.failure?.message ?? ''}`),
        ).toEqual([]);
      } finally {
        await server.close();
      }
    },
    60_000,
  );

  it('tolerates values stored without surrounding whitespace in awkward-text, and fails them with --strict', async () => {
    const server = await startSqlServer({ trimValues: true });
    try {
      const run = (strict: boolean) =>
        runConformance({
          target: server.url,
          apiKey: `k-sql-trim-${strict}`,
          runs: 1,
          seed: 1,
          strict,
          rules: ['awkward-text'],
        });
      expect((await run(false)).results.map((r) => r.outcome)).toEqual(['passed']);
      expect((await run(true)).results[0]!.failure?.message).toMatch(/came back changed/);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('answers a bodiless DELETE with a JSON Content-Type, and an id past 100 characters, itself', async () => {
    const server = await startSqlServer();
    try {
      const headers = { authorization: 'Bearer k-sql-probe', 'content-type': 'application/json' };
      const created = await fetch(`${server.url}/v2/ai-integrations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'n', provider: 'openAI' }),
      });
      const { id } = (await created.json()) as { id: string };
      expect((await fetch(`${server.url}/v2/ai-integrations/${id}`, { method: 'DELETE', headers })).status).toBe(204);
      const long = await fetch(`${server.url}/v2/ai-integrations/${'A'.repeat(600)}`, { headers });
      expect(long.status).toBe(400);
      expect(long.headers.get('content-type')).toMatch(/^application\/problem\+json\b/);
    } finally {
      await server.close();
    }
  });
});
