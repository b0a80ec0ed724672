import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { OpenAPIV3_1 } from 'openapi-types';
import { ContractLoadError } from '../ContractLoadError.js';
import { isJsonObject } from '../json.js';
import { readPrepared, sha256, writePrepared } from './preparedContract.js';
import { buildContract, contractFromPrepared } from '../contract/buildContract.js';
import type { Contract } from '../contract/Contract.js';
import { EDITIONS, editionDocument, readEditionTable, type Edition, type EditionTable } from '../editions/editions.js';
import { isContractDocument } from '../schema/contractDocument.js';
import { readStandaloneValidators, validatorsPathFor, writeStandaloneValidators } from './standaloneValidators.js';
import { ValidatorFactory } from '../schema/compileValidators.js';

/** The project's spec, next to this module in the source tree and in dist/. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

export type {
  Contract,
  HttpMethod,
  OperationContract,
  ParameterContract,
  RequestBodyContract,
  ResponseContract,
} from '../contract/Contract.js';

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
 * skipped, and the validators come from the standalone code saved with it.
 */
export async function readContract(source: string, options: LoadOptions = {}): Promise<Contract> {
  const text = await readText(source);
  const found = await readPrepared(source, text, options.edition);
  if (found) {
    const { prepared, path } = found;
    const precompiled = await readStandaloneValidators(validatorsPathFor(path), prepared.sourceSha256);
    return contractFromPrepared(prepared, source, precompiled);
  }
  const written = await parseDocument(source, text);
  const table = editionTableOf(source, written);
  const edition = options.edition ?? table.default;
  const { document, dereferenced } = await validateDocument(source, editionDocument(written, table, edition));
  return buildContract(source, document, dereferenced);
}

/**
 * Validates `source` in every edition and saves the prepared snapshots later loads of the same text
 * use, each with the standalone code of its validators.
 */
export async function prepareContract(source: string): Promise<string[]> {
  const text = await readText(source);
  const written = await parseDocument(source, text);
  const table = editionTableOf(source, written);
  const paths: string[] = [];
  for (const edition of EDITIONS) {
    const { document, dereferenced } = await validateDocument(source, editionDocument(written, table, edition));
    const compiler = new ValidatorFactory({ keepSource: true });
    const contract = buildContract(source, document, dereferenced, compiler);
    // Response and component schemas compile lazily at run time; compiling each once here makes a
    // schema Ajv cannot compile fail the build instead of the first check that meets it, and puts
    // it in the standalone code.
    for (const operation of contract.operations.values())
      for (const response of operation.responses.values()) response.validateBody?.(undefined);
    for (const name of Object.keys(contract.schemas)) contract.schemaValidator(name);
    const path = await writePrepared(source, text, edition, edition === table.default, document, dereferenced);
    await writeStandaloneValidators(validatorsPathFor(path), sha256(text), compiler);
    paths.push(path);
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
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    throw new ContractLoadError(source, [`cannot be read: ${code ?? String(error)}`]);
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
    const version = 'openapi' in parsed ? parsed.openapi : undefined;
    if (typeof version !== 'string' || !version.startsWith('3.1.'))
      problems.push(`declares openapi ${JSON.stringify(version)}; this project needs 3.1.x`);
    const dialect = 'jsonSchemaDialect' in parsed ? parsed.jsonSchemaDialect : undefined;
    if (dialect !== 'https://json-schema.org/draft/2020-12/schema') {
      problems.push(
        'must set jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema (Prism checks 3.1 schemas as draft-07 without it)',
      );
    }
  }
  if (problems.length > 0 || !isContractDocument(parsed)) throw new ContractLoadError(source, problems);
  return parsed;
}

async function validateDocument(
  source: string,
  document: OpenAPIV3_1.Document,
): Promise<{ document: OpenAPIV3_1.Document; dereferenced: OpenAPIV3_1.Document }> {
  const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
  try {
    await SwaggerParser.validate(structuredClone(document));
    const dereferenced = await SwaggerParser.dereference(structuredClone(document));
    if (!isContractDocument(dereferenced)) throw new Error('the dereferenced document is not an OpenAPI 3.1 document');
    return { document, dereferenced };
  } catch (error) {
    throw new ContractLoadError(source, [describeParserError(error)]);
  }
}

function describeParserError(error: unknown): string {
  const details = typeof error === 'object' && error !== null && 'details' in error ? error.details : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (Array.isArray(details) && details.length > 0) {
    const first = details
      .slice(0, 5)
      .filter(isJsonObject)
      .map((d) =>
        `${d.instancePath ?? (Array.isArray(d.path) ? `/${d.path.join('/')}` : '')} ${d.message ?? ''}`.trim(),
      );
    return `fails OpenAPI validation: ${first.join('; ')}`;
  }
  return `fails OpenAPI validation: ${message.split('\n').slice(0, 3).join(' ')}`;
}
