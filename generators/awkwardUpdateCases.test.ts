import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS, loadContract } from '../spec/index.js';
import { AWKWARD_KINDS } from './awkwardText.js';
import { awkwardUpdateCases } from './awkwardUpdateCases.js';
import { assertProduceSameValueGivenSameSeed } from './test-support/assertArbitrary.js';

describe.each(EDITIONS)('awkwardUpdateCases in the %s edition', (edition) => {
  it('names every free-text place of the update body (no scoping id, no enum) for every awkward kind', async () => {
    const contract = await loadContract(undefined, { edition });
    const cases = awkwardUpdateCases(contract);
    const places = [...new Set(cases.map((c) => c.place))];
    expect(places.slice(0, 6)).toEqual([
      'name',
      'api_key',
      'base_url',
      'model_names[]',
      'headers{key}',
      'headers{value}',
    ]);
    // Each kind of provider_metadata: each of its string members but the discriminator.
    expect(places.slice(6).map((p) => p.replace(/\(.*\)/, '()'))).toEqual(
      ['role_arn', 'external_id', 'project_id', 'location', 'project_access_label'].map(
        (m) => `provider_metadata().${m}`,
      ),
    );
    expect(cases).toHaveLength(places.length * AWKWARD_KINDS.length);
    expect(cases.filter((c) => c.writeOnly).map((c) => c.place)).toEqual(AWKWARD_KINDS.map(() => 'api_key'));
  });

  it('draws create and PATCH bodies the schemas accept, each holding text of its kind in its place', async () => {
    const contract = await loadContract(undefined, { edition });
    const create = contract.operation('create').requestBody!.validate;
    const update = contract.operation('update').requestBody!.validate;
    for (const [i, c] of awkwardUpdateCases(contract).entries()) {
      for (const bodies of fc.sample(c.arbitrary, { seed: i, numRuns: 3 })) {
        expect(create(bodies.create), `${c.place} ${c.kind} create`).toEqual([]);
        expect(update(bodies.patch), `${c.place} ${c.kind} patch`).toEqual([]);
        const text = JSON.stringify(bodies.patch);
        const expected = {
          'non-ascii': /[^\x00-\x7f]/,
          'lone-surrogate': /\\ud[89a-f]/,
          control: /\\u00[01]|\\[tnr]|\x7f/,
          special: /[%_\\*.[\]'"]/,
          long: /.{1200}/,
        }[c.kind];
        expect(text, `${c.place} ${c.kind}`).toMatch(expected);
      }
    }
  });

  it('gives the same values for the same seed', async () => {
    const contract = await loadContract(undefined, { edition });
    assertProduceSameValueGivenSameSeed(awkwardUpdateCases(contract)[0]!.arbitrary);
  });
});
