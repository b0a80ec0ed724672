import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from '../types.generated.js';

export type { ValidationIssue };

/**
 * Turns Ajv errors into issues under `root` (e.g. "/body"). Ajv reports every branch of a failed
 * `oneOf` (`must be object`, `must be null`, `must match exactly one schema`); those collapse
 * into one readable line per location.
 */
export function issuesFromAjv(root: string, errors: readonly ErrorObject[] | null | undefined): ValidationIssue[] {
  if (!errors || errors.length === 0) return [];
  const byPointer = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const pointer = pointerOf(root, error);
    byPointer.set(pointer, [...(byPointer.get(pointer) ?? []), error]);
  }
  const issues: ValidationIssue[] = [];
  const pointers = [...byPointer.keys()];
  for (const [pointer, group] of byPointer) {
    const alternatives = group.some((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    const typeErrors = group.filter((e) => e.keyword === 'type');
    // The value matched the shape of one branch and failed inside it: the deeper issues say why.
    const failedInside = pointers.some((other) => other.startsWith(`${pointer === '/' ? '' : pointer}/`));
    if (alternatives && failedInside) {
      issues.push(
        ...group
          .filter((e) => e.keyword !== 'type' && e.keyword !== 'oneOf' && e.keyword !== 'anyOf')
          .map((e) => ({ pointer, message: messageOf(e) })),
      );
      continue;
    }
    if (alternatives && typeErrors.length > 1) {
      const types = [...new Set(typeErrors.map((e) => String(paramsOf(e).type)))];
      issues.push({ pointer, message: `must be ${types.join(' or ')}` });
      continue;
    }
    for (const error of group) {
      if ((error.keyword === 'oneOf' || error.keyword === 'anyOf') && group.length > 1) continue;
      issues.push({ pointer, message: messageOf(error) });
    }
  }
  return dedupe(issues);
}

function pointerOf(root: string, error: ErrorObject): string {
  const base = `${root}${error.instancePath}`;
  const params = paramsOf(error);
  if (error.keyword === 'additionalProperties') return `${base}/${pointerEscape(String(params.additionalProperty))}`;
  if (error.keyword === 'unevaluatedProperties') return `${base}/${pointerEscape(String(params.unevaluatedProperty))}`;
  if (error.keyword === 'required') return `${base}/${pointerEscape(String(params.missingProperty))}`;
  return base === '' ? '/' : base;
}

function messageOf(error: ErrorObject): string {
  const params = paramsOf(error);
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not a known property';
    case 'required':
      return 'is required';
    case 'enum':
      return `must be one of: ${(Array.isArray(params.allowedValues) ? params.allowedValues : []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'minProperties':
      return params.limit === 1 ? 'must have at least one property' : (error.message ?? 'is invalid');
    default:
      return error.message ?? 'is invalid';
  }
}

function pointerEscape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An error's params, each read as unknown (Ajv types them `any`). */
function paramsOf(error: ErrorObject): Readonly<Record<string, unknown>> {
  return error.params;
}
