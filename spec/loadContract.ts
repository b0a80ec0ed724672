import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenAPIV3_1 } from 'openapi-types';
import { ContractLoadError } from './ContractLoadError.js';
import { assertRulesConsistent, readContractRules, type ContractRule } from './contractRules.js';
import { ValidatorFactory, type JsonSchema, type Validator } from './compileValidators.js';
import { readPrepared, writePrepared } from './preparedContract.js';
import { readProblemTypes, type ProblemType } from './problemTypes.js';
import { editionDocument, OPERATION_NAMES, readEditionTable, type Edition, type EditionFacts, type EditionTable, type OperationName } from './editions.js';
import type { RuleId } from './types.generated.js';
import type { RuleParams } from './ruleParams.js';

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
  readonly invalidExamples: Readonly<Record<string, { value: unknown; rule: RuleId; status: number }>>;
}

export interface OperationContract {
  /** The edition-neutral name (list, create, get, update, delete). */
  readonly name: OperationName;
  /** The operation id, as this edition spells it. */
  readonly operationId: string;
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
  /** The edition this contract speaks (see spec/editions.ts). */
  readonly edition: Edition;
  /** This edition's operation ids and spellings. */
  readonly facts: EditionFacts;
  /** Every edition's, read from the spec's `x-editions`. */
  readonly editions: EditionTable;
  /** The document as written (references intact): what Prism and linters read. */
  readonly document: OpenAPIV3_1.Document;
  /** The same document with every `$ref` resolved. */
  readonly dereferenced: OpenAPIV3_1.Document;
  readonly operations: ReadonlyMap<OperationName, OperationContract>;
  readonly rules: readonly ContractRule[];
  readonly problemTypes: ReadonlyMap<number, ProblemType>;
  /** Dereferenced component schemas, by name. */
  readonly schemas: Readonly<Record<string, JsonSchema>>;
  operation(name: OperationName): OperationContract;
  /** The rule with this id, its params typed and checked when the contract loaded. */
  rule<Id extends RuleId>(id: Id): ContractRule<Id>;
  /** A validator of a component schema, compiled on first use. */
  schemaValidator(name: string): Validator;
}

export interface LoadOptions {
  /** The edition to speak; the spec's default edition (camel) when absent. */
  readonly edition?: Edition;
}

const cache = new Map<string, Promise<Contract>>();

/** Loads the contract once per path and edition; later calls share the result. */
export function loadContract(source: string = DEFAULT_SPEC_PATH, options: LoadOptions = {}): Promise<Contract> {
  const key = `${options.edition ?? ''}:${source}`;
  let loading = cache.get(key);
  if (!loading) {
    loading = readContract(source, options);
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
  }
  return loading;
}

/**
 * Reads, validates and dereferences an OpenAPI 3.1 document in one edition and compiles its
 * validators. Every failure is a ContractLoadError that names the file and what is wrong in it.
 * When the build left a prepared snapshot of this very text beside it, parsing and validation are
 * skipped.
 */
export async function readContract(source: string, options: LoadOptions = {}): Promise<Contract> {
  const text = await readText(source);
  const prepared = await readPrepared(source, text, options.edition);
  if (prepared) return buildContract(source, prepared.document, prepared.dereferenced, { schemasChecked: true });
  const written = await parseDocument(source, text);
  const table = editionTableOf(source, written);
  const edition = options.edition ?? table.default;
  const { document, dereferenced } = await validateDocument(source, editionDocument(written, table, edition));
  return buildContract(source, document, dereferenced);
}

/** Validates `source` in every edition and saves the prepared snapshots later loads of the same text use. */
export async function prepareContract(source: string): Promise<string[]> {
  const text = await readText(source);
  const written = await parseDocument(source, text);
  const table = editionTableOf(source, written);
  const paths: string[] = [];
  for (const edition of Object.keys(table.editions) as Edition[]) {
    const { document, dereferenced } = await validateDocument(source, editionDocument(written, table, edition));
    const contract = buildContract(source, document, dereferenced);
    // Response schemas compile lazily at run time; compiling each once here makes a schema Ajv
    // cannot compile fail the build instead of the first check that meets it.
    for (const operation of contract.operations.values()) for (const response of operation.responses.values()) response.validateBody?.(undefined);
    paths.push(await writePrepared(source, text, edition, edition === table.default, document, dereferenced));
  }
  return paths;
}

