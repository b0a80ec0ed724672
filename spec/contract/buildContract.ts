import type { OpenAPIV3_1 } from 'openapi-types';
import {
  type Contract,
  HTTP_METHODS,
  type HttpMethod,
  type OperationContract,
  type ParameterContract,
  type PreparedContract,
  type RequestBodyContract,
  type ResponseContract,
} from './Contract.js';
import {
  type ContractDocument,
  isResolved,
  type MediaTypeExtensions,
  type OperationExtensions,
} from '../schema/contractDocument.js';
import { ContractLoadError } from '../ContractLoadError.js';
import { isJsonObject } from '../json.js';
import { isSchemaObject } from '../schema/jsonSchema.js';
import { type ContractRule, isRule } from '../rules/ContractRule.js';
import { assertRulesConsistent, readContractRules } from '../rules/contractRules.js';
import { ValidatorFactory } from '../schema/compileValidators.js';
import type { JsonSchema, PrecompiledValidators, Validator, ValidatorCompiler } from '../schema/validatorCompiler.js';
import { readProblemTypes } from '../rules/problemTypes.js';
import { isEdition, OPERATION_NAMES, readEditionTable, type OperationName } from '../editions/editions.js';
import type { RuleId } from '../types.generated.js';

/*
 * The contract built from a document already validated and dereferenced: operations, validators,
 * rules and problem types. Plain JavaScript (no file system), so it also runs in a browser:
 * contractFromPrepared builds it from a prepared snapshot, loadContract (in Node) from the YAML or
 * from the build's snapshot and precompiled validators.
 */
/**
 * The contract of a prepared snapshot, without reading or validating anything again; its
 * validators come from `precompiled` (the build's standalone code) where it has them.
 */
export function contractFromPrepared(
  prepared: PreparedContract,
  source: string,
  precompiled?: PrecompiledValidators,
): Contract {
  return buildContract(
    source,
    prepared.document,
    prepared.dereferenced,
    new ValidatorFactory({ schemasChecked: true, ...(precompiled ? { precompiled } : {}) }),
  );
}

/**
 * The contract of a validated, dereferenced document, its validators made by `validators`; a
 * ContractLoadError naming `source` when its rules, problem types, editions or schemas do not hold
 * together.
 */
