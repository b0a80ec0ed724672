import type { ContractDocument } from '../schema/contractDocument.js';
import { isJsonObject, isStringMap, type JsonObject } from '../json.js';
import { isSchemaObject, type JsonSchema } from '../schema/jsonSchema.js';

/**
 * The two public editions of the API (spec/CONTRACT.md, "Two editions of the public API"). The
 * spec is written in the camel edition; its `x-editions` table says how the upper edition spells
 * things, and `editionDocument` derives that edition's document from it, so there is one source.
 */
export const EDITIONS = ['camel', 'upper'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Edition-neutral names of the five operations (their operation ids differ by edition). */
export const OPERATION_NAMES = ['list', 'create', 'get', 'update', 'delete'] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** The members whose values each edition spells its own way. */
export const SPELLED_FIELDS = ['provider', 'auth_type', 'kind'] as const;
export type SpelledField = (typeof SPELLED_FIELDS)[number];

export function isEdition(value: unknown): value is Edition {
  return EDITIONS.some((edition) => edition === value);
}

export function isOperationName(value: unknown): value is OperationName {
  return OPERATION_NAMES.some((name) => name === value);
}

/** One edition: its operation ids and its spelling of every enum value. */
export interface EditionFacts {
  readonly edition: Edition;
  readonly summary: string;
  readonly operationIds: Readonly<Record<OperationName, string>>;
  /** For each spelled member: the value as the written (camel) document spells it → as this edition does. */
  readonly spellings: Readonly<Record<SpelledField, Readonly<Record<string, string>>>>;
}

/** The `x-editions` table of the spec, read and checked. */
export interface EditionTable {
  /** The edition the document is written in, and every tool's default. */
  readonly default: Edition;
  readonly editions: Readonly<Record<Edition, EditionFacts>>;
  /** The editions that spell a value of `field` this way (e.g. provider `OPEN_AI` → ['upper']). */
  editionsSpelling(field: SpelledField, value: string): Edition[];
  /** `value` (spelled in any edition) as `edition` spells it; undefined for a value no edition knows. */
  respell(field: SpelledField, value: string, edition: Edition): string | undefined;
}

/** Reads `x-editions`, reporting every problem into `problems`; undefined when it is unusable. */
export function readEditionTable(document: ContractDocument, problems: string[]): EditionTable | undefined {
  const raw = document['x-editions'];
  if (!isJsonObject(raw) || !isJsonObject(raw.editions)) {
    problems.push('x-editions must be an object with `default` and `editions` (one entry per edition: camel, upper)');
    return undefined;
  }
  const before = problems.length;
  const rawEditions = raw.editions;
  if (!isEdition(raw.default)) problems.push(`x-editions.default must be one of ${EDITIONS.join(', ')}`);
  // The document may be the written one or one derived from it: its own values are those of its edition.
  const documentEdition = document['x-edition'] ?? raw.default;
  const inDocument = collectSpelledValues(document);
  const explicit = (edition: Edition, field: SpelledField): unknown => {
    const entry = rawEditions[edition];
    const spellings = isJsonObject(entry) ? entry.spellings : undefined;
    return isJsonObject(spellings) ? spellings[field] : undefined;
  };
  const editions: Partial<Record<Edition, EditionFacts>> = {};
  for (const edition of EDITIONS) {
    const entry = rawEditions[edition];
    const at = `x-editions.editions.${edition}`;
    if (!isJsonObject(entry)) {
      problems.push(`${at} is missing`);
      continue;
    }
    const operationIds = readOperationIds(entry.operationIds);
    if (!operationIds) {
      problems.push(`${at}.operationIds must name the operation id of each of ${OPERATION_NAMES.join(', ')}`);
      continue;
    }
    const spellings: Partial<Record<SpelledField, Record<string, string>>> = {};
    for (const field of SPELLED_FIELDS) {
      // The written values: the keys of every edition's explicit spellings, and the document's own when it is the written one.
      const writtenValues = [
        ...new Set([
          ...EDITIONS.flatMap((e) => {
            const given = explicit(e, field);
            return isJsonObject(given) ? Object.keys(given) : [];
          }),
          ...(documentEdition === raw.default ? inDocument[field] : []),
        ]),
      ];
      const given = explicit(edition, field);
      // The written edition spells every value as written.
      const map =
        edition === raw.default && given === undefined ? Object.fromEntries(writtenValues.map((v) => [v, v])) : given;
      if (!isStringMap(map)) {
        problems.push(
          `${at}.spellings.${field} must map each ${field} value of the document to this edition's spelling`,
        );
        continue;
      }
      const missing = writtenValues.filter((v) => !(v in map));
      if (missing.length > 0) problems.push(`${at}.spellings.${field} has no spelling for ${missing.join(', ')}`);
      if (edition === documentEdition) {
        const spelled = new Set(Object.values(map));
        const unknown = [...inDocument[field]].filter((v) => !spelled.has(v));
        const unused = [...spelled].filter((v) => !inDocument[field].has(v));
        if (unknown.length > 0)
          problems.push(
            `the document uses ${field} values ${unknown.join(', ')}, which ${at}.spellings.${field} does not name`,
          );
        if (unused.length > 0)
          problems.push(
            `${at}.spellings.${field} names ${unused.join(', ')}, which the document does not use as a ${field} value`,
          );
      }
      spellings[field] = map;
    }
    const { provider, auth_type, kind } = spellings;
    if (!provider || !auth_type || !kind) continue;
    editions[edition] = {
      edition,
      summary: typeof entry.summary === 'string' ? entry.summary : edition,
      operationIds,
      spellings: { provider, auth_type, kind },
    };
  }
  const { camel, upper } = editions;
  if (problems.length > before || !isEdition(raw.default) || !camel || !upper) return undefined;
  const table = makeTable(raw.default, { camel, upper });
  const documentIds = operationIdsByName(document);
  const own = isEdition(documentEdition) ? documentEdition : table.default;
  for (const name of OPERATION_NAMES) {
    const expected = table.editions[own].operationIds[name];
    if (documentIds[name] !== expected)
      problems.push(
        `x-editions says the ${name} operation is ${expected} in the ${own} edition, but the document calls it ${documentIds[name] ?? 'nothing'}`,
      );
  }
  return problems.length > before ? undefined : table;
}

function makeTable(defaultEdition: Edition, editions: Record<Edition, EditionFacts>): EditionTable {
  return {
    default: defaultEdition,
    editions,
    editionsSpelling(field, value) {
      return EDITIONS.filter((edition) => Object.values(editions[edition].spellings[field]).includes(value));
    },
    respell(field, value, edition) {
      for (const from of EDITIONS) {
        const written = Object.entries(editions[from].spellings[field]).find(([, spelled]) => spelled === value)?.[0];
        if (written !== undefined) return editions[edition].spellings[field][written];
      }
      return undefined;
    },
  };
}

/**
 * The document of `edition`, derived from the written one: enum values, consts, defaults, examples
 * and rule params respelled, operation ids renamed, the edition's extra responses added, and the
 * prose naming a value respelled where it can be told apart from an ordinary word.
 */
export function editionDocument(document: ContractDocument, table: EditionTable, edition: Edition): ContractDocument {
  const written = table.editions[table.default];
  const target = table.editions[edition];
  const derived: ContractDocument = { ...structuredClone(document), 'x-edition': edition };
  if (edition === table.default) return derived;

  const byField = new Map<string, Map<string, string>>();
  const any = new Map<string, string>();
  for (const field of SPELLED_FIELDS) {
    const map = new Map<string, string>();
    for (const [camel, writtenSpelling] of Object.entries(written.spellings[field])) {
      const spelled = target.spellings[field][camel];
      if (spelled === undefined) continue;
      map.set(writtenSpelling, spelled);
      any.set(writtenSpelling, spelled);
    }
    byField.set(field, map);
  }
  const operationIds = new Map(OPERATION_NAMES.map((name) => [written.operationIds[name], target.operationIds[name]]));
  const prose = proseRespeller(byField, any, operationIds);

  const walk = (node: unknown, key: string | undefined): unknown => {
    if (typeof node === 'string') {
      if (key === '$ref' || key === 'pattern' || key === 'format' || key === 'type') return node;
      if (key === 'operationId') return operationIds.get(node) ?? node;
      const spelledField = key === undefined ? undefined : byField.get(key);
      if (spelledField) return spelledField.get(node) ?? prose(node);
      if (key === 'const' || key === 'default') return any.get(node) ?? node;
      return prose(node);
    }
    if (Array.isArray(node))
      return node.map((item) =>
        key === 'enum' && typeof item === 'string' ? (any.get(item) ?? item) : walk(item, key),
      );
    if (!isJsonObject(node)) return node;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'x-editions') out[k] = v;
      else if (k === 'params' || key === 'mapping') {
        // Rule params and discriminator mappings name values in keys as well as in values.
        const respelledKey = key === 'mapping' ? (any.get(k) ?? k) : k;
        out[respelledKey] = k === 'params' ? respellDeep(v, any) : walk(v, k);
      } else out[k] = walk(v, k);
    }
    return out;
  };
  const result = walk(derived, undefined);
  if (!isDocument(result)) throw new Error(`the ${edition} edition of the document is not an OpenAPI document`);
  const editions = isJsonObject(document['x-editions']) ? document['x-editions'].editions : undefined;
  const entry = isJsonObject(editions) ? editions[edition] : undefined;
  addResponses(result, isJsonObject(entry) ? entry.addResponses : undefined, target);
  return result;
}

