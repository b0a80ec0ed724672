import type { Ajv, ValidateFunction } from 'ajv';
import { issuesFromAjv, type ValidationIssue } from './validationIssues.js';

export type { JsonSchema } from './jsonSchema.js';
import { isSchemaObject, type JsonSchema } from './jsonSchema.js';
export type Validator = (value: unknown) => ValidationIssue[];

/** What makes the Ajv instances: Ajv's 2020-12 class and ajv-formats. */
export interface AjvClasses {
  readonly Ajv2020: new (options: Record<string, unknown>) => Ajv;
  readonly addFormats: (ajv: Ajv) => unknown;
}

/** Validation functions compiled ahead of time, by the key of their schema (see compileKey). */
export type PrecompiledValidators = ReadonlyMap<string, ValidateFunction>;

/** The two modes of validator: exact (bodies, responses) and coercing (parameters). */
export type ValidatorMode = 'exact' | 'coercing';

export interface ValidatorCompilerOptions {
  /**
   * The schemas were already compiled once by the build, so checking them against the JSON Schema
   * meta-schema again (about 30 ms per Ajv instance) can be skipped.
   */
  readonly schemasChecked?: boolean;
  /** Functions compiled by the build (see spec/document/standaloneValidators.ts); a schema not among them is compiled by Ajv. */
  readonly precompiled?: PrecompiledValidators;
  /** Ajv keeps each function's source, for standalone code (the build's). */
  readonly keepSource?: boolean;
}

/**
 * The validators of the contract. Bodies and responses are checked as sent; parameters arrive as
 * strings, so their mode coerces types and fills defaults in place. Every schema is compiled
 * once; its function comes from `precompiled` when the build made it, else from Ajv, whose
 * instances are made on the first schema that needs them (`ajv()` is called then, so a caller may
 * load Ajv only when it is needed).
 */
export class ValidatorCompiler {
  private readonly instances = new Map<ValidatorMode, Ajv>();
  // Every error response shares the Problem schema: compile each distinct schema once.
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly ajv: () => AjvClasses,
    private readonly options: ValidatorCompilerOptions = {},
  ) {}

  /** Compiles `schema`; the returned function reports issues under `root` (e.g. "/body"). */
  compile(schema: JsonSchema, root: string): Validator {
    return wrap(this.compileOnce('exact', schema), root);
  }

  /** Like compile, but the schema is compiled on the first validation, off the start-up path. */
  compileLazily(schema: JsonSchema, root: string): Validator {
    let validator: Validator | undefined;
    return (value) => {
      validator ??= this.compile(schema, root);
      return validator(value);
    };
  }

  /** Compiles a parameter object schema; validation coerces and fills defaults in the value. */
  compileParameters(schema: JsonSchema, root: string): Validator {
    return wrap(this.compileOnce('coercing', schema), root);
  }

  /**
   * With `keepSource`: each Ajv instance that compiled something, and the schemas it compiled, by
   * the id it holds them under and their key (what standalone code is made from).
   */
  compiledSources(): Array<{ mode: ValidatorMode; ajv: Ajv; schemas: Array<{ id: string; key: string }> }> {
    if (!this.options.keepSource) throw new Error('compiledSources needs a ValidatorCompiler made with keepSource');
    return [...this.instances].map(([mode, ajv]) => ({
      mode,
      ajv,
      schemas: [...this.sourceIds].filter(([key]) => key.startsWith(`${mode}:`)).map(([key, id]) => ({ id, key })),
    }));
  }

  private readonly sourceIds = new Map<string, string>();

  private compileOnce(mode: ValidatorMode, schema: JsonSchema): ValidateFunction {
    const key = compileKey(mode, schema);
    let validate = this.compiled.get(key) ?? this.options.precompiled?.get(key);
    if (!validate) {
      const ajv = this.instance(mode);
      if (this.options.keepSource) {
        // Held under a short id, so that standalone code can name it.
        const id = `s${this.sourceIds.size}`;
        ajv.addSchema(forAjv(schema), id);
        validate = ajv.getSchema(id);
        if (!validate) throw new Error(`Ajv did not keep the schema it was given as ${id}`);
        this.sourceIds.set(key, id);
      } else validate = ajv.compile(forAjv(schema));
    }
    this.compiled.set(key, validate);
    return validate;
  }

  private instance(mode: ValidatorMode): Ajv {
    let ajv = this.instances.get(mode);
    if (!ajv) {
      const coerce = mode === 'coercing';
      ajv = createAjv(this.ajv(), {
        coerceTypes: coerce,
        useDefaults: coerce,
        validateSchema: this.options.schemasChecked !== true,
        ...(this.options.keepSource ? { code: { source: true } } : {}),
      });
      this.instances.set(mode, ajv);
    }
    return ajv;
  }
}

/** The key a schema is compiled under: its mode and its JSON text. */
export function compileKey(mode: ValidatorMode, schema: JsonSchema): string {
  return `${mode}:${JSON.stringify(schema)}`;
}

function createAjv({ Ajv2020, addFormats }: AjvClasses, options: Record<string, unknown>): Ajv {
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
    if (isSchemaObject(node) && typeof node.discriminator === 'object') {
      delete node.discriminator.mapping;
      const tag = node.discriminator.propertyName;
      if (typeof tag === 'string' && Array.isArray(node.oneOf)) for (const branch of node.oneOf) hoistTag(branch, tag);
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(copy);
  return copy;
}

function hoistTag(branch: JsonSchema, tag: string): void {
  if (!isSchemaObject(branch)) return;
  const own = branch.properties;
  if (own && Object.hasOwn(own, tag)) return;
  const found = tagThroughAllOf(branch, tag);
  if (!found) return;
  branch.properties = { ...own, [tag]: found.schema };
  if (found.required && !(Array.isArray(branch.required) && branch.required.includes(tag)))
    branch.required = [...(branch.required ?? []), tag];
}

function tagThroughAllOf(schema: JsonSchema, tag: string): { schema: JsonSchema; required: boolean } | undefined {
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (!isSchemaObject(member)) continue;
    const properties = member.properties;
    const required = Array.isArray(member.required) && member.required.includes(tag);
    const own = properties && Object.hasOwn(properties, tag) ? properties[tag] : undefined;
    if (own) return { schema: own, required };
    const deeper = tagThroughAllOf(member, tag);
    if (deeper) return { schema: deeper.schema, required: deeper.required || required };
  }
  return undefined;
}
