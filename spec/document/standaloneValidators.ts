import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Ajv, ValidateFunction } from 'ajv';
import type { PrecompiledValidators, ValidatorCompiler } from '../schema/validatorCompiler.js';

/*
 * The contract's validators as standalone code: the build compiles every schema of a prepared
 * snapshot (parameters, bodies, responses, component schemas) and writes the functions Ajv made,
 * as one ES module beside the snapshot. Loading it gives the same functions without Ajv compiling
 * anything at start-up; it is used only for the spec text it was made from.
 */

/** `<spec>.validators.js` beside `<spec>.prepared.json` (and so on for another edition's snapshot). */
export function validatorsPathFor(preparedPath: string): string {
  return preparedPath.replace(/\.prepared\.json$/, '.validators.js');
}

/** Writes the standalone code of every schema `compiler` compiled (it must keep sources). */
export async function writeStandaloneValidators(
  path: string,
  sourceSha256: string,
  compiler: ValidatorCompiler,
): Promise<void> {
  // Loaded here, not at the top: only the build writes standalone code.
  const { default: standaloneModule } = await import('ajv/dist/standalone/index.js');
  const standaloneCode = (
    standaloneModule as unknown as { default: (ajv: Ajv, refs: Record<string, string>) => string }
  ).default;
  const parts = [
    "// Written by the build (spec/document/standaloneValidators.ts): Ajv standalone code of the contract's validators.",
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    `export const sourceSha256 = ${JSON.stringify(sourceSha256)};`,
    'export const validators = [];',
  ];
  for (const { mode, ajv, schemas } of compiler.compiledSources()) {
    if (schemas.length === 0) continue;
    const code = standaloneCode(ajv, Object.fromEntries(schemas.map(({ id }) => [id, id])));
    parts.push(
      `{\nconst exports = {};\n${code}\n`,
      ...schemas.map(({ id, key }) => `validators.push([${JSON.stringify(key)}, exports.${id}]);`),
      `}\n// end of ${mode}`,
    );
  }
  await writeFile(path, `${parts.join('\n')}\n`);
}

/** The validators written for the spec text of hash `sourceSha256` at `path`, or undefined when there are none. */
export async function readStandaloneValidators(
  path: string,
  sourceSha256: string,
): Promise<PrecompiledValidators | undefined> {
  let module: { sourceSha256: string; validators: Array<[string, ValidateFunction]> };
  try {
    module = (await import(pathToFileURL(path).href)) as typeof module;
  } catch {
    return undefined;
  }
  return module.sourceSha256 === sourceSha256 ? new Map(module.validators) : undefined;
}
