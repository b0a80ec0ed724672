import type { RuleId } from '../types.generated.js';

/**
 * The params each rule carries in the spec, typed. The loader checks every rule's params against
 * PARAM_SHAPES and RULE_PARAMS, so code elsewhere reads them as they are typed here, never by cast.
 */
export interface RuleParamsById {
  'create-provider-consistency': { readonly requiredMetadataKind: Readonly<Record<string, string>> };
  'provider-consistency': { readonly requiredMetadataKind: Readonly<Record<string, string>> };
  'model-source-optional': { readonly providers: readonly string[] };
  'create-defaults': { readonly defaults: Readonly<Record<string, unknown>> };
  'create-headers-size-limit': { readonly maxBytes: number };
  'headers-size-limit': { readonly maxBytes: number };
  'types-enforced': { readonly notNullable: readonly string[] };
}

export type RuleParams<Id extends RuleId = RuleId> = Id extends keyof RuleParamsById
  ? RuleParamsById[Id]
  : Readonly<Record<never, never>>;

type ParamShape = 'stringMap' | 'stringList' | 'object' | 'positiveInteger';

/** The shape of every param name a rule may use. */
const PARAM_SHAPES: Readonly<Record<string, ParamShape>> = {
  requiredMetadataKind: 'stringMap',
  providers: 'stringList',
  defaults: 'object',
  maxBytes: 'positiveInteger',
  notNullable: 'stringList',
};

/** The params each rule must carry. */
const RULE_PARAMS: { readonly [Id in keyof RuleParamsById]: ReadonlyArray<keyof RuleParamsById[Id]> } = {
  'create-provider-consistency': ['requiredMetadataKind'],
  'provider-consistency': ['requiredMetadataKind'],
  'model-source-optional': ['providers'],
  'create-defaults': ['defaults'],
  'create-headers-size-limit': ['maxBytes'],
  'headers-size-limit': ['maxBytes'],
  'types-enforced': ['notNullable'],
};

/** Problems with one rule's params: unknown names, missing ones, values of the wrong shape. */
export function paramProblems(id: string, params: Readonly<Record<string, unknown>>, at: string): string[] {
  const problems: string[] = [];
  const required = (RULE_PARAMS as Readonly<Record<string, readonly string[]>>)[id] ?? [];
  for (const name of required)
    if (!(name in params)) problems.push(`${at}.params.${name} is missing (rule ${id} needs it)`);
  for (const [name, value] of Object.entries(params)) {
    const shape = PARAM_SHAPES[name];
    if (shape === undefined)
      problems.push(`${at}.params.${name} is not a known param (known: ${Object.keys(PARAM_SHAPES).join(', ')})`);
    else if (!hasShape(value, shape)) problems.push(`${at}.params.${name} must be ${SHAPE_TEXT[shape]}`);
    else if (!required.includes(name))
      problems.push(`${at}.params.${name} is not a param of rule ${id} (spec/rules/ruleParams.ts lists each rule's)`);
  }
  return problems;
}

const SHAPE_TEXT: Readonly<Record<ParamShape, string>> = {
  stringMap: 'a map of strings',
  stringList: 'a list of strings',
  object: 'an object',
  positiveInteger: 'a positive integer',
};

function hasShape(value: unknown, shape: ParamShape): boolean {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  switch (shape) {
    case 'stringMap':
      return isObject && Object.values(value).every((v) => typeof v === 'string');
    case 'stringList':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'object':
      return isObject;
    case 'positiveInteger':
      return Number.isInteger(value) && (value as number) > 0;
  }
}
