import type { OpenAPIV3_1 } from 'openapi-types';
import { OPERATION_NAMES, readEditionTable, type Edition } from '../editions.js';

type Schema = Record<string, unknown>;

const header = (edition: string) =>
  `// Generated from spec/openapi.yaml (${edition} edition) by \`npm run generate\`. Do not edit: a test fails when stale.\n`;

/**
 * TypeScript declarations for the component schemas, the operation ids and rule ids, and each
 * operation's path and query parameters of `document`.
 * Covers the JSON Schema the spec uses: $ref, type (and type lists), enum, const, oneOf/anyOf,
 * properties/required, additionalProperties, items and allOf (an intersection, or an alias when
 * it has one member). `unevaluatedProperties` constrains validation only and adds no type.
 */
export function typesFromSpec(document: OpenAPIV3_1.Document, edition: Edition): string {
  const out: string[] = [header(edition)];
  const operationIds = Object.values(document.paths ?? {}).flatMap((item) =>
    Object.values(item ?? {})
      .map((op) => (op as { operationId?: string })?.operationId)
      .filter((id): id is string => typeof id === 'string'),
  );
  out.push(
    `/** The operations of the spec. */\nexport type OperationId =\n${operationIds.map((id) => `  | '${id}'`).join('\n')};\n`,
  );
  const ruleIds = Object.values(document.paths ?? {}).flatMap((item) =>
    Object.values(item ?? {}).flatMap((op) =>
      ((op as { 'x-contract-rules'?: Array<{ id?: unknown }> })?.['x-contract-rules'] ?? []).map((rule) => rule.id),
    ),
  );
  out.push(
    `/** The ids of the rules in the operations' x-contract-rules. */\nexport type RuleId =\n${ruleIds.map((id) => `  | '${String(id)}'`).join('\n')};\n`,
  );
  const parameters = operationParameters(document, edition);
  if (parameters !== undefined) out.push(parameters);
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const s = schema as Schema;
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
function operationParameters(document: OpenAPIV3_1.Document, edition: Edition): string | undefined {
  const problems: string[] = [];
  const table = readEditionTable(document, problems);
  if (!table) throw new Error(`typesFromSpec: ${problems.join('; ')}`);
  if (edition !== table.default) return undefined;
  const operations = new Map<string, { shared: unknown[]; own: unknown[] }>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      const id = (operation as { operationId?: unknown })?.operationId;
      if (typeof id === 'string')
        operations.set(id, {
          shared: (item?.parameters ?? []) as unknown[],
          own: ((operation as OpenAPIV3_1.OperationObject).parameters ?? []) as unknown[],
        });
    }
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
        const present = p.required === true || (p.schema as Schema | undefined)?.default !== undefined;
        const key = /^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : `'${p.name.replace(/'/g, "\\'")}'`;
        return `${docComment(p.description, '      ')}      ${key}${present ? '' : '?'}: ${typeOf((p.schema ?? {}) as Schema, '      ')};`;
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

function resolveParameter(document: OpenAPIV3_1.Document, parameter: unknown): OpenAPIV3_1.ParameterObject {
  const ref = (parameter as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string') return parameter as OpenAPIV3_1.ParameterObject;
  const name = ref.replace('#/components/parameters/', '');
  const found = document.components?.parameters?.[name];
  if (!found || ref === name) throw new Error(`typesFromSpec: cannot resolve parameter ${ref}`);
  return resolveParameter(document, found);
}

function typeOf(schema: Schema, indent: string): string {
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop()!;
  if (schema.const !== undefined) return literal(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(literal).join(' | ');
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (alternatives) return alternatives.map((alt) => typeOf(alt, indent)).join(' | ');
  const members = schema.allOf as Schema[] | undefined;
  if (Array.isArray(members)) return intersection(schema, members, indent);
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
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
      const item = typeOf((schema.items ?? {}) as Schema, indent);
      return /[ |]/.test(item) ? `Array<${item}>` : `${item}[]`;
    }
    case 'object':
      return objectType(schema, indent);
    default:
      return 'unknown';
  }
}

function objectType(schema: Schema, indent: string): string {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const inner = `${indent}  `;
  const lines = Object.entries(properties).map(
    ([key, value]) =>
      `${docComment(value.description, inner)}${inner}${key}${required.has(key) ? '' : '?'}: ${typeOf(value, inner)};`,
  );
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') lines.push(`${inner}[key: string]: ${typeOf(extra as Schema, inner)};`);
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
