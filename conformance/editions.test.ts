import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../mock/index.js';
import { formatSummary } from './reports/formatText.js';
import { toJson } from './reports/toJson.js';
import { toJUnit } from './reports/toJUnit.js';
import { allRules } from './rules/index.js';
import { runConformance } from './runConformance.js';
import { startProxy } from './test-support/brokenProxy.js';
import { listAll, MOCK_SCOPING_IDS, plainProvider, startMockTarget } from './test-support/mockTarget.js';
import { startTransitionProxy, type TransitionProxy } from './test-support/transitionProxy.js';
import { SetupError } from './transport/TargetError.js';

// The kit in each public edition: against the mock serving camel, the mock serving upper, and
// servers in transition that take both spellings. Small --runs: the full runs are in
// runConformance.test (camel) and the upper run below.
const KEY = 'sk-edition-SECRET-51ad';
const OTHER = 'sk-edition-OTHER-SECRET-e04c';
let camel: RunningMock;
let upper: RunningMock;
let openAI: string;
let OPEN_AI: string;
beforeAll(async () => {
  [camel, upper] = await Promise.all([startMockTarget({ edition: 'camel' }), startMockTarget({ edition: 'upper' })]);
  [openAI, OPEN_AI] = [await plainProvider('camel'), await plainProvider('upper')];
});
afterAll(async () => {
  await Promise.all([camel.close(), upper.close()]);
});

