import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { DEFAULT_SPEC_PATH, loadContract } from '../../../spec/index.js';
import { EDITIONS, type PreparedContract } from '../../../spec/portable.js';
import { sha256 } from '../../../spec/document/preparedContract.js';

/** The generated module the msw entry imports its contracts from, and its declaration. */
export const EMBEDDED_CONTRACTS_PATHS = {
  module: fileURLToPath(new URL('../embeddedContracts.generated.js', import.meta.url)),
  declaration: fileURLToPath(new URL('../embeddedContracts.generated.d.ts', import.meta.url)),
} as const;

const HEADER = '// Generated from spec/openapi.yaml by `npm run generate` (mock/msw/codegen): do not edit.\n';

/**
 * The texts of mock/msw/embeddedContracts.generated.js and its declaration: the project's spec in every edition,
 * validated and dereferenced (the snapshot `npm run build` also prepares, spec/preparedContract.ts),
 * so that the msw entry needs no file system, no YAML parser and no build step before it. Plain
 * JavaScript with a declaration beside it: the type checker never reads the large literal, while
 * esbuild and vitest do.
 */
export async function embeddedContractsSource(): Promise<{ module: string; declaration: string }> {
  const sourceSha256 = sha256(await readFile(DEFAULT_SPEC_PATH, 'utf8'));
  const contracts: Record<string, PreparedContract> = {};
  let defaultEdition = '';
  for (const edition of EDITIONS) {
    const contract = await loadContract(DEFAULT_SPEC_PATH, { edition });
    contracts[edition] = { sourceSha256, edition, document: contract.document, dereferenced: contract.dereferenced };
    defaultEdition = contract.editions.default;
  }
  return {
    module: `${HEADER}
/** The edition served when none is asked for. */
export const embeddedDefaultEdition = ${JSON.stringify(defaultEdition)};

/** The spec in each edition, validated and dereferenced, by the edition it speaks. */
export const embeddedContracts = ${JSON.stringify(contracts, null, 1)};
`,
    declaration: `${HEADER}import type { Edition, PreparedContract } from '../../spec/portable.js';

/** The edition served when none is asked for. */
export declare const embeddedDefaultEdition: Edition;

/** The spec in each edition, validated and dereferenced, by the edition it speaks. */
export declare const embeddedContracts: Readonly<Record<Edition, PreparedContract>>;
`,
  };
}