export function buildContract(
  source: string,
  document: ContractDocument,
  dereferenced: ContractDocument,
  validators: ValidatorCompiler = new ValidatorFactory(),
): Contract {
  const problems: string[] = [];
  const problemTypeRows = readProblemTypes(document['x-problem-types'], problems);
  const table = readEditionTable(document, problems);
  if (!table) throw new ContractLoadError(source, problems);
  const written = document['x-edition'];
  const edition = isEdition(written) ? written : table.default;
  const facts = table.editions[edition];
  const nameOf = new Map(OPERATION_NAMES.map((name) => [facts.operationIds[name], name]));
  const operations = new Map<OperationName, OperationContract>();
  const allRules: ContractRule[] = [];
  const fieldsByOperation = new Map<OperationName, Set<string>>();

  for (const [path, pathItem] of Object.entries(dereferenced.paths ?? {})) {
    if (!pathItem) continue;
    const shared = (pathItem.parameters ?? []).filter(isResolved);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const operationId = operation.operationId;
      const name = operationId === undefined ? undefined : nameOf.get(operationId);
      if (!operationId || !name) {
        problems.push(
          `${method.toUpperCase()} ${path} has ${operationId ? `operationId ${operationId}, which x-editions does not name` : 'no operationId'}`,
        );
        continue;
      }
      try {
        const built = buildOperation(validators, path, method, name, operationId, shared, operation, problems);
        operations.set(name, built);
        allRules.push(...built.rules);
        fieldsByOperation.set(name, fieldsOf(built));
      } catch (error) {
        problems.push(
          `${operationId}: a schema does not compile: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  if (problems.length > 0) throw new ContractLoadError(source, problems);
  const problemTypes = new Map(problemTypeRows.map((row) => [row.status, row]));
  assertRulesConsistent(
    source,
    allRules,
    (id) => fieldsByOperation.get(id) ?? new Set(),
    new Set(problemTypeRows.map((r) => r.slug)),
  );

  const schemas: Record<string, JsonSchema> = dereferenced.components?.schemas ?? {};
  const schemaValidators = new Map<string, Validator>();
  const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));
  for (const operation of operations.values()) {
    for (const [name, example] of Object.entries(operation.requestBody?.invalidExamples ?? {})) {
      if (!rulesById.has(example.rule))
        problems.push(
          `${operation.operationId}: x-invalid-examples.${name} names rule "${example.rule}", which the spec does not declare`,
        );
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
      if (!found || !isRule(found, id))
        throw new Error(`The contract declares no rule "${id}" (known: ${[...rulesById.keys()].join(', ')})`);
      return found;
    },
    schemaValidator(name) {
      let validator = schemaValidators.get(name);
      if (!validator) {
        const schema = schemas[name];
        if (!schema) throw new Error(`The contract has no schema "${name}"`);
        validator = validators.compile(schema, '');
        schemaValidators.set(name, validator);
      }
      return validator;
    },
  };
}

function buildOperation(
  validators: ValidatorCompiler,
  path: string,
  method: HttpMethod,
  name: OperationName,
  operationId: string,
  shared: OpenAPIV3_1.ParameterObject[],
  operation: OpenAPIV3_1.OperationObject<OperationExtensions>,
  problems: string[],
): OperationContract {
  const own = (operation.parameters ?? []).filter(isResolved);
  const parameters: ParameterContract[] = [];
  for (const p of [...shared, ...own]) {
    if (!isParameterLocation(p.in)) problems.push(`${operationId}: parameter ${p.name} is in "${p.in}"`);
    else {
      const schema = isSchemaObject(p.schema) ? p.schema : {};
      parameters.push({ name: p.name, in: p.in, required: p.required === true, schema });
    }
  }
  const validateParameters = validators.compileParameters(parameterSchema(parameters), '');

  let requestBody: RequestBodyContract | undefined;
  const body = operation.requestBody;
  if (body && isResolved(body)) {
    const [contentType, media] = Object.entries(body.content ?? {})[0] ?? [];
    if (!contentType || !media?.schema) problems.push(`${operationId}: the request body has no content schema`);
    else {
      const extended: OpenAPIV3_1.MediaTypeObject & MediaTypeExtensions = media;
      requestBody = {
        required: body.required === true,
        contentType,
        schema: media.schema,
        validate: validators.compile(media.schema, '/body'),
        examples: Object.fromEntries(
          Object.entries(media.examples ?? {})
            .filter((entry): entry is [string, OpenAPIV3_1.ExampleObject] => isResolved(entry[1]))
            .map(([name, ex]) => [name, ex.value]),
        ),
        invalidExamples: readInvalidExamples(
          extended['x-invalid-examples'],
          `${operationId}: x-invalid-examples`,
          problems,
        ),
      };
    }
  }

  const responses = new Map<string, ResponseContract>();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!isResolved(response)) continue;
    const r = response;
    const [contentType, media] = Object.entries(r.content ?? {})[0] ?? [];
    const schema: JsonSchema | undefined = media?.schema;
    const firstExample = Object.values(media?.examples ?? {})[0];
    const example =
      media?.example !== undefined
        ? media.example
        : firstExample && isResolved(firstExample)
          ? firstExample.value
          : undefined;
    responses.set(status, {
      status,
      description: r.description,
      ...(contentType ? { contentType } : {}),
      ...(schema ? { schema, validateBody: validators.compileLazily(schema, '') } : {}),
      requiredHeaders: Object.entries(r.headers ?? {})
        .filter(([, header]) => isResolved(header) && header.required === true)
        .map(([name]) => name),
      ...(example !== undefined ? { example } : {}),
    });
  }

  const rules = readContractRules(name, operationId, operation['x-contract-rules'], problems);
  return {
    name,
    operationId,
    method,
    path,
    parameters,
    validateParameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    declaredStatuses: [...responses.keys()]
      .filter((s) => /^\d{3}$/.test(s))
      .map(Number)
      .sort((a, b) => a - b),
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
    for (const key of Object.keys(schema?.properties ?? {})) fields.add(key);
  };
  add(operation.requestBody?.schema);
  for (const response of operation.responses.values()) if (response.status.startsWith('2')) add(response.schema);
  return fields;
}

const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;

function isParameterLocation(value: string): value is ParameterContract['in'] {
  return PARAMETER_LOCATIONS.some((location) => location === value);
}

/** Reads a media type's `x-invalid-examples`: by name, a body with the rule it breaks and the status it gets. */
function readInvalidExamples(raw: unknown, at: string, problems: string[]): RequestBodyContract['invalidExamples'] {
  if (raw === undefined) return {};
  if (!isJsonObject(raw)) {
    problems.push(`${at} must be an object`);
    return {};
  }
  const examples: Record<string, { value: unknown; rule: RuleId; status: number }> = {};
  for (const [name, example] of Object.entries(raw)) {
    if (!isJsonObject(example) || typeof example.rule !== 'string' || typeof example.status !== 'number')
      problems.push(`${at}.${name} needs a value, the rule it breaks and a numeric status`);
    // The rule is checked against the declared rules once every operation is read (buildContract).
    else examples[name] = { value: example.value, rule: example.rule as RuleId, status: example.status };
  }
  return examples;
}
