/**
 * Raised when spec/openapi.yaml cannot be turned into a contract: the file is missing, is not
 * YAML, is not a valid OpenAPI 3.1 document, or its rule extensions are inconsistent.
 * `problems` lists each finding with where it is, so the message reads without a stack trace.
 */
export class ContractLoadError extends Error {
  override readonly name = 'ContractLoadError';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not a usable contract:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
