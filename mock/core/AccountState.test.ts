import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AiIntegration } from '../../spec/index.js';
import { AccountState } from './AccountState.js';
import type { IntegrationRecord } from './IntegrationRecord.js';

const stored = (sequence: number, name: string): IntegrationRecord => ({
  sequence,
  apiKey: undefined,
  resource: { id: `id-${sequence}`, name } as AiIntegration,
});

const letter = fc.constantFrom('a', 'B', 'ab', 'Σ', 'σ', 'ς', 'İ', 'é', ' ', 'x', '\u0000');
const name = fc.string({ unit: letter, minLength: 1, maxLength: 6 });
const step = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), name }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('query' as const),
    needle: fc.string({ unit: letter, minLength: 1, maxLength: 3 }),
    before: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
  }),
);

describe('AccountState name index', () => {
  it('finds, newest first and below a cursor, exactly the names a scan finds, through inserts, renames and removals', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const account = new AccountState('VXNlcjoxOm5OYkM=');
        let sequence = 0;
        for (const s of steps) {
          const all = [...account.newestFirst()];
          if (s.kind === 'insert') account.insert(stored(++sequence, s.name));
          else if (s.kind === 'rename' && all.length > 0) {
            const target = all[s.at % all.length]!;
            account.replace(stored(target.sequence, s.name));
          } else if (s.kind === 'remove' && all.length > 0) account.remove(all[s.at % all.length]!.resource.id);
          else if (s.kind === 'query') {
            const needle = s.needle.toLowerCase();
            if (needle.includes('\u0000')) continue;
            const scanned = [...account.newestFirst(s.before)]
              .filter((i) => i.resource.name.toLowerCase().includes(needle))
              .map((i) => i.sequence);
            expect([...account.newestFirstNamed(needle, s.before)].map((i) => i.sequence)).toEqual(scanned);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
