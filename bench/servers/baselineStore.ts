/**
 * The work every baseline server does for a PATCH, so the comparison with the mock is like for
 * like: validate the body against the spec's update schema, merge it into a record in a Map.
 */
import { loadContract } from '../../spec/index.js';

export const BASELINE_ID = 'TGxtSW50ZWdyYXRpb246MTo0QWJj';

export async function createBaselineStore() {
  const validate = (await loadContract()).operation('update').requestBody!.validate;
  const now = new Date().toISOString();
  const records = new Map<string, Record<string, unknown>>([
    [BASELINE_ID, { id: BASELINE_ID, name: 'Baseline', provider: 'openAI', has_api_key: false, enable_default_models: false, function_calling_enabled: true, auth_type: 'default', scopings: [{}], created_at: now, updated_at: now, created_by_user_id: 'VXNlcjoxOm5OYkM=' }],
  ]);
  return {
    /** Returns [status, body]. */
    patch(id: string, body: unknown): [number, unknown] {
      const record = records.get(id);
      if (!record) return [404, { title: 'Resource not found', status: 404 }];
      const issues = validate(body);
      if (issues.length > 0) return [400, { title: 'Invalid request parameters', status: 400, errors: issues }];
      const updated = { ...record, ...(body as object), updated_at: new Date().toISOString() };
      records.set(id, updated);
      return [200, updated];
    },
    get(id: string): [number, unknown] {
      const record = records.get(id);
      return record ? [200, record] : [404, { title: 'Resource not found', status: 404 }];
    },
  };
}

// Exit normally on a stop signal, so that `node --cpu-prof` writes its profile.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));

export function portFromArgs(): number {
  const port = Number(process.argv[2] ?? '0');
  if (!Number.isInteger(port)) throw new Error(`usage: <server> PORT (got ${process.argv[2]})`);
  return port;
}
