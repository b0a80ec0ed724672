import type { OpenAPIV3_1 } from 'openapi-types';
import { type ContractDocument, isResolved, type OperationExtensions } from '../schema/contractDocument.js';
import { OPERATION_NAMES, readEditionTable, type Edition } from '../editions/editions.js';
import { isJsonObject } from '../json.js';
import { isSchemaObject, type JsonSchema as Schema } from '../schema/jsonSchema.js';

type Operation = OpenAPIV3_1.OperationObject<OperationExtensions>;

const header = (edition: string) =>
  `// Generated from spec/openapi.yaml (${edition} edition) by \`npm run generate\`. Do not edit: a test fails when stale.\n`;

/**
 * TypeScript declarations for the component schemas, the operation ids and rule ids, and each
 * operation's path and query parameters of `document`.
 * Covers the JSON Schema the spec uses: $ref, type (and type lists), enum, const, oneOf/anyOf,
 * properties/required, additionalProperties, items and allOf (an intersection, or an alias when
 * it has one member). `unevaluatedProperties` constrains validation only and adds no type.
 */
export function typesFromSpec(document: ContractDocument, edition: Edition): string {
  const out: string[] = [header(edition)];
  const operationIds = Object.values(document.paths ?? {}).flatMap((item) =>
    operationsOf(item).map((op) => op.operationId),
  );
  out.push(
    `/** The operations of the spec. */\nexport type OperationId =\n${operationIds.map((id) => `  | '${id}'`).join('\n')};\n`,
  );
  const ruleIds = Object.values(document.paths ?? {}).flatMap((item) =>
    Object.values(item ?? {}).flatMap((op) => {
      const rules = isJsonObject(op) ? op['x-contract-rules'] : undefined;
      return Array.isArray(rules) ? rules.map((rule) => (isJsonObject(rule) ? rule.id : undefined)) : [];
    }),
  );
  out.push(
    `/** The ids of the rules in the operations' x-contract-rules. */\nexport type RuleId =\n${ruleIds.map((id) => `  | '${String(id)}'`).join('\n')};\n`,
  );
  const parameters = operationParameters(document, edition);
  if (parameters !== undefined) out.push(parameters);
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const s: Schema = schema;
    const doc = docComment(s.description, '');
    const isObject =
      s.type === 'object' && s.properties !== undefined && s.oneOf === undefined && s.allOf === undefined;
    out.push(
      isObject
        ? `${doc}export interface ${name} ${objectType(s, '')}\n`
        : `${doc}export type ${name} = ${typeOf(s, '')};\n`,
    );
  }
  return out.join('\n');
}

/**
 * `OperationParameters`: a parameter with a default is always there once validated, so it is not
 * optional. Editions differ in operation ids, enum spellings and responses, never in parameters,
 * so only the default edition's types declare them (undefined for another edition).
 */
function operationParameters(document: ContractDocument, edition: Edition): string | undefined {
  const problems: string[] = [];
  const table = readEditionTable(document, problems);
  if (!table) throw new Error(`typesFromSpec: ${problems.join('; ')}`);
  if (edition !== table.default) return undefined;
  const operations = new Map<string, { shared: ParameterOrReference[]; own: ParameterOrReference[] }>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of operationsOf(item))
      operations.set(operation.operationId, { shared: item?.parameters ?? [], own: operation.parameters ?? [] });
  }
  const entries = OPERATION_NAMES.map((name) => {
    const operationId = table.editions[edition].operationIds[name];
    const found = operations.get(operationId);
    if (!found)
      throw new Error(
        `typesFromSpec: x-editions names ${operationId} for ${name}, but no operation of the document has that id`,
      );
    const parameters = [...found.shared, ...found.own].map((p) => resolveParameter(document, p));
    const group = (location: 'path' | 'query') => {
      const members = parameters.filter((p) => p.in === location);
      if (members.length === 0) return 'Record<string, never>';
      const lines = members.map((p) => {
        const present = p.required === true || (isSchemaObject(p.schema) && p.schema.default !== undefined);
        const key = /^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : `'${p.name.replace(/'/g, "\\'")}'`;
        return `${docComment(p.description, '      ')}      ${key}${present ? '' : '?'}: ${typeOf(p.schema ?? {}, '      ')};`;
      });
      return `{\n${lines.join('\n')}\n    }`;
    };
    return `  ${name}: {\n    path: ${group('path')};\n    query: ${group('query')};\n  };`;
  });
  return (
    "/**\n * Each operation's path and query parameters, by its name, as the contract's validator passes\n" +
    ' * them on (the same in every edition): values coerced to their types, defaults filled in.\n */\n' +
    `export interface OperationParameters {\n${entries.join('\n')}\n}\n`
  );
}

