import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { issuesFromAjv, type ValidationIssue } from './validationIssues.js';

// Both packages are CommonJS with a default export; under NodeNext the class sits on `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

export type JsonSchema = Record<string, unknown>;
export type Validator = (value: unknown) => ValidationIssue[];

/**
 * The Ajv instances of the contract. Bodies and responses are checked as sent; parameters arrive
 * as strings, so their instance coerces types and fills defaults in place.
 */
export class ValidatorFactory {
  private readonly exact: ReturnType<typeof createAjv>;
  private readonly coercing: ReturnType<typeof createAjv>;

  /**
   * `schemasChecked`: the schemas were already compiled once by the build, so checking them
   * against the JSON Schema meta-schema again (about 30 ms per Ajv instance) can be skipped.
   */
  constructor(options: { schemasChecked?: boolean } = {}) {
    const validateSchema = options.schemasChecked !== true;
    this.exact = createAjv({ coerceTypes: false, useDefaults: false, validateSchema });
    this.coercing = createAjv({ coerceTypes: true, useDefaults: true, validateSchema });
  }
  // Every error response shares the Problem schema: compile each distinct schema once.
  private readonly compiled = new Map<string, ValidateFunction>();

  /** Compiles `schema`; the returned function reports issues under `root` (e.g. "/body"). */
  compile(schema: JsonSchema, root: string): Validator {
    return wrap(this.compileOnce(this.exact, 'exact', schema), root);
  }

  /** Like compile, but the schema is compiled on the first validation, off the start-up path. */
  compileLazily(schema: JsonSchema, root: string): Validator {
    let validator: Validator | undefined;
    return (value) => (validator ??= this.compile(schema, root))(value);
  }

  /** Compiles a parameter object schema; validation coerces and fills defaults in the value. */
  compileParameters(schema: JsonSchema, root: string): Validator {
    return wrap(this.compileOnce(this.coercing, 'coercing', schema), root);
  }

  private compileOnce(ajv: ReturnType<typeof createAjv>, flavour: string, schema: JsonSchema): ValidateFunction {
    const key = `${flavour}:${JSON.stringify(schema)}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile(forAjv(schema));
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

function createAjv(options: { coerceTypes: boolean; useDefaults: boolean; validateSchema: boolean }) {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    discriminator: true,
    ...options,
  });
  addFormats(ajv);
  // OpenAPI keywords that are annotations for validation purposes.
  ajv.addVocabulary(['example', 'xml', 'externalDocs']);
  return ajv;
}

function wrap(validate: ValidateFunction, root: string): Validator {
  return (value) => (validate(value) ? [] : issuesFromAjv(root, validate.errors));
}

/**
 * The schema as Ajv's discriminator wants it. Ajv rejects `discriminator.mapping` (it derives the
 * mapping from `const`), so it is dropped. Ajv also reads the tag's schema from each branch's own
 * `properties`; a branch that has it through `allOf` (a closed request branch, `{ allOf: [X],
 * unevaluatedProperties: false }`) gets it copied up, which validates nothing new.
 */
function forAjv(schema: JsonSchema): JsonSchema {
  const copy = structuredClone(schema);
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    const discriminator = record.discriminator as Record<string, unknown> | undefined;
    if (discriminator && typeof discriminator === 'object') {
      delete discriminator.mapping;
      const tag = discriminator.propertyName;
      if (typeof tag === 'string' && Array.isArray(record.oneOf)) record.oneOf.forEach((branch) => hoistTag(branch, tag));
    }
    Object.values(record).forEach(visit);
  };
  visit(copy);
  return copy;
}

function hoistTag(branch: unknown, tag: string): void {
  if (!isSchema(branch)) return;
  const own = isSchema(branch.properties) ? branch.properties : undefined;
  if (own && Object.hasOwn(own, tag)) return;
  const found = tagThroughAllOf(branch, tag);
  if (!found) return;
  branch.properties = { ...own, [tag]: found.schema };
  if (found.required && !(Array.isArray(branch.required) && branch.required.includes(tag))) branch.required = [...((branch.required as string[] | undefined) ?? []), tag];
}

function tagThroughAllOf(schema: JsonSchema, tag: string): { schema: unknown; required: boolean } | undefined {
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (!isSchema(member)) continue;
    const properties = isSchema(member.properties) ? member.properties : undefined;
    const required = Array.isArray(member.required) && member.required.includes(tag);
    if (properties && Object.hasOwn(properties, tag)) return { schema: properties[tag], required };
    const deeper = tagThroughAllOf(member, tag);
    if (deeper) return { schema: deeper.schema, required: deeper.required || required };
  }
  return undefined;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
