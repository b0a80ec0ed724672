import { isJsonObject } from '../json.js';

/** One row of the spec's `x-problem-types`: the RFC 9457 type and title of an error status. */
export interface ProblemType {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  /** The absolute `type` URI: the spec's base followed by the slug. */
  readonly type: string;
}

/** Reads `x-problem-types` ({ base, types: [{status, slug, title}] }), reporting malformed rows. */
export function readProblemTypes(raw: unknown, problems: string[]): ProblemType[] {
  const where = 'x-problem-types';
  if (typeof raw !== 'object' || raw === null) {
    problems.push(`${where} is missing: the error statuses need their type and title`);
    return [];
  }
  const { base, types } = isJsonObject(raw) ? raw : {};
  if (typeof base !== 'string' || !/^https?:\/\//.test(base)) problems.push(`${where}.base must be an absolute URL`);
  if (!Array.isArray(types)) {
    problems.push(`${where}.types must be a list`);
    return [];
  }
  const rows: ProblemType[] = [];
  types.forEach((row: unknown, index) => {
    const r = isJsonObject(row) ? row : {};
    if (typeof r.status !== 'number' || typeof r.slug !== 'string' || typeof r.title !== 'string') {
      problems.push(`${where}.types[${index}] needs a numeric status, a slug and a title`);
      return;
    }
    rows.push({ status: r.status, slug: r.slug, title: r.title, type: `${String(base)}${r.slug}` });
  });
  return rows;
}
