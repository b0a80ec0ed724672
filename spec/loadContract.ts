import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenAPIV3_1 } from 'openapi-types';
import { ContractLoadError } from './ContractLoadError.js';
import { assertRulesConsistent, readContractRules, type ContractRule } from './contractRules.js';
import { ValidatorFactory, type JsonSchema, type Validator } from './compileValidators.js';
import { readPrepared, writePrepared } from './preparedContract.js';
import { readProblemTypes, type ProblemType } from './problemTypes.js';
import type { OperationId } from './types.generated.js';

/** The project's spec, next to this module in the source tree and in dist/. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('./openapi.yaml', import.meta.url));

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof METHODS)[number];

export interface ParameterContract {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: JsonSchema;
}

export interface ResponseContract {
  /** "200", "404", or "default". */
  readonly status: string;
  readonly description: string;
  readonly contentType?: string;
  readonly schema?: JsonSchema;
  /** Compiled on first use: servers validate requests, only checkers validate responses. */
  readonly validateBody?: Validator;
  /** Response headers the spec marks `required: true` (optional ones, such as Retry-After, are not listed). */
  readonly requiredHeaders: readonly string[];
}

export interface RequestBodyContract {
  readonly required: boolean;
  readonly contentType: string;
  readonly schema: JsonSchema;
  readonly validate: Validator;
  /** Named examples from `examples`, expected to validate. */
  readonly examples: Readonly<Record<string, unknown>>;
  /** Named examples from `x-invalid-examples`, each with the rule it breaks and its status. */
  readonly invalidExamples: Readonly<Record<string, { value: unknown; rule: string; status: number }>>;
}

export interface OperationContract {
  readonly operationId: OperationId;
  readonly method: HttpMethod;
  /** OpenAPI path template, e.g. `/v2/ai-integrations/{integration_id}`. */
  readonly path: string;
  readonly parameters: readonly ParameterContract[];
  /**
   * Validates `{ path, query }` (string values as received). Coerces values to their schema
   * types and fills defaults in place, so a valid input can be used as is afterwards.
   */
  readonly validateParameters: Validator;
  readonly requestBody?: RequestBodyContract;
  readonly responses: ReadonlyMap<string, ResponseContract>;
  /** Statuses the operation declares, numeric ones only, ascending. */
  readonly declaredStatuses: readonly number[];
  readonly rules: readonly ContractRule[];
}

export interface Contract {
  readonly source: string;
  /** The document as written (references intact): what Prism and linters read. */
  readonly document: OpenAPIV3_1.Document;
  /** The same document with every `$ref` resolved. */
  readonly dereferenced: OpenAPIV3_1.Document;
  readonly operations: ReadonlyMap<OperationId, OperationContract>;
  readonly rules: readonly ContractRule[];
  readonly problemTypes: ReadonlyMap<number, ProblemType>;
  /** Dereferenced component schemas, by name. */
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  operation(operationId: OperationId): OperationContract;
  /** The rule with this id; throws when the spec does not declare it (a typo must not pass silently). */
  rule(id: string): ContractRule;
  /** A validator of a component schema, compiled on first use. */
  schemaValidator(name: string): Validator;
}

const cache = new Map<string, Promise<Contract>>();

/** Loads the contract once per path; later calls share the result. */
export function loadContract(source: string = DEFAULT_SPEC_PATH): Promise<Contract> {
  let loading = cache.get(source);
  if (!loading) {
    loading = readContract(source);
    cache.set(source, loading);
    loading.catch(() => cache.delete(source));
  }
  return loading;
}

/**
 * Reads, validates and dereferences an OpenAPI 3.1 document and compiles its validators.
 * Every failure is a ContractLoadError that names the file and what is wrong in it. When the
 * build left a prepared snapshot of this very text beside it, parsing and validation are skipped.
 */
export async function readContract(source: string): Promise<Contract> {
  const text = await readText(source);
  const prepared = await readPrepared(source, text);
  if (prepared) return buildContract(source, prepared.document, prepared.dereferenced, { schemasChecked: true });
  const { document, dereferenced } = await parseAndValidate(source, text);
  return buildContract(source, document, dereferenced);
}

