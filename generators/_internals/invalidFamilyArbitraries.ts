import fc from 'fast-check';
import type { Contract, ContractRule, JsonSchema } from '../../spec/index.js';
import type { InvalidRequest } from '../InvalidRequest.js';
import { describeInvalid, type InvalidFamily } from '../invalidFamilies.js';
import { type BodyModel, fieldSchema } from './bodyModel.js';
import { fillToBytes } from './headersSize.js';
import {
  EDITIONS,
  isJsonObject,
  jsonUtf8Bytes,
  otherEditionSpellings,
  respellAt,
  SPELLED_FIELDS,
  spelledPlaces,
} from '../../spec/index.js';
import {
  acceptsNull,
  enumOf,
  flattenAllOf,
  leavesOf,
  propertiesOf,
  requiredOf,
  withoutNull,
} from '../../spec/index.js';
import {
  malformedInside,
  unknownEnumValue,
  unknownKeysFor,
  wrongTypeVariants,
  type BreakOptions,
} from './invalidValues.js';
import { arbitraryFor, join } from './schemaArbitrary.js';
import { validBodyArbitrary } from './validBody.js';

export interface FamilyContext {
  readonly contract: Contract;
  readonly model: BodyModel;
  /** Valid fields around the bad one (so partial application shows), or none. */
  readonly withValidFields: boolean;
  readonly takenNames: ReadonlySet<string>;
}

/**
 * One combination of a family: the body field it breaks (none for whole-body families) and, where
 * the family makes several kinds of mistake on one field, which kind (`variant`: the JSON type of a
 * wrong-type value, the provider and metadata of a mismatch, the JSON type of a non-object body).
 */
export interface FamilyCase {
  readonly field?: string;
  readonly variant?: string;
  readonly arbitrary: fc.Arbitrary<InvalidRequest>;
}

/** The combinations of one family; empty when the spec gives the family nothing to break. */
export type FamilyBuilder = (ctx: FamilyContext) => readonly FamilyCase[];

/** A kind of mistake on one field: what it is called and the bad values. */
type Variant = { readonly variant?: string; readonly values: fc.Arbitrary<unknown> };

function ruleOf(ctx: FamilyContext, family: InvalidFamily): ContractRule {
  return ctx.contract.rule(describeInvalid(family).rule);
}

/** Whether the kit checks `family` only with --strict: its rule is strict, or the family is (see InvalidFamilyInfo.strictOnly). */
export function isStrictOnly(contract: Contract, family: InvalidFamily): boolean {
  const info = describeInvalid(family);
  return info.strictOnly === true || contract.rule(info.rule).strict;
}

function request(
  rule: ContractRule,
  family: InvalidFamily,
  value: unknown,
  description: string,
  field?: string,
  variant?: string,
): InvalidRequest {
  const strictOnly = describeInvalid(family).strictOnly === true || rule.strict;
  return {
    family,
    rule: rule.id,
    status: rule.status,
    strictOnly,
    text: JSON.stringify(value),
    value,
    description,
    ...(field === undefined ? {} : { field }),
    ...(variant === undefined ? {} : { variant }),
  };
}

/** Unknown enum and const values leave out the other editions' spellings (the family other-edition-spelling sends those). */
function breakOptions(ctx: FamilyContext): BreakOptions {
  return { otherSpellings: (values) => otherEditionSpellings(ctx.contract, values) };
}

/** `bad` under `field`, between valid fields of the other properties (provider and its metadata travel together). */
function withCompanions(
  ctx: FamilyContext,
  fields: readonly string[],
  bad: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  if (!ctx.withValidFields) return bad;
  const c = ctx.model.consistency;
  const excluded = new Set(fields);
  if (c && (excluded.has(c.providerField) || excluded.has(c.metadataField)))
    for (const f of [c.providerField, c.metadataField]) excluded.add(f);
  const companions = fc.oneof(
    { arbitrary: fc.constant<Record<string, unknown>>({}), weight: 1 },
    {
      arbitrary: validBodyArbitrary(ctx.model, {
        fields: ctx.model.fields.filter((f) => !excluded.has(f)),
        minProperties: 0,
        state: 'any',
        takenNames: ctx.takenNames,
      }),
      weight: 3,
    },
  );
  return fc.tuple(companions, fc.nat(), bad).map(([valid, at, wrong]) => {
    const keys = Object.keys(valid);
    const cut = keys.length === 0 ? 0 : at % (keys.length + 1);
    const body: Record<string, unknown> = {};
    for (const k of keys.slice(0, cut)) body[k] = valid[k];
    Object.assign(body, wrong);
    for (const k of keys.slice(cut)) body[k] = valid[k];
    return body;
  });
}

