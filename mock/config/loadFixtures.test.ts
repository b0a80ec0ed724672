import { describe, expect, it } from 'vitest';
import { loadContract } from '../../spec/index.js';
import { readMockRules } from '../core/index.js';
import { loadFixtures } from './loadFixtures.js';
import { MockConfigError } from './MockConfigError.js';

const rules = readMockRules(await loadContract());

function problemsOf(document: unknown): readonly string[] {
  try {
    loadFixtures(rules, document, 'test fixtures');
  } catch (error) {
    if (error instanceof MockConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadFixtures', () => {
  it('creates the integrations in order, the last one newest', () => {
    const store = loadFixtures(
      rules,
      {
        accounts: [
          {
            account: 'a',
            ai_integrations: [
              { name: 'Old', provider: 'openAI' },
              { name: 'New', provider: 'gemini' },
            ],
          },
        ],
      },
      'x',
    );
    const page = store.list('a', { limit: 10 });
    expect(page.ok && page.value.ai_integrations.map((i) => i.name)).toEqual(['New', 'Old']);
  });

  it('reads enum values in either edition, and still refuses a value no edition knows', () => {
    const store = loadFixtures(
      rules,
      {
        accounts: [
          {
            account: 'a',
            ai_integrations: [
              {
                name: 'Upper',
                provider: 'VERTEX_AI',
                auth_type: 'BEARER_TOKEN',
                provider_metadata: { kind: 'GCP', project_id: 'p', location: 'l', project_access_label: 'x' },
              },
            ],
          },
        ],
      },
      'x',
    );
    const page = store.list('a', { limit: 10 });
    expect(page.ok && page.value.ai_integrations[0]).toMatchObject({
      provider: 'vertexAI',
      auth_type: 'bearer_token',
      provider_metadata: { kind: 'gcp' },
    });
    expect(problemsOf({ accounts: [{ account: 'a', ai_integrations: [{ name: 'X', provider: 'Open_AI' }] }] })).toEqual(
      [
        expect.stringMatching(
          /^accounts\[0\]\.ai_integrations\[0\] would be refused with 400: .*\/body\/provider must be one of/,
        ),
      ],
    );
  });

  it('lists every problem at once, each with where it is', () => {
    expect(problemsOf('nope')).toEqual(['must be an object with an "accounts" list']);
    expect(
      problemsOf({
        accounts: [
          { account: '' },
          {
            account: 'a',
            spaces: [{ id: 1 }],
            ai_integrations: [
              { name: 'X', provider: 'openAI' },
              { name: 'X', provider: 'openAI' },
              { provider: 'nope' },
            ],
          },
          { account: 'a' },
        ],
      }),
    ).toEqual([
      'accounts[0].account must be a non-empty string',
      'accounts[1].spaces must be a list of {id, name, organization_id?} strings',
      'accounts[1].ai_integrations[1] would be refused with 409: An AI integration named "X" already exists in this account. (/name is already used by another integration of this account)',
      expect.stringMatching(
        /^accounts\[1\]\.ai_integrations\[2\] would be refused with 400: .*\/body\/name is required/,
      ),
      'accounts[2].account "a" is listed twice',
    ]);
  });
});