/** Whether a value derived from a document is still one: an object naming its OpenAPI version and info. */
function isDocument(value: unknown): value is ContractDocument & JsonObject {
  return isJsonObject(value) && typeof value.openapi === 'string' && isJsonObject(value.info);
}

function readOperationIds(raw: unknown): Record<OperationName, string> | undefined {
  if (!isJsonObject(raw)) return undefined;
  const { list, create, get, update, delete: remove } = raw;
  return typeof list === 'string' &&
    typeof create === 'string' &&
    typeof get === 'string' &&
    typeof update === 'string' &&
    typeof remove === 'string'
    ? { list, create, get, update, delete: remove }
    : undefined;
}

/** Respells every key and string value that is a spelled value. */
function respellDeep(node: unknown, any: ReadonlyMap<string, string>): unknown {
  if (typeof node === 'string') return any.get(node) ?? node;
  if (Array.isArray(node)) return node.map((item) => respellDeep(item, any));
  if (!isJsonObject(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [any.get(k) ?? k, respellDeep(v, any)]));
}

/**
 * Prose: a value that cannot be an ordinary word (it has a capital or an underscore, such as
 * awsBedrock or bearer_token) is respelled wherever it stands; any other (default, aws) only right
 * after the member that carries it ("auth_type: default", "kind aws") or alone in a code span.
 */
