/** RFC 9457 problems, with the titles of the API's error table. */
const KNOWN: Readonly<Record<number, { slug: string; title: string }>> = {
  400: { slug: 'invalid-request', title: 'Invalid request parameters' },
  401: { slug: 'authentication-required', title: 'Authentication required' },
  404: { slug: 'resource-not-found', title: 'Resource not found' },
  409: { slug: 'resource-conflict', title: 'Resource conflict' },
  422: { slug: 'unprocessable-entity', title: 'Unprocessable Entity' },
};

/** Thrown by handlers; the error handler writes it as application/problem+json. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }

  body(): Record<string, unknown> {
    const known = KNOWN[this.status] ?? { slug: 'error', title: 'Error' };
    return {
      type: `https://arize.com/docs/ax/rest-reference/errors#${known.slug}`,
      title: known.title,
      status: this.status,
      detail: this.detail,
    };
  }
}

export const badRequest = (detail: string): ApiProblem => new ApiProblem(400, detail);
