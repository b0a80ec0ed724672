import { describe, expect, it } from 'vitest';
import { loadContract, readContract } from '../document/loadContract.js';
import { OPERATION_NAMES } from '../editions/editions.js';
import { brokenSpec } from '../test-support/brokenSpec.js';
import { listingMembers, readListing, successStatus } from './listing.js';

const contract = await loadContract();

describe('successStatus', () => {
  it("reads each operation's one 2xx status from the spec", () => {
    expect(OPERATION_NAMES.map((op) => successStatus(contract, op))).toEqual([200, 201, 200, 200, 204]);
  });
});

describe('listingMembers', () => {
  it("names the list body's members as the spec declares them", () => {
    expect(listingMembers(contract)).toEqual({
      items: 'ai_integrations',
      pagination: 'pagination',
      hasMore: 'has_more',
      nextCursor: 'next_cursor',
    });
  });

  it('follows a renamed items member', async () => {
    const changed = await readContract(
      brokenSpec((d) => {
        const list = d.components.schemas.AiIntegrationList;
        list.properties.integrations = list.properties.ai_integrations;
        delete list.properties.ai_integrations;
        list.required = ['integrations', 'pagination'];
      }),
    );
    expect(listingMembers(changed).items).toBe('integrations');
  });
});

describe('readListing', () => {
  it('reads a page by the spec names, and refuses a body without them', () => {
    const page = readListing(contract, {
      ai_integrations: [{ id: 'a' }],
      pagination: { has_more: true, next_cursor: 'c' },
    });
    expect(page).toEqual({
      items: [{ id: 'a' }],
      pagination: { has_more: true, next_cursor: 'c' },
      hasMore: true,
      nextCursor: 'c',
    });
    expect(readListing(contract, { items: [], pagination: {} })).toBeUndefined();
    expect(readListing(contract, { ai_integrations: [], pagination: null })).toBeUndefined();
    expect(readListing(contract, [])).toBeUndefined();
  });
});
