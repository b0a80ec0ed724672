import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ValidatorCompiler, type AjvClasses, type ValidatorCompilerOptions } from './validatorCompiler.js';

export type { JsonSchema, Validator } from './validatorCompiler.js';

// Both packages are CommonJS with a default export; under NodeNext the class sits on `.default`.
const ajvClasses = { Ajv2020: Ajv2020Module.default, addFormats: addFormatsModule.default } as unknown as AjvClasses;

/** The validators of the contract (see ValidatorCompiler), with Ajv imported here: what runs in any runtime. */
export class ValidatorFactory extends ValidatorCompiler {
  constructor(options: ValidatorCompilerOptions = {}) {
    super(() => ajvClasses, options);
  }
}
