import { describe, expect, it } from 'vitest';
import { startMock } from '../../mock/index.js';
import { toJson } from '../reports/toJson.js';
import { runConformance } from '../runConformance.js';
import { LEAK_PREFIX, startKeyRewritingProxy } from '../test-support/keyRewritingProxy.js';

const KEY = 'sk-secrets-PRIMARY-c41f9e';
const OTHER = 'sk-secrets-OTHER-08d2b7';

describe('api keys during a conformance run against the mock', () => {
  it('no api_key sent (nor a bearer key) appears in any response body, response header or mock log line', async () => {
    const lines: string[] = [];
    const mock = await startMock({
      port: 0,
      host: '127.0.0.1',
      fixtures: null,
      logger: { info: (l) => lines.push(l), error: (l) => lines.push(l) },
    });
    const leaks: string[] = [];
    let responses = 0;
    const holdsSecret = (text: string) => text.includes(LEAK_PREFIX) || text.includes(KEY) || text.includes(OTHER);
    const proxy = await startKeyRewritingProxy(mock.url, (request, headers, body) => {
      responses++;
      if (holdsSecret(body) || Object.values(headers).some(holdsSecret))
        leaks.push(`${request}: ${body.slice(0, 200)}`);
    });
    try {
      const report = await runConformance({
        target: proxy.url,
        apiKey: KEY,
        otherApiKey: OTHER,
        runs: 4,
        seed: 2718,
        strict: true,
      });
      const leakedLines = lines.filter(holdsSecret);
      console.log(
        `secrets during a conformance run: ${JSON.stringify({ responsesScanned: responses, keysSent: proxy.keys.size, logLinesScanned: lines.length, leaksFound: leaks.length + leakedLines.length })}`,
      );
      expect(report.results.filter((r) => r.outcome !== 'passed').map((r) => [r.rule, r.outcome, r.reason])).toEqual(
        [],
      );
      expect(proxy.keys.size).toBeGreaterThan(50);
      expect(lines.length).toBeGreaterThan(500);
      expect(leaks).toEqual([]);
      expect(leakedLines).toEqual([]);
      expect(toJson(report)).not.toMatch(new RegExp(`${KEY}|${OTHER}`));
    } finally {
      await proxy.close();
      await mock.close();
    }
  });
});
