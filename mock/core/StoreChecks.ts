import { closestName } from './closestName.js';
import { parseIntegrationId } from './ids.js';
import type { MockRules } from './MockRules.js';
import { isJsonObject } from '../../spec/portable.js';
import { fail, ok, type Failure, type Result } from './Result.js';
import type { ValidationIssue } from '../../spec/portable.js';

/**
 * The refusals every store makes the same way, worded once: a malformed id, a body the schema
 * refuses, an unknown id, a name another integration of the account holds.
 */
export class StoreChecks {
  constructor(private readonly rules: MockRules) {}

  /** Another account's id is answered exactly like an unknown one (rule not-found). */
  notFound(id: string): Failure {
    return { status: this.rules.notFoundStatus, rule: 'not-found', detail: `No AI integration with id ${id}.` };
  }

  /** The 400 of an id that is not the canonical base64 of `LlmIntegration:<n>:<4 chars>`. */
  id(id: string): Failure | undefined {
    if (parseIntegrationId(id) !== undefined) return undefined;
    return {
      status: this.rules.malformedIdStatus,
      rule: 'malformed-id',
      detail: 'The integration id is malformed.',
      errors: [
        {
          pointer: '/path/integration_id',
          message: 'must be the base64 of LlmIntegration:<n>:<4 alphanumeric characters>',
        },
      ],
    };
  }

  /** The body's fields, or the refusal of a body the operation's schema refuses (see `body`). */
  validBody(operation: 'create' | 'update', body: unknown): Result<Record<string, unknown>> {
    const invalid = this.body(operation, body);
    if (invalid) return fail(invalid);
    // Both bodies' schemas are objects, so a body they accept is one.
    return isJsonObject(body) ? ok(body) : fail(this.notAnObject([]));
  }

  /** The 400 of a body the operation's schema refuses, with the detail that helps most (non-empty, another edition's spelling, the first issues). */
  body(operation: 'create' | 'update', body: unknown): Failure | undefined {
    const issues = this.nullRefusals(operation, body, this.rules[operation].validate(body));
    const status = this.rules[operation].invalidStatus;
    if (issues.length === 0) return undefined;
    if (!isJsonObject(body)) return this.notAnObject(issues);
    if (operation === 'update' && !this.hasKnownField(body)) {
      // `{}` and a body of unknown properties only are both "nothing to update" (rule non-empty);
      // the latter is most often a typo, so the detail names what was sent.
      const unknown = Object.keys(body);
      const detail = `At least one updatable field must be provided${unknown.length === 0 ? '' : `: ${describeUnknown(unknown, this.rules.update.fields)}`}.`;
      return { status: this.rules.nonEmptyStatus, rule: 'non-empty', detail, errors: issues };
    }
    // A value spelled as another edition spells it: say which edition this mock serves.
    const foreign = this.rules.spelling.foreignValues(body);
    if (foreign.length > 0)
      return { status, rule: 'types-enforced', detail: this.rules.spelling.describe(foreign), errors: issues };
    const summary = issues
      .slice(0, 3)
      .map((issue) => `${issue.pointer} ${issue.message}`)
      .join('; ');
    return {
      status,
      rule: 'types-enforced',
      detail: `The request body is invalid: ${summary}${issues.length > 3 ? '; ...' : ''}.`,
      errors: issues,
    };
  }

  /**
   * The issues with each `null` on a field whose schema refuses null said as such ("is not
   * nullable", and for a list how to empty it) instead of the validator's "must be array".
   */
  private nullRefusals(
    operation: 'create' | 'update',
    body: unknown,
    issues: readonly ValidationIssue[],
  ): readonly ValidationIssue[] {
    if (issues.length === 0 || typeof body !== 'object' || body === null || Array.isArray(body)) return issues;
    const rules = this.rules[operation];
    const nulled = new Map(
      Object.entries(body)
        .filter(([field, value]) => value === null && rules.notNullable.has(field))
        .map(([field]) => [`/body/${escapePointer(field)}`, field]),
    );
    if (nulled.size === 0) return issues;
    const emptyList = operation === 'update' ? 'send [] to clear it' : 'leave it out or send [] for none';
    const said = new Set<string>();
    return issues.flatMap((issue) => {
      const field = nulled.get(issue.pointer);
      if (field === undefined) return [issue];
      if (said.has(field)) return [];
      said.add(field);
      return [
        { pointer: issue.pointer, message: `is not nullable${rules.listFields.has(field) ? `; ${emptyList}` : ''}` },
      ];
    });
  }

  private notAnObject(issues: readonly ValidationIssue[]): Failure {
    return {
      status: this.rules.malformedBodyStatus,
      rule: 'malformed-body',
      detail: 'The request body must be a JSON object.',
      errors: issues,
    };
  }

  private hasKnownField(body: unknown): boolean {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return true;
    return this.rules.update.fields.some((field) => Object.hasOwn(body, field));
  }

  /** The 409 when `holder`, the id holding `name` in the account, is another integration than `ownId`. */
  nameTaken(
    operation: 'create' | 'update',
    name: string,
    holder: string | undefined,
    ownId?: string,
  ): Failure | undefined {
    return holder === undefined || holder === ownId ? undefined : this.nameHeld(operation, name);
  }

  /** The 409 of a name another integration of the account holds. */
  nameHeld(operation: 'create' | 'update', name: string): Failure {
    const rules = this.rules[operation];
    return {
      status: rules.nameUniqueStatus,
      rule: rules.ruleIds.unique,
      detail: `An AI integration named ${JSON.stringify(name)} already exists in this account.`,
      errors: [
        { pointer: `/body/${rules.nameField}`, message: 'is already used by another integration of this account' },
      ],
    };
  }
}

/** `"nmae" is not a field of the update body (did you mean "name"?)`, naming at most three. */
function describeUnknown(names: readonly string[], fields: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name));
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  const last = shown.pop();
  const list = shown.length === 0 ? last : `${shown.join(', ')}${more ? ', ' : ' and '}${last}${more}`;
  const meant = [
    ...new Set(
      names
        .slice(0, 3)
        .map((name) => closestName(name, fields))
        .filter((field) => field !== undefined),
    ),
  ];
  const hint = meant.length === 0 ? '' : ` (did you mean ${meant.map((field) => JSON.stringify(field)).join(' or ')}?)`;
  return `${list} ${names.length === 1 ? 'is not a field' : 'are not fields'} of the update body${hint}`;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