/** Validates `source` and saves the prepared snapshot that later loads of the same text use. */
export async function prepareContract(source: string): Promise<string> {
  const text = await readText(source);
  const { document, dereferenced } = await parseAndValidate(source, text);
  const contract = buildContract(source, document, dereferenced);
  // Response schemas compile lazily at run time; compiling each once here makes a schema Ajv
  // cannot compile fail the build instead of the first check that meets it.
  for (const operation of contract.operations.values()) for (const response of operation.responses.values()) response.validateBody?.(undefined);
  return writePrepared(source, text, document, dereferenced);
}

async function readText(source: string): Promise<string> {
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw new ContractLoadError(source, [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
}

async function parseAndValidate(source: string, text: string): Promise<{ document: OpenAPIV3_1.Document; dereferenced: OpenAPIV3_1.Document }> {
  // Loaded here, not at the top: a prepared snapshot needs neither parser.
  const [{ parse: parseYaml, YAMLParseError }, { default: SwaggerParser }] = await Promise.all([import('yaml'), import('@apidevtools/swagger-parser')]);
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new ContractLoadError(source, [`is not valid YAML: ${message}`]);
  }
  const problems: string[] = [];
  if (typeof parsed !== 'object' || parsed === null) problems.push('is not an OpenAPI document (no top-level mapping)');
  else {
    const version = (parsed as { openapi?: unknown }).openapi;
    if (typeof version !== 'string' || !version.startsWith('3.1.')) problems.push(`declares openapi ${JSON.stringify(version)}; this project needs 3.1.x`);
    const dialect = (parsed as { jsonSchemaDialect?: unknown }).jsonSchemaDialect;
    if (dialect !== 'https://json-schema.org/draft/2020-12/schema') {
      problems.push('must set jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema (Prism checks 3.1 schemas as draft-07 without it)');
    }
  }
  if (problems.length > 0) throw new ContractLoadError(source, problems);
  const document = parsed as OpenAPIV3_1.Document;
  try {
    await SwaggerParser.validate(structuredClone(document) as never);
    const dereferenced = (await SwaggerParser.dereference(structuredClone(document) as never)) as OpenAPIV3_1.Document;
    return { document, dereferenced };
  } catch (error) {
    throw new ContractLoadError(source, [describeParserError(error)]);
  }
}

function describeParserError(error: unknown): string {
  const details = (error as { details?: Array<{ message?: string; instancePath?: string; path?: unknown[] }> }).details;
  const message = error instanceof Error ? error.message : String(error);
  if (Array.isArray(details) && details.length > 0) {
    const first = details
      .slice(0, 5)
      .map((d) => `${d.instancePath ?? (Array.isArray(d.path) ? `/${d.path.join('/')}` : '')} ${d.message ?? ''}`.trim());
    return `fails OpenAPI validation: ${first.join('; ')}`;
  }
  return `fails OpenAPI validation: ${message.split('\n').slice(0, 3).join(' ')}`;
}

function buildContract(source: string, document: OpenAPIV3_1.Document, dereferenced: OpenAPIV3_1.Document, options: { schemasChecked?: boolean } = {}): Contract {
  const problems: string[] = [];
  const factory = new ValidatorFactory(options);
  const problemTypeRows = readProblemTypes((document as unknown as Record<string, unknown>)['x-problem-types'], problems);
  const operations = new Map<OperationId, OperationContract>();
  const allRules: ContractRule[] = [];
  const fieldsByOperation = new Map<string, Set<string>>();

  for (const [path, pathItem] of Object.entries(dereferenced.paths ?? {})) {
    if (!pathItem) continue;
    const shared = (pathItem.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
    for (const method of METHODS) {
      const operation = pathItem[method] as OpenAPIV3_1.OperationObject | undefined;
      if (!operation) continue;
      const operationId = operation.operationId as OperationId | undefined;
      if (!operationId) {
        problems.push(`${method.toUpperCase()} ${path} has no operationId`);
        continue;
      }
      try {
        const built = buildOperation(factory, path, method, operationId, shared, operation, problems);
        operations.set(operationId, built);
        allRules.push(...built.rules);
        fieldsByOperation.set(operationId, fieldsOf(built));
      } catch (error) {
        problems.push(`${operationId}: a schema does not compile: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  if (problems.length > 0) throw new ContractLoadError(source, problems);
  const problemTypes = new Map(problemTypeRows.map((row) => [row.status, row]));
  assertRulesConsistent(source, allRules, (id) => fieldsByOperation.get(id) ?? new Set(), new Set(problemTypeRows.map((r) => r.slug)));

  const schemas = (dereferenced.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const schemaValidators = new Map<string, Validator>();
  const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));
  return {
    source,
    document,
    dereferenced,
    operations,
    rules: allRules,
    problemTypes,
    schemas,
    operation(operationId) {
      const found = operations.get(operationId);
      if (!found) throw new Error(`The contract has no operation "${operationId}"`);
      return found;
    },
    rule(id) {
      const found = rulesById.get(id);
      if (!found) throw new Error(`The contract declares no rule "${id}" (known: ${[...rulesById.keys()].join(', ')})`);
      return found;
    },
    schemaValidator(name) {
      let validator = schemaValidators.get(name);
      if (!validator) {
        const schema = schemas[name];
        if (!schema) throw new Error(`The contract has no schema "${name}"`);
        validator = factory.compile(schema, '');
        schemaValidators.set(name, validator);
      }
      return validator;
    },
  };
}

function buildOperation(
  factory: ValidatorFactory,
  path: string,
  method: HttpMethod,
  operationId: OperationId,
  shared: OpenAPIV3_1.ParameterObject[],
  operation: OpenAPIV3_1.OperationObject,
  problems: string[],
): OperationContract {
  const own = (operation.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
  const parameters: ParameterContract[] = [...shared, ...own].map((p) => ({
    name: p.name,
    in: p.in as ParameterContract['in'],
    required: p.required === true,
    schema: (p.schema ?? {}) as JsonSchema,
  }));
  const validateParameters = factory.compileParameters(parameterSchema(parameters), '');

  let requestBody: RequestBodyContract | undefined;
  const body = operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
  if (body) {
    const [contentType, media] = Object.entries(body.content ?? {})[0] ?? [];
    if (!contentType || !media?.schema) problems.push(`${operationId}: the request body has no content schema`);
    else {
      const raw = media as OpenAPIV3_1.MediaTypeObject & { 'x-invalid-examples'?: Record<string, { value: unknown; rule: string; status: number }> };
      requestBody = {
        required: body.required === true,
        contentType,
        schema: media.schema as JsonSchema,
        validate: factory.compile(media.schema as JsonSchema, '/body'),
        examples: Object.fromEntries(Object.entries(media.examples ?? {}).map(([name, ex]) => [name, (ex as OpenAPIV3_1.ExampleObject).value])),
        invalidExamples: raw['x-invalid-examples'] ?? {},
      };
    }
  }

  const responses = new Map<string, ResponseContract>();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const r = response as OpenAPIV3_1.ResponseObject;
    const [contentType, media] = Object.entries(r.content ?? {})[0] ?? [];
    const schema = media?.schema as JsonSchema | undefined;
    responses.set(status, {
      status,
      description: r.description,
      ...(contentType ? { contentType } : {}),
      ...(schema ? { schema, validateBody: factory.compileLazily(schema, '') } : {}),
      requiredHeaders: Object.entries(r.headers ?? {})
        .filter(([, header]) => (header as OpenAPIV3_1.HeaderObject).required === true)
        .map(([name]) => name),
    });
  }

  const rules = readContractRules(operationId, (operation as Record<string, unknown>)['x-contract-rules'], problems);
  return {
    operationId,
    method,
    path,
    parameters,
    validateParameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    declaredStatuses: [...responses.keys()].filter((s) => /^\d{3}$/.test(s)).map(Number).sort((a, b) => a - b),
    rules,
  };
}

/** `{ path: {...}, query: {...} }` as one object schema, so one Ajv call checks every parameter. */
function parameterSchema(parameters: readonly ParameterContract[]): JsonSchema {
  const group = (location: ParameterContract['in']): JsonSchema => {
    const own = parameters.filter((p) => p.in === location);
    return {
      type: 'object',
      properties: Object.fromEntries(own.map((p) => [p.name, p.schema])),
      required: own.filter((p) => p.required).map((p) => p.name),
    };
  };
  return {
    type: 'object',
    properties: { path: group('path'), query: group('query') },
    required: ['path', 'query'],
  };
}

/** Field names a rule of this operation may name: request body properties and resource properties. */
function fieldsOf(operation: OperationContract): Set<string> {
  const fields = new Set<string>();
  const add = (schema: JsonSchema | undefined) => {
    const properties = schema?.properties as Record<string, unknown> | undefined;
    Object.keys(properties ?? {}).forEach((key) => fields.add(key));
  };
  add(operation.requestBody?.schema);
  for (const response of operation.responses.values()) if (response.status.startsWith('2')) add(response.schema);
  return fields;
}