/** One case per field (and per variant) that `pick` gives bad values for. */
function perField(
  ctx: FamilyContext,
  family: InvalidFamily,
  pick: (schema: JsonSchema, field: string) => fc.Arbitrary<unknown> | readonly Variant[] | undefined,
  say: (field: string, value: unknown) => string,
  check?: (body: unknown) => boolean,
): FamilyCase[] {
  const rule = ruleOf(ctx, family);
  return ctx.model.fields.flatMap((field) => {
    const picked = pick(fieldSchema(ctx.model, field), field);
    if (!picked) return [];
    const variants: readonly Variant[] = picked instanceof fc.Arbitrary ? [{ values: picked }] : picked;
    return variants.map(({ variant, values }): FamilyCase => {
      let bodies = withCompanions(
        ctx,
        [field],
        values.map((value) => ({ [field]: value })),
      );
      if (check) bodies = bodies.filter(check);
      return {
        field,
        ...(variant === undefined ? {} : { variant }),
        arbitrary: bodies.map((body) => request(rule, family, body, say(field, body[field]), field, variant)),
      };
    });
  });
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const schemaInvalid = (ctx: FamilyContext) => (body: unknown) => ctx.model.validate(body).length > 0;

export const FAMILY_BUILDERS: Record<InvalidFamily, FamilyBuilder> = {
  'empty-body': (ctx) => [
    {
      arbitrary: fc.constant(
        request(ruleOf(ctx, 'empty-body'), 'empty-body', {}, 'The body is {}: no field to update.'),
      ),
    },
  ],

  'only-unknown-properties': (ctx) => {
    const keys = unknownKeysFor(ctx.model.fields);
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
    const bodies = fc
      .uniqueArray(fc.tuple(fc.constantFrom(...keys), value), { minLength: 1, maxLength: 3, selector: ([k]) => k })
      .map((entries) => Object.fromEntries(entries))
      .map((body) =>
        request(
          ruleOf(ctx, 'only-unknown-properties'),
          'only-unknown-properties',
          body,
          `Only unknown properties (${Object.keys(body).join(', ')}): nothing to update.`,
        ),
      );
    return [{ arbitrary: bodies }];
  },

  'unknown-property': (ctx) => {
    // Read-only fields of the resource are the likeliest mistake; then other spellings of body fields.
    const response = ctx.contract.operation(ctx.model.operation).responses.get('200')?.schema;
    const readOnly = Object.entries(response ? propertiesOf(response) : {}).filter(
      ([name]) => !ctx.model.fields.includes(name),
    );
    const extras = unknownKeysFor(ctx.model.fields).map(
      (name) => [name, fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean())] as const,
    );
    const unknown = fc.oneof(
      ...readOnly.map(([name, schema]) => arbitraryFor(schema).map((v) => [name, v] as const)),
      ...extras.map(([name, arb]) => arb.map((v) => [name, v] as const)),
    );
    const valid = validBodyArbitrary(ctx.model, {
      fields: ctx.model.fields,
      minProperties: 1,
      state: 'any',
      takenNames: ctx.takenNames,
    });
    const rule = ruleOf(ctx, 'unknown-property');
    const bodies = fc.tuple(valid, fc.nat(), unknown).map(([body, at, [key, value]]) => {
      const keys = Object.keys(body);
      const cut = at % (keys.length + 1);
      const out: Record<string, unknown> = {};
      for (const k of keys.slice(0, cut)) out[k] = body[k];
      out[key] = value;
      for (const k of keys.slice(cut)) out[k] = body[k];
      return request(rule, 'unknown-property', out, `Valid fields plus the unknown property ${key}.`);
    });
    return [{ arbitrary: bodies }];
  },

  'wrong-type': (ctx) =>
    perField(
      ctx,
      'wrong-type',
      (schema) => wrongTypeVariants(schema).map(({ type, values }) => ({ variant: type, values })),
      (field, value) => `${field} is ${show(value)}, a JSON type its schema rejects.`,
    ),

  'null-on-non-nullable': (ctx) =>
    perField(
      ctx,
      'null-on-non-nullable',
      (schema) => (acceptsNull(schema) ? undefined : fc.constant(null)),
      (field) => `${field} is null, which it does not accept.`,
    ),

  'unknown-enum-value': (ctx) =>
    perField(
      ctx,
      'unknown-enum-value',
      (schema) => {
        const values = enumOf(withoutNull(schema));
        return values ? unknownEnumValue(values, otherEditionSpellings(ctx.contract, values)) : undefined;
      },
      (field, value) => `${field} is ${show(value)}, not one of its enum values.`,
    ),

  'other-edition-spelling': (ctx) => {
    const others = EDITIONS.filter((e) => e !== ctx.contract.edition);
    if (others.length === 0) return [];
    const { schema } = ctx.model;
    const c = ctx.model.consistency;
    const rule = ruleOf(ctx, 'other-edition-spelling');
    // One case per body field that holds a spelled value (provider, auth_type, provider_metadata's
    // kind): a valid body holding it, then its spelled values (one, or all) spelled as another edition does.
    const valid = validBodyArbitrary(ctx.model, {
      fields: ctx.model.fields,
      minProperties: 1,
      state: 'any',
      takenNames: ctx.takenNames,
    });
    return ctx.model.fields
      .filter((field) => holdsSpelledValue(fieldSchema(ctx.model, field), field))
      .map((field): FamilyCase => {
        const placesIn = (body: unknown) => spelledPlaces(schema, body).filter((p) => p.path[0] === field);
        const holding = valid.filter((body) => placesIn(body).length > 0);
        const arbitrary = fc
          .tuple(holding, fc.constantFrom(...others), fc.nat(), fc.boolean())
          .map(([body, edition, at, all]) => {
            const places = placesIn(body);
            const chosen = all ? places : places.slice(at % places.length, (at % places.length) + 1);
            const respelled = respellAt(ctx.contract, body, chosen, edition);
            let value = isJsonObject(respelled) ? respelled : {};
            if (!ctx.withValidFields) {
              // Only the field that holds a respelled value (provider and its metadata together).
              const keep = new Set([field]);
              if (c && (keep.has(c.providerField) || keep.has(c.metadataField)))
                for (const f of [c.providerField, c.metadataField]) if (f in value) keep.add(f);
              value = Object.fromEntries(Object.entries(value).filter(([k]) => keep.has(k)));
            }
            const named = chosen
              .map((p) => `${p.path.join('.')} ${show(ctx.contract.editions.respell(p.field, p.value, edition))}`)
              .join(', ');
            const description = `${named}: the ${edition} edition's spelling, where the contract speaks ${ctx.contract.edition} (a server in transition may accept it: strict-only).`;
            return request(rule, 'other-edition-spelling', value, description, field);
          })
          .filter((r) => ctx.model.validate(r.value).length > 0);
        return { field, arbitrary };
      });
  },

  'empty-string': (ctx) =>
    perField(
      ctx,
      'empty-string',
      (schema) => {
        const inner = withoutNull(schema);
        return typeof inner.minLength === 'number' && inner.minLength > 0 ? fc.constant('') : undefined;
      },
      (field) => `${field} is the empty string, shorter than its minLength.`,
    ),

  'malformed-structure': (ctx) =>
    perField(
      ctx,
      'malformed-structure',
      (schema, field) => malformedInside(schema, field, ctx.model.flavour, 'contract', breakOptions(ctx)),
      (field, value) => `${field} is ${show(value)}: the right outer type, broken inside.`,
      schemaInvalid(ctx),
    ),

  'missing-nested-required': (ctx) => {
    const rule = ruleOf(ctx, 'missing-nested-required');
    const invalid = schemaInvalid(ctx);
    return ctx.model.fields.flatMap((field) =>
      requiredInside(withoutNull(fieldSchema(ctx.model, field))).map(({ kind, member, object, item }): FamilyCase => {
        const variant = `${kind ?? 'object'} without ${member}`;
        const valid = arbitraryFor(object, {
          path: item ? join(field, '[]') : field,
          flavour: ctx.model.flavour,
        }).map((value) => (isJsonObject(value) ? value : {}));
        const broken = valid.map((o) => {
          const { [member]: _missing, ...rest } = o;
          return item ? [rest] : rest;
        });
        const arbitrary = withCompanions(
          ctx,
          [field],
          broken.map((value) => ({ [field]: value })),
        )
          .filter(invalid)
          .map((body) =>
            request(
              rule,
              'missing-nested-required',
              body,
              `${field} ${item ? 'holds an item' : 'is an object'}${kind ? ` of kind ${kind}` : ''} without its required member ${member}.`,
              field,
              variant,
            ),
          );
        return { field, variant, arbitrary };
      }),
    );
  },

  'nested-unknown-property': (ctx) =>
    perField(
      ctx,
      'nested-unknown-property',
      (schema, field) => malformedInside(schema, field, ctx.model.flavour, 'unknown-key'),
      (field, value) => `${field} is ${show(value)}: valid, but with a property its schema does not declare.`,
      schemaInvalid(ctx),
    ),

  'headers-too-large': (ctx) => {
    const limit = ctx.model.sizeLimit;
    if (!limit) return [];
    const max = limit.maxBytes;
    const small = fc.dictionary(
      fc.constantFrom('X-Team', 'X-Api-Version', 'anthropic-version'),
      fc.constantFrom('arize', '2023-06-01'),
      { maxKeys: 2, noNullPrototype: true },
    );
    const variants: fc.Arbitrary<{ headers: Record<string, string>; how: string }> = fc.oneof(
      fc.constant({ headers: fillToBytes({}, 'X-Trace-Context', max + 1), how: 'one byte over' }),
      fc
        .tuple(small, fc.integer({ min: max + 1, max: max + 4096 }))
        .map(([base, target]) => ({ headers: fillToBytes(base, 'X-Trace-Context', target), how: 'one large header' })),
      fc.tuple(small, fc.integer({ min: max + 1, max: max + 512 })).map(([base, target]) => ({
        headers: fillToBytes(base, 'X-Locale-Hint', target, 'é'),
        how: 'over in UTF-8 bytes, under in characters',
      })),
      fc.integer({ min: 64, max: 512 }).map((size) => {
        let headers: Record<string, string> = {};
        for (let i = 0; jsonUtf8Bytes(headers) <= max; i += 1)
          headers = fillToBytes(headers, `X-Header-${i}`, jsonUtf8Bytes(headers) + size);
        return { headers, how: 'many headers' };
      }),
    );
    const rule = limit.rule;
    const arbitrary = withCompanions(
      ctx,
      [limit.field],
      variants.map(({ headers, how }) => ({ [limit.field]: headers, __how: how })),
    )
      .filter((body) => jsonUtf8Bytes(body[limit.field]) > max)
      .map((body) => {
        const { __how: how, ...clean } = body;
        return request(
          rule,
          'headers-too-large',
          clean,
          `${limit.field} serialize to ${jsonUtf8Bytes(clean[limit.field])} bytes, over the ${max}-byte limit (${String(how)}).`,
          limit.field,
        );
      });
    return [{ field: limit.field, arbitrary }];
  },

  'provider-metadata-mismatch': (ctx) => {
    const c = ctx.model.consistency;
    if (!c) return [];
    const needing = Object.keys(c.requiredKind).filter((p) => c.providers.includes(p));
    // One case per provider that needs metadata and per wrong metadata: null, or each other kind.
    return needing.flatMap((provider) => {
      const wrong: Array<{ said: string; metadata: fc.Arbitrary<unknown> }> = [
        { said: 'null', metadata: fc.constant(null) },
        ...[...c.metadataOfKind]
          .filter(([kind]) => kind !== c.requiredKind[provider])
          .map(([kind, arb]) => ({ said: `kind ${kind}`, metadata: arb.map((metadata): unknown => metadata) })),
      ];
      return wrong.map(({ said, metadata }): FamilyCase => {
        const variant = `${provider}, ${c.metadataField} ${said}`;
        const mismatch = metadata.map((m) => ({ [c.providerField]: provider, [c.metadataField]: m }));
        const arbitrary = withCompanions(ctx, [c.providerField, c.metadataField], mismatch).map((body) =>
          request(
            c.rule,
            'provider-metadata-mismatch',
            body,
            `${c.providerField} ${provider} needs ${c.metadataField} of kind ${c.requiredKind[provider]}, and the body sets ${said}: inconsistent whatever the stored state.`,
            c.providerField,
            variant,
          ),
        );
        return { field: c.providerField, variant, arbitrary };
      });
    });
  },

  'non-object-body': (ctx) => {
    const valid = validBodyArbitrary(ctx.model, {
      fields: ctx.model.fields,
      minProperties: 1,
      state: 'any',
      takenNames: ctx.takenNames,
    });
    const rule = ruleOf(ctx, 'non-object-body');
    // One case per JSON type a body can have besides object.
    const kinds: ReadonlyArray<readonly [string, fc.Arbitrary<unknown>]> = [
      ['array', fc.array(valid, { maxLength: 2 })],
      ['string', valid.map((body) => JSON.stringify(body))],
      [
        'number',
        fc.oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
        ),
      ],
      ['boolean', fc.boolean()],
      ['null', fc.constant(null)],
    ];
    return kinds.map(([variant, values]) => ({
      variant,
      arbitrary: values.map((value) =>
        request(
          rule,
          'non-object-body',
          value,
          `The body is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object.`,
          undefined,
          variant,
        ),
      ),
    }));
  },

  'malformed-json': (ctx) => {
    const valid = validBodyArbitrary(ctx.model, {
      fields: ctx.model.fields,
      minProperties: 1,
      state: 'any',
      takenNames: ctx.takenNames,
    }).map((body) => JSON.stringify(body));
    const rule = ruleOf(ctx, 'malformed-json');
    const corruptions: fc.Arbitrary<[string, string]> = fc.oneof(
      fc
        .tuple(valid, fc.nat())
        .map(([text, at]): [string, string] => [text.slice(0, 1 + (at % (text.length - 1))), 'truncated']),
      valid.map((text): [string, string] => [`${text.slice(0, -1)},}`, 'trailing comma']),
      valid.map((text): [string, string] => [text.replace(/"/g, "'"), 'single quotes']),
      valid.map((text): [string, string] => [text.replace(/^\{"([^"]+)":/, '{$1:'), 'unquoted key']),
      valid.map((text): [string, string] => [`${text}}`, 'extra closing brace']),
      valid.map((text): [string, string] => [`${text}${text}`, 'two objects']),
      valid.map((text): [string, string] => [`/* patch */ ${text}`, 'a comment']),
      valid.map((text): [string, string] => [`${text.slice(0, -1)},"enable_default_models":NaN}`, 'NaN']),
      fc.constantFrom<[string, string]>(
        ['', 'empty text'],
        ['{', 'a lone brace'],
        ['undefined', 'undefined'],
        ["{'name': 'x'}", 'Python dict'],
      ),
    );
    const arbitrary = corruptions
      .filter(([text]) => !parses(text))
      .map(
        ([text, how]): InvalidRequest => ({
          family: 'malformed-json',
          rule: rule.id,
          status: rule.status,
          strictOnly: rule.strict,
          text,
          description: `The body is not JSON (${how}).`,
        }),
      );
    return [{ arbitrary }];
  },
};

/** Whether a body field holds a value the editions spell differently (provider, auth_type, or a metadata `kind` inside it). */
function holdsSpelledValue(schema: JsonSchema, field: string, depth = 0): boolean {
  if (SPELLED_FIELDS.some((spelled) => spelled === field)) return true;
  if (depth > 3) return false;
  return leavesOf(withoutNull(schema)).some((leaf) => {
    const items = leaf.items;
    if (isJsonObject(items) && holdsSpelledValue(items, '', depth + 1)) return true;
    return Object.entries(propertiesOf(leaf)).some(([name, inner]) => holdsSpelledValue(inner, name, depth + 1));
  });
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The required members of the objects directly inside a body field (the field itself, or the items
 * of a list), one entry per object schema (each alternative of a oneOf: each kind) and member.
 */
function requiredInside(
  schema: JsonSchema,
): Array<{ kind?: string; member: string; object: JsonSchema; item: boolean }> {
  const items = schema.items;
  const item = isJsonObject(items);
  const target = item ? withoutNull(items) : schema;
  return leavesOf(target).flatMap((leaf) => {
    const object = flattenAllOf(leaf);
    const properties = propertiesOf(object);
    if (Object.keys(properties).length === 0) return [];
    const kindName = target.discriminator?.propertyName;
    const kindValue = kindName ? properties[kindName]?.const : undefined;
    return requiredOf(object)
      .filter((m) => m in properties)
      .map((member) => ({ ...(typeof kindValue === 'string' ? { kind: kindValue } : {}), member, object, item }));
  });
}
