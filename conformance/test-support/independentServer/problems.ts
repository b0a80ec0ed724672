/** RFC 9457 problems, typed by the status table of the contract. */

const SLUGS: Record<number, { slug: string; title: string; code: string }> = {
  400: { slug: 'invalid-request', title: 'Invalid request parameters', code: 'INVALID_REQUEST' },
  401: { slug: 'authentication-required', title: 'Authentication required', code: 'UNAUTHENTICATED' },
  403: { slug: 'access-forbidden', title: 'Access forbidden', code: 'FORBIDDEN' },
  404: { slug: 'resource-not-found', title: 'Resource not found', code: 'NOT_FOUND' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed', code: 'METHOD_NOT_ALLOWED' },
  409: { slug: 'resource-conflict', title: 'Resource conflict', code: 'CONFLICT' },
  413: { slug: 'payload-too-large', title: 'Payload too large', code: 'PAYLOAD_TOO_LARGE' },
  422: { slug: 'unprocessable-entity', title: 'Unprocessable Entity', code: 'UNPROCESSABLE' },
  429: { slug: 'rate-limit-exceeded', title: 'Rate limit exceeded', code: 'RATE_LIMITED' },
};

/** Thrown by handlers and validators; the HTTP layer turns it into a problem+json response. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
  }
}

export const invalid = (detail: string): Problem => new Problem(400, detail);

export function problemBody(
  problem: Problem,
  style: { minimal: boolean; extra: boolean; type?: 'about:blank' | 'relative' },
): Record<string, unknown> {
  const known = SLUGS[problem.status] ?? { slug: 'error', title: 'Error', code: 'ERROR' };
  if (style.minimal) return { title: known.title, status: problem.status };
  const type =
    style.type === 'about:blank'
      ? 'about:blank'
      : style.type === 'relative'
        ? `/problems/${known.slug}`
        : `https://arize.com/docs/ax/rest-reference/errors#${known.slug}`;
  const body: Record<string, unknown> = {
    type,
    title: known.title,
    status: problem.status,
    detail: problem.detail,
  };
  if (style.extra) body.error_code = known.code;
  return body;
}