describe('the kit and the editions', () => {
  it('passes every rule, strict included, against the mock serving the upper edition with --edition upper', async () => {
    const report = await runConformance({
      ...MOCK_SCOPING_IDS,
      target: upper.url,
      apiKey: KEY,
      otherApiKey: OTHER,
      edition: 'upper',
      runs: 2,
      seed: 11,
      strict: true,
    });
    expect(report.results.map((r) => [r.rule, r.outcome, r.reason])).toEqual(
      allRules.map((r) => [r.id, 'passed', undefined]),
    );
    expect(report.edition).toEqual({
      edition: 'upper',
      source: 'given',
      evidence: `the target accepted provider "${OPEN_AI}", the upper edition's spelling, and answered in it`,
    });
    expect(report.cleanup.leftovers).toEqual([]);
    expect(await listAll(upper.url, KEY)).toEqual([]);
    expect(await listAll(upper.url, OTHER)).toEqual([]);
  });

  it.each([
    ['upper', () => camel, 'camel', () => `it refused provider "${OPEN_AI}" and accepted "${openAI}"`],
    ['camel', () => upper, 'upper', () => `it refused provider "${openAI}" and accepted "${OPEN_AI}"`],
  ] as const)(
    'with --edition %s against a mock of the other edition: stops at setup, naming the mismatch and the fix, and leaves nothing',
    async (asked, mock, speaks, how) => {
      const key = `sk-mismatch-${asked}`;
      let requests = 0;
      const counting = await startProxy(mock().url, (r, forward) => {
        requests++;
        return forward(r);
      });
      try {
        const error = await runConformance({ target: counting.url, apiKey: key, edition: asked, runs: 5 }).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(SetupError);
        expect((error as Error).message).toBe(
          `the target speaks the ${speaks} edition: ${how()}; run with --edition ${speaks}, or without --edition`,
        );
        // The list, the two probe creates, the delete of the one created, and the clean-up's list: never a rule.
        expect(requests).toBe(5);
        expect(await listAll(mock().url, key)).toEqual([]);
      } finally {
        await counting.close();
      }
    },
  );

  it('works out the edition of each mock when none is asked for, and says which and how in every report', async () => {
    const rules = ['non-empty', 'create'];
    const ofUpper = await runConformance({ target: upper.url, apiKey: KEY, runs: 3, seed: 2, rules });
    expect(ofUpper.passed).toBe(true);
    expect(ofUpper.edition).toEqual({
      edition: 'upper',
      source: 'detected',
      evidence: expect.stringMatching(
        new RegExp(
          `^the target refused provider "${openAI}" \\(400: .+\\) and accepted "${OPEN_AI}", the upper edition's spelling$`,
        ),
      ),
    });
    expect(formatSummary(ofUpper)).toContain(
      `\nEdition: upper (detected: the target refused provider "${openAI}" (400: `,
    );
    expect(JSON.parse(toJson(ofUpper)).edition).toEqual(ofUpper.edition);
    const xml = toJUnit(ofUpper);
    expect(xml).toContain('<property name="edition" value="upper"/>');
    expect(xml).toContain('<property name="edition.source" value="detected"/>');
    expect(xml).toContain(
      `<property name="edition.evidence" value="the target refused provider &quot;${openAI}&quot; (400: `,
    );

    const ofCamel = await runConformance({ target: camel.url, apiKey: KEY, runs: 3, seed: 2, rules });
    expect(ofCamel.passed).toBe(true);
    expect(ofCamel.edition).toEqual({
      edition: 'camel',
      source: 'detected',
      evidence: `the target accepted provider "${openAI}", the camel edition's spelling, and answered in it, and refused "${OPEN_AI}" (400), the upper edition's spelling`,
    });
  });

  describe('a server in transition, which accepts both spellings', () => {
    let inCamel: TransitionProxy;
    let inUpper: TransitionProxy;
    beforeAll(async () => {
      [inCamel, inUpper] = await Promise.all([
        startTransitionProxy(camel.url, 'camel'),
        startTransitionProxy(upper.url, 'upper'),
      ]);
    });
    afterAll(async () => {
      await Promise.all([inCamel.close(), inUpper.close()]);
    });

    it("passes every rule without --strict, the other edition's spellings among the invalid bodies included, and keeps the default edition", async () => {
      const report = await runConformance({
        ...MOCK_SCOPING_IDS,
        target: inCamel.url,
        apiKey: KEY,
        otherApiKey: OTHER,
        runs: 2,
        seed: 4,
      });
      expect(report.results.filter((r) => r.outcome !== 'passed').map((r) => [r.rule, r.outcome, r.reason])).toEqual(
        [],
      );
      expect(report.edition.edition).toBe('camel');
      expect(report.edition.evidence).toContain(
        'it accepts both editions, as a server in transition may, so the kit keeps the default, camel',
      );
      // Bodies in the other edition's spelling reached it, and it took some of them (a 200, judged as the body says).
      expect(inCamel.respelled.filter((r) => r.method === 'PATCH' && r.status === 200).length).toBeGreaterThan(0);
    });

    it("fails rejection-is-atomic with --strict, naming the strict-only family of the other edition's spellings", async () => {
      const report = await runConformance({
        target: inCamel.url,
        apiKey: KEY,
        runs: 40,
        seed: 4,
        strict: true,
        rules: ['rejection-is-atomic'],
      });
      const [result] = report.results;
      expect(result?.outcome).toBe('failed');
      expect(result?.failure?.message).toMatch(
        /^other-edition-spelling \(types-enforced\): .*the upper edition's spelling, where the contract speaks camel/,
      );
    });

    it('speaks the edition a server answers in, though it also takes the other spelling in; --edition for the other one is a setup error', async () => {
      const report = await runConformance({
        target: inUpper.url,
        apiKey: KEY,
        runs: 2,
        seed: 1,
        rules: ['non-empty', 'read-back'],
      });
      expect(report.passed).toBe(true);
      expect(report.edition).toEqual({
        edition: 'upper',
        source: 'detected',
        evidence: `the target answered provider "${openAI}" with "${OPEN_AI}", the upper edition's spelling, and accepted "${OPEN_AI}"`,
      });
      await expect(runConformance({ target: inUpper.url, apiKey: KEY, edition: 'camel', runs: 2 })).rejects.toThrow(
        `the target speaks the upper edition: it accepted provider "${openAI}" but answered "${OPEN_AI}"; run with --edition upper, or without --edition`,
      );
    });
  });
});
