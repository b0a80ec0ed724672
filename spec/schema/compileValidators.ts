import { ValidatorCompiler, type AjvClasses, type ValidatorCompilerOptions } from './validatorCompiler.js';

export type { JsonSchema, Validator } from './validatorCompiler.js';

/*
 * Ajv is loaded only when a schema needs compiling. In Node (process.getBuiltinModule, Node 20.16
 * and later) it is required on that first compile, so a contract whose validators the build
 * precompiled never loads Ajv's compiler; elsewhere (a browser, an older Node) it is imported
 * while this module loads, before any contract is built. No node: module is imported here.
 */
type NodeModuleApi = { createRequire(url: string): (id: string) => unknown };
const nodeModule = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:module') as NodeModuleApi | undefined;
const requireHere = nodeModule?.createRequire(import.meta.url);
const imported: AjvClasses | undefined = requireHere ? undefined : await importAjv();
let required: AjvClasses | undefined;

async function importAjv(): Promise<AjvClasses> {
  const [ajv, formats] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  return { Ajv2020: unwrap(ajv), addFormats: unwrap(formats) };
}

function ajvClasses(): AjvClasses {
  if (imported) return imported;
  if (!required) {
    // Without node:module the classes were imported while this module loaded (imported is set).
    if (!requireHere) throw new Error('Ajv was neither imported nor can it be required here');
    required = { Ajv2020: unwrap(requireHere('ajv/dist/2020.js')), addFormats: unwrap(requireHere('ajv-formats')) };
  }
  return required;
}

/** Both packages are CommonJS whose function sits on `.default` (once or twice over, depending on who loads it). */
function unwrap<T>(module: unknown): T {
  let value = module as { default?: unknown } | undefined;
  while (typeof value !== 'function' && value && 'default' in value) value = value.default as typeof value;
  return value as T;
}

/** The validators of the contract (see ValidatorCompiler), with Ajv loaded as above: what runs in any runtime. */
export class ValidatorFactory extends ValidatorCompiler {
  constructor(options: ValidatorCompilerOptions = {}) {
    super(ajvClasses, options);
  }
}
