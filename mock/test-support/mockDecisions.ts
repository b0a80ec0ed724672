/**
 * What the mock promises beyond the public spec (the spec allows more): checked on every reply
 * the mock's tests get; checkResponse holds any server to the spec alone, not to these.
 * - Timestamps are written as `Date#toISOString()` does: milliseconds and `Z` (the spec only says
 *   `format: date-time`; a server may send seconds, microseconds or an offset).
 * - A 429 always carries `Retry-After` in delta-seconds (optional in the spec).
 */
export const MOCK_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const TIMESTAMP_FIELDS = ['created_at', 'updated_at'];

/** The ways a reply breaks the mock's own decisions (none: it keeps them). */
export function mockDecisionIssues(reply: {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
}): string[] {
  const issues: string[] = [];
  if (reply.status === 429 && reply.headers && !/^\d+$/.test(reply.headers['retry-after'] ?? '')) {
    issues.push(`a 429 without Retry-After in delta-seconds (got ${JSON.stringify(reply.headers['retry-after'])})`);
  }
  const body = reply.body as { ai_integrations?: unknown } | undefined;
  const integrations = Array.isArray(body?.ai_integrations)
    ? body.ai_integrations
    : reply.status < 300 && body
      ? [body]
      : [];
  for (const integration of integrations as Array<Record<string, unknown>>) {
    for (const field of TIMESTAMP_FIELDS) {
      if (field in integration && !MOCK_TIMESTAMP.test(String(integration[field])))
        issues.push(`${field} ${JSON.stringify(integration[field])} is not written with milliseconds and Z`);
    }
  }
  return issues;
}