function proseRespeller(
  byField: ReadonlyMap<string, ReadonlyMap<string, string>>,
  any: ReadonlyMap<string, string>,
  operationIds: ReadonlyMap<string, string>,
) {
  const distinctive = new Map([...any, ...operationIds].filter(([from]) => /[A-Z_]/.test(from)));
  const alternation = (words: Iterable<string>) =>
    [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const distinctiveRe = new RegExp(`\\b(${alternation(distinctive.keys())})\\b`, 'g');
  const afterMember = [...byField].map(([field, map]) => ({
    map,
    re: new RegExp(`\\b(${field}:?\\s+)(${alternation(map.keys())})\\b`, 'g'),
  }));
  const codeSpanRe = new RegExp(`\`(${alternation(any.keys())})\``, 'g');
  return (text: string): string => {
    let out = text.replace(distinctiveRe, (word) => distinctive.get(word) ?? word);
    for (const { map, re } of afterMember)
      out = out.replace(re, (_, member: string, value: string) => member + (map.get(value) ?? value));
    return out.replace(codeSpanRe, (_, value: string) => `\`${any.get(value) ?? value}\``);
  };
}

function addResponses(document: JsonObject, raw: unknown, target: EditionFacts): void {
  if (!isJsonObject(raw)) return;
  for (const [name, responses] of Object.entries(raw)) {
    const operation = isOperationName(name) ? findOperationObject(document, target.operationIds[name]) : undefined;
    if (!operation || !isJsonObject(responses))
      throw new Error(`x-editions.editions.${target.edition}.addResponses names ${name}, which is not an operation`);
    const existing = isJsonObject(operation.responses) ? operation.responses : {};
    operation.responses = sortedByStatus({ ...existing, ...responses });
  }
}

function sortedByStatus(responses: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

function findOperationObject(document: JsonObject, operationId: string): JsonObject | undefined {
  for (const pathItem of Object.values(isJsonObject(document.paths) ? document.paths : {})) {
    if (!isJsonObject(pathItem)) continue;
    for (const operation of Object.values(pathItem))
      if (isJsonObject(operation) && operation.operationId === operationId) return operation;
  }
  return undefined;
}

function operationIdsByName(document: ContractDocument): Partial<Record<OperationName, string>> {
  const ids: Partial<Record<OperationName, string>> = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const isItem = path.includes('{');
    const pairs: Array<[OperationName, 'get' | 'patch' | 'delete' | 'post']> = isItem
      ? [
          ['get', 'get'],
          ['update', 'patch'],
          ['delete', 'delete'],
        ]
      : [
          ['list', 'get'],
          ['create', 'post'],
        ];
    for (const [name, method] of pairs) {
      const operationId = item?.[method]?.operationId;
      if (operationId) ids[name] = operationId;
    }
  }
  return ids;
}

/**
 * The values the written document gives each spelled member: the `enum` or `const` of every
 * component schema property of that name (following a `$ref` to a component).
 */
function collectSpelledValues(document: ContractDocument): Record<SpelledField, Set<string>> {
  const schemas: Record<string, JsonSchema> = document.components?.schemas ?? {};
  const values: Record<SpelledField, Set<string>> = { provider: new Set(), auth_type: new Set(), kind: new Set() };
  const resolve = (schema: unknown): JsonSchema | undefined => {
    if (!isJsonObject(schema)) return undefined;
    const ref = schema.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/'))
      return schemas[ref.slice('#/components/schemas/'.length)];
    return isSchemaObject(schema) ? schema : undefined;
  };
  for (const schema of Object.values(schemas)) {
    const properties: Record<string, unknown> = schema.properties ?? {};
    for (const field of SPELLED_FIELDS) {
      const property = resolve(properties[field]);
      if (!property) continue;
      if (typeof property.const === 'string') values[field].add(property.const);
      if (Array.isArray(property.enum)) for (const v of property.enum) if (typeof v === 'string') values[field].add(v);
    }
  }
  return values;
}
