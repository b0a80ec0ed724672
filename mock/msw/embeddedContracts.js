// The contract in each edition, as `npm run build` prepared it (validated and dereferenced; see
// spec/preparedContract.ts), embedded in the msw bundle so that it needs no file system and no
// YAML parser. Plain JavaScript with a declaration beside it: the type checker never reads the
// JSON (large, and written only once tsc has run), while esbuild and vitest do.
import camel from '../../dist/spec/openapi.prepared.json' with { type: 'json' };
import upper from '../../dist/spec/openapi.upper.prepared.json' with { type: 'json' };

/** The snapshots by the edition each speaks. */
export const embeddedContracts = Object.fromEntries([camel, upper].map((prepared) => [prepared.edition, prepared]));
