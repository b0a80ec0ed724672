/** The `code` Node gives a system or argument error (`ENOENT`, `ERR_PARSE_ARGS_UNKNOWN_OPTION`), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