/** The written document in `edition`, as plain OpenAPI (references intact): what linters and Prism read. */
export async function editionSource(source: string, edition: Edition): Promise<OpenAPIV3_1.Document> {
  const written = await parseDocument(source, await readText(source));
  return editionDocument(written, editionTableOf(source, written), edition);
}

function editionTableOf(source: string, document: OpenAPIV3_1.Document): EditionTable {
  const problems: string[] = [];
  const table = readEditionTable(document, problems);
  if (!table) throw new ContractLoadError(source, problems);
  return table;
}

async function readText(source: string): Promise<string> {
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw new ContractLoadError(source, [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
}

/** The YAML as an OpenAPI 3.1 document of the 2020-12 dialect, not yet validated. */
async function parseDocument(source: string, text: string): Promise<OpenAPIV3_1.Document> {
  // Loaded here, not at the top: a prepared snapshot needs neither parser.
  const { parse: parseYaml, YAMLParseError } = await import('yaml');
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
  return parsed as OpenAPIV3_1.Document;
}

async function validateDocument(source: string, document: OpenAPIV3_1.Document): Promise<{ document: OpenAPIV3_1.Document; dereferenced: OpenAPIV3_1.Document }> {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
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
  const table = readEditionTable(document, problems);
  if (!table) throw new ContractLoadError(source, problems);
  const edition = ((document as unknown as Record<string, unknown>)['x-edition'] as Edition | undefined) ?? table.default;
  const facts = table.editions[edition];
  const nameOf = new Map(OPERATION_NAMES.map((name) => [facts.operationIds[name], name]));
  const operations = new Map<OperationName, OperationContract>();
  const allRules: ContractRule[] = [];
  const fieldsByOperation = new Map<OperationName, Set<string>>();

  for (const [path, pathItem] of Object.entries(dereferenced.paths ?? {})) {
    if (!pathItem) continue;
    const shared = (pathItem.parameters ?? []) as OpenAPIV3_1.ParameterObject[];
    for (const method of METHODS) {
      const operation = pathItem[method] as OpenAPIV3_1.OperationObject | undefined;
      if (!operation) continue;
      const operationId = operation.operationId;
      const name = operationId === undefined ? undefined : nameOf.get(operationId);
      if (!operationId || !name) {
        problems.push(`${method.toUpperCase()} ${path} has ${operationId ? `operationId ${operationId}, which x-editions does not name` : 'no operationId'}`);
        continue;
      }
      try {
        const built = buildOperation(factory, path, method, name, operationId, shared, operation, problems);
        operations.set(name, built);
        allRules.push(...built.rules);
        fieldsByOperation.set(name, fieldsOf(built));
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
  for (const operation of operations.values()) {
    for (const [name, example] of Object.entries(operation.requestBody?.invalidExamples ?? {})) {
      if (!rulesById.has(example.rule)) problems.push(`${operation.operationId}: x-invalid-examples.${name} names rule "${example.rule}", which the spec does not declare`);
    }
  }
  if (problems.length > 0) throw new ContractLoadError(source, problems);
  return {
    source,
    edition,
    facts,
    editions: table,
    document,
    dereferenced,
    operations,
    rules: allRules,
    problemTypes,
    schemas,
    operation(name) {
      const found = operations.get(name);
      if (!found) throw new Error(`The contract has no ${name} operation`);
      return found;
    },
    rule<Id extends RuleId>(id: Id) {
      const found = rulesById.get(id);
      if (!found) throw new Error(`The contract declares no rule "${id}" (known: ${[...rulesById.keys()].join(', ')})`);
      return found as ContractRule<Id>;
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
  name: OperationName,
  operationId: string,
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
      const raw = media as OpenAPIV3_1.MediaTypeObject & { 'x-invalid-examples'?: Record<string, { value: unknown; rule: RuleId; status: number }> };
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

  const rules = readContractRules(name, operationId, (operation as Record<string, unknown>)['x-contract-rules'], problems);
  return {
    name,
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