type ParameterOrReference = OpenAPIV3_1.ParameterObject | OpenAPIV3_1.ReferenceObject;

/** The operations of a path item, in the document's order. */
function operationsOf(
  item: OpenAPIV3_1.PathItemObject<OperationExtensions> | undefined,
): Array<Operation & { operationId: string }> {
  const operations: Array<Operation & { operationId: string }> = [];
  for (const value of Object.values(item ?? {})) if (isOperation(value)) operations.push(value);
  return operations;
}

function isOperation(value: unknown): value is Operation & { operationId: string } {
  return isJsonObject(value) && typeof value.operationId === 'string';
}

function resolveParameter(document: ContractDocument, parameter: ParameterOrReference): OpenAPIV3_1.ParameterObject {
  if (isResolved(parameter)) return parameter;
  const ref = parameter.$ref;
  const name = ref.replace('#/components/parameters/', '');
  const found = document.components?.parameters?.[name];
  if (!found || ref === name) throw new Error(`typesFromSpec: cannot resolve parameter ${ref}`);
  return resolveParameter(document, found);
}

function typeOf(schema: Schema, indent: string): string {
  if (typeof schema.$ref === 'string') return schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1);
  if (schema.const !== undefined) return literal(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(literal).join(' | ');
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return alternatives.map((alt) => typeOf(alt, indent)).join(' | ');
  const members = schema.allOf;
  if (Array.isArray(members)) return intersection(schema, members, indent);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.map((type) => singleType(type, schema, indent)).join(' | ');
}

/**
 * `allOf` as an intersection of its members' types, plus the properties the schema itself declares.
 * `type` and `unevaluatedProperties` beside it narrow validation only, so one member is an alias.
 */
function intersection(schema: Schema, members: Schema[], indent: string): string {
  const parts = members
    .map((member) => typeOf(member, indent))
    .map((t) => (/[ |]/.test(t) && !t.startsWith('{') ? `(${t})` : t));
  if (schema.properties !== undefined)
    parts.push(objectType({ properties: schema.properties, required: schema.required }, indent));
  return parts.join(' & ');
}

function singleType(type: string | undefined, schema: Schema, indent: string): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = typeOf(schema.items ?? {}, indent);
      return /[ |]/.test(item) ? `Array<${item}>` : `${item}[]`;
    }
    case 'object':
      return objectType(schema, indent);
    default:
      return 'unknown';
  }
}

function objectType(schema: Schema, indent: string): string {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const inner = `${indent}  `;
  const lines = Object.entries(properties).map(
    ([key, value]) =>
      `${docComment(value.description, inner)}${inner}${key}${required.has(key) ? '' : '?'}: ${typeOf(value, inner)};`,
  );
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') lines.push(`${inner}[key: string]: ${typeOf(extra, inner)};`);
  if (lines.length === 0) return extra === false ? 'Record<string, never>' : 'Record<string, unknown>';
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function docComment(description: unknown, indent: string): string {
  if (typeof description !== 'string' || description.trim() === '') return '';
  const lines = description
    .trim()
    .split('\n')
    .map((line) => line.replace(/\*\//g, '*\\/').trimEnd());
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value.replace(/'/g, "\\'")}'` : JSON.stringify(value);
}
